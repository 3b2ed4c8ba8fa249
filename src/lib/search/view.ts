// What the ranking reads of the sharded index: the part a query has loaded (src/lib/search/store.ts
// builds it from the files it fetched; nothing here fetches).
import type { PreparedEntry } from './fields.ts';
import type { Posting } from './sharded-index.ts';
import { TUNING } from './tuning.ts';

export interface TermInfo {
  /** Entries whose fields carry the term. */
  df: number;
  /** Where it is, with the field weight. */
  postings: Posting[];
}

/** What a query has loaded of the index. */
export interface SearchView {
  /** Entries in the language's list. */
  n: number;
  /** A term that was looked up (df 0 when no entry has it); undefined when its shard is not loaded. */
  term(t: string): TermInfo | undefined;
  /** Spelling candidates starting with this letter, [word, df]; undefined when not loaded. */
  vocab(letter: string): readonly (readonly [string, number])[] | undefined;
  /** A loaded entry record, by position. */
  entry(index: number): PreparedEntry | undefined;
  /** Position of a loaded entry, by ID. */
  indexOfId(id: string): number | undefined;
}

/** Inverse document frequency: how rare, and so how telling, a term carried by `df` of `n` entries is. */
export function idf(df: number, n: number): number {
  return Math.log(1 + n / (df + 0.5));
}

/** The most entries a term may be in and still be specific evidence for one of them. */
export function rareDf(n: number): number {
  return Math.max(1, n * TUNING.confidence.specificTermShare);
}
