// The real content tree, read and checked by the same reader and content check as the build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/lib/content/load.ts';
import type { ContentCheck } from '../../src/lib/content/check.ts';
import type { EntryVersion } from '../../src/lib/content/entry.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

/** The real content: `entries` (bilingual records), `records` (one per written file) and problems. */
export async function loadRealContent(): Promise<ContentCheck & { records: EntryVersion[] }> {
  const loaded = await loadContent(CONTENT_DIR);
  return { ...loaded, records: loaded.versions };
}

export interface SeedString {
  /** The string as the seed FAQ shows it. */
  text: string;
  /** What the software prints, when the seed's copy differs from it (the entry lists this form). */
  printed?: string;
  id: string;
}

export async function seedErrorStrings(): Promise<SeedString[]> {
  const url = new URL('../fixtures/seed-error-strings.json', import.meta.url);
  return (JSON.parse(await readFile(url, 'utf8')) as { strings: SeedString[] }).strings;
}
