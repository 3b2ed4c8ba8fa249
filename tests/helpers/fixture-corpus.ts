// Copies the fixture corpus to a temporary directory so a test can break one file and see what the
// content check (the same one the build and `npm run check` run) says about it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/content/problem.ts';

export const FIXTURE_CORPUS = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

export async function copyFixtureCorpus(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kb-fixture-'));
  await cp(FIXTURE_CORPUS, dir, { recursive: true });
  return dir;
}

/** Rewrite one file of a copied corpus; `edit` receives and returns its text. */
export async function editFile(dir: string, relative: string, edit: (text: string) => string): Promise<void> {
  const file = join(dir, relative);
  const before = await readFile(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${relative} changed nothing; the fixture changed under the test`);
  await writeFile(file, after);
}

/** Everything the build would complain about for this content directory. */
export async function contentProblems(dir: string): Promise<Problem[]> {
  return (await loadContent(dir)).problems;
}

/** The problems of a fresh copy of the fixture corpus after `setup` changed it. */
export async function problemsAfter(setup: (dir: string) => Promise<unknown>): Promise<Problem[]> {
  const dir = await copyFixtureCorpus();
  try {
    await setup(dir);
    return await contentProblems(dir);
  } finally {
    await removeDir(dir);
  }
}

/** Give a copied corpus the real taxonomy files, so the check treats content/taxonomy as describing
 *  it (a symptom class no active entry lists then becomes a problem; see `describesCorpus`). */
export async function addOwnTaxonomy(dir: string): Promise<void> {
  await cp(fileURLToPath(new URL('../../content/taxonomy/', import.meta.url)), join(dir, 'taxonomy'), { recursive: true });
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
