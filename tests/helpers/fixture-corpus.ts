// Copies the fixture corpus to a temporary directory so a test can break one file and see what the
// validators (the same ones the build uses) say about it.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRecords } from '../../tools/lib/load-records.ts';
import { validateCorpus, type Problem } from '../../src/lib/corpus.ts';
import { parseRetiredLedger, RETIRED_LEDGER, validateLinkStability } from '../../src/lib/link-stability.ts';

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
  const { records, problems } = await loadRecords(dir, (file) => readFile(file, 'utf8'));
  const ledgerFile = join(dir, RETIRED_LEDGER);
  const ledger = parseRetiredLedger(await readFile(ledgerFile, 'utf8').catch(() => undefined), ledgerFile);
  return [...problems, ...validateCorpus(records), ...ledger.problems, ...validateLinkStability(records, ledger.ledger, ledgerFile)];
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
