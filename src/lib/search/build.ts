// The search index of one language, composed once for the build (src/data/search-index.ts), the
// unit bench and the tests: the entries as the language's pages show them → index records → sharded
// index → its files.
import type { Lang } from '../locales.ts';
import type { KbEntry } from '../content/entry.ts';
import { indexEntries, type IndexEntry } from './index-entry.ts';
import { buildShardedIndex, indexFiles, type BuildOptions } from './sharded-index.ts';

/** The language's index records: every entry in the order given, as the language's pages show it,
 *  enriched with the entry's text in its other languages. */
export function languageIndexEntries(lang: Lang, entries: readonly KbEntry[]): IndexEntry[] {
  return indexEntries(lang, entries);
}

/** Every file of a language's search index, by path relative to /<lang>/search/. */
export function searchIndexFiles(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): Map<string, unknown> {
  return indexFiles(buildShardedIndex(lang, entries, opts));
}
