// The search index as static files, split so that a query fetches only what it needs (decision 0402).
// By version-relative name (where each is served: index-location.ts):
//
//   index.json        manifest: entry count, shard count, record chunk size
//   t/<s>.json        term shard s: term → [df, packed postings…] for the terms hashing to s
//   e/<c>.json        entry records c·chunk … (c+1)·chunk − 1 (titles, signatures, aliases…)
//   v/<a>.json        Latin words starting with letter a, with their df (spelling correction)
//   pf/<m>/<p>.json   Pagefind result id → entry position (written after Pagefind runs)
//
// Shard and chunk sizes follow the corpus (TUNING.index): a small corpus makes a few shards and one
// record file, a large one many small shards and one record file per entry, so that a query's
// first search stays small at any size (docs/benchmarks.md has the sizes).
import { entryTerms, FIELD_WEIGHT } from './fields.ts';
import type { IndexEntry } from './index-entry.ts';
import { MANIFEST_NAME, recordsName, shardName, vocabName } from './index-location.ts';
import { TUNING } from './tuning.ts';

export const INDEX_VERSION = 3;

export interface Manifest {
  v: typeof INDEX_VERSION;
  lang: string;
  /** Entries in the language's list (postings and record files count positions in it). */
  n: number;
  /** Term shards; a term lives in shard fnv1a(term) mod shards. */
  shards: number;
  /** Records per record file. */
  chunk: number;
  /** First letters that have a word list (v/<letter>.json). */
  vocab: string;
  /** Hex characters of a Pagefind id that name its pf/ file (0: one file); absent: no map. */
  pf?: number;
  /** Hash of the Pagefind map, which names its directory (pf/<pfMap>/); present with `pf`. */
  pfMap?: string;
}

/** term → [df, …postings]; each posting packs (position delta × 8 + field weight code). Every
 *  posting is kept, even for a word in most entries: which field it is in still ranks (decision 0402). */
export type ShardFile = Record<string, number[]>;
/** [word, df] */
export type VocabFile = [string, number][];

/** Field weights a posting can carry, by code. */
export const WEIGHT_CODES: readonly number[] = [...new Set(Object.values(FIELD_WEIGHT))].sort((a, b) => b - a);

/** FNV-1a over UTF-16 code units: the same in the build and in the browser. */
export function shardOf(term: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % shards;
}

/** Words the spelling correction may offer: Latin, starting with a letter, four characters or more. */
export const VOCAB_WORD = /^[a-z][a-z0-9_.]{3,}$/;

/** The vocab file a word's corrections come from (corrections keep the first letter, as Lucene's do). */
export function vocabFileOf(word: string): string | undefined {
  return VOCAB_WORD.test(word) ? word[0] : undefined;
}

export interface Posting {
  index: number;
  weight: number;
}

export function packPostings(postings: readonly Posting[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const p of postings) {
    const code = WEIGHT_CODES.indexOf(p.weight);
    if (code < 0) throw new Error(`no weight code for ${p.weight}`);
    out.push((p.index - prev) * 8 + code);
    prev = p.index;
  }
  return out;
}

export function unpackPostings(packed: readonly number[], from = 0): Posting[] {
  const out: Posting[] = [];
  let index = 0;
  for (let i = from; i < packed.length; i++) {
    const v = packed[i]!;
    index += Math.floor(v / 8);
    out.push({ index, weight: WEIGHT_CODES[v % 8]! });
  }
  return out;
}

export interface BuildOptions {
  /** Aim for term shards of about this many bytes of JSON. */
  shardBytes?: number;
  /** Records go in one file while all of them fit in this many bytes of JSON; else one file each. */
  singleChunkBytes?: number;
}

export interface BuiltIndex {
  manifest: Manifest;
  shards: ShardFile[];
  chunks: IndexEntry[][];
  vocab: Map<string, VocabFile>;
}

export function buildShardedIndex(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): BuiltIndex {
  const shardBytes = opts.shardBytes ?? TUNING.index.shardBytes;
  const singleChunkBytes = opts.singleChunkBytes ?? TUNING.index.singleChunkBytes;
  const n = entries.length;
  const byTerm = new Map<string, Posting[]>();
  entries.forEach((e, index) => {
    for (const [term, weight] of entryTerms(e)) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push({ index, weight });
    }
  });
  const packed = new Map<string, number[]>();
  let bytes = 0;
  for (const [term, list] of [...byTerm].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = [list.length, ...packPostings(list)];
    packed.set(term, row);
    bytes += term.length + 6 + JSON.stringify(row).length;
  }
  let shards = 1;
  while (bytes / shards > shardBytes) shards *= 2;
  const shardFiles: ShardFile[] = Array.from({ length: shards }, () => ({}));
  for (const [term, row] of packed) shardFiles[shardOf(term, shards)]![term] = row;

  const chunk = JSON.stringify(entries).length <= singleChunkBytes ? Math.max(1, n) : 1;
  const chunks: IndexEntry[][] = [];
  for (let i = 0; i < n; i += chunk) chunks.push(entries.slice(i, i + chunk));

  const vocab = new Map<string, VocabFile>();
  for (const [term, list] of byTerm) {
    const file = vocabFileOf(term);
    if (!file) continue;
    let words = vocab.get(file);
    if (!words) vocab.set(file, (words = []));
    words.push([term, list.length]);
  }
  for (const words of vocab.values()) words.sort(([a], [b]) => (a < b ? -1 : 1));

  const letters = [...vocab.keys()].sort().join('');
  return { manifest: { v: INDEX_VERSION, lang, n, shards, chunk, vocab: letters }, shards: shardFiles, chunks, vocab };
}

/** Every file of a built index, by version-relative name (index-location.ts). */
export function indexFiles(built: BuiltIndex): Map<string, unknown> {
  const files = new Map<string, unknown>([[MANIFEST_NAME, built.manifest]]);
  built.shards.forEach((s, i) => files.set(shardName(i), s));
  built.chunks.forEach((c, i) => files.set(recordsName(i), c));
  for (const [letter, words] of built.vocab) files.set(vocabName(letter), words);
  return files;
}

/** Hex characters of a Pagefind id that pick its pf/ file, for this many ids (TUNING.index). */
export function pagefindPrefixLength(ids: number): number {
  return ids <= TUNING.index.pagefindIdsOneFile ? 0 : ids <= TUNING.index.pagefindIdsOneHexChar ? 1 : 2;
}

/** The pf/ file holding a Pagefind result id (`en_0481b31` → `0` with one hex character). */
export function pagefindFileOf(pagefindId: string, prefixLength: number): string {
  const hash = pagefindId.slice(pagefindId.indexOf('_') + 1);
  return prefixLength === 0 ? 'all' : hash.slice(0, prefixLength);
}
