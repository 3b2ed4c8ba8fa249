// The search index of one language, composed once for the build (src/data/search-index.ts), the
// unit bench and the tests: the entries as the language's pages show them → index records → sharded
// index → its files.
import type { Lang } from '../locales.ts';
import { indexEntries, type EntrySource, type IndexEntry } from './index-entry.ts';
import { buildShardedIndex, indexFiles, type BuildOptions } from './sharded-index.ts';

/** The language's index records: its own entries in their order, enriched with the other language's text. */
export function languageIndexEntries(lang: Lang, own: readonly EntrySource[], other: readonly EntrySource[]): IndexEntry[] {
  return indexEntries(lang, own, new Map(other.map((e) => [e.data.id, e])));
}

/** Every file of a language's search index, by path relative to /<lang>/search/. */
export function searchIndexFiles(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): Map<string, unknown> {
  return indexFiles(buildShardedIndex(lang, entries, opts));
}
