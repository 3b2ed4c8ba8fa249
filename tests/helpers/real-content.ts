// The real content tree, loaded with the same schema and checks as the build.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadRecords, type LoadedRecord } from '../../tools/lib/load-records.ts';
import type { Problem } from '../../src/lib/corpus.ts';

export const CONTENT_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

export async function loadRealContent(): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  return loadRecords(CONTENT_DIR, (file) => readFile(file, 'utf8'));
}

export interface SeedString {
  text: string;
  id: string;
}

export async function seedErrorStrings(): Promise<SeedString[]> {
  const url = new URL('../fixtures/seed-error-strings.json', import.meta.url);
  return (JSON.parse(await readFile(url, 'utf8')) as { strings: SeedString[] }).strings;
}
