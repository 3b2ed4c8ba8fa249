// The records behind the data exports (/api/entries.json): the same bilingual records pages use.
import type { KbEntry } from '../lib/content/entry.ts';
import { kbEntries } from './entries.ts';

export function exportSources(): Promise<KbEntry[]> {
  return kbEntries();
}
