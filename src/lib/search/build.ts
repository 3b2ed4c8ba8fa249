// The search index of one language, composed once for the build (src/data/search-index.ts), the
// unit bench and the tests: the entries as the language's pages show them → index records → sharded
// index → its files → the hash that names this version of them.
import type { Lang } from '../locales.ts';
import type { KbEntry } from '../content/entry.ts';
import { indexEntries, type IndexEntry } from './index-entry.ts';
import { buildShardedIndex, indexFiles, type BuildOptions } from './sharded-index.ts';
import { indexJson } from './store.ts';
import { contentHash } from './index-version.ts';

/** The language's index records: every entry in the order given, as the language's pages show it,
 *  enriched with the entry's text in its other languages. */
export function languageIndexEntries(lang: Lang, entries: readonly KbEntry[]): IndexEntry[] {
  return indexEntries(lang, entries);
}

/** Every file of a language's search index, by version-relative name (index-location.ts). */
export function searchIndexFiles(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): Map<string, unknown> {
  return indexFiles(buildShardedIndex(lang, entries, opts));
}

export interface IndexVersion {
  /** Names the version: the manifest's file name and the directory of the other files carry it. */
  hash: string;
  /** By version-relative name. */
  files: Map<string, unknown>;
  /** The same files as the JSON text that is hashed and served. */
  json: Map<string, string>;
}

/** A language's search index and the hash of its content. */
export function searchIndexVersion(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): IndexVersion {
  const files = searchIndexFiles(lang, entries, opts);
  const json = indexJson(files);
  return { hash: contentHash(json), files, json };
}
