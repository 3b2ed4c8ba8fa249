// The sharded search index as a query sees it: loads the manifest, then only the term shards, word
// lists and entry records a query needs, caching each file for the next query. Runs in the browser
// (with fetch) and in Node (tests, benchmarks) with any loader of the index files.
import { prepareEntry, type PreparedEntry } from './fields.ts';
import type { IndexEntry } from './index-entry.ts';
import { MANIFEST_NAME, pagefindMapName, recordsName, shardName, vocabName } from './index-location.ts';
import {
  INDEX_VERSION,
  pagefindFileOf,
  shardOf,
  unpackPostings,
  type Manifest,
  type ShardFile,
  type VocabFile,
} from './sharded-index.ts';
import { analyse, lookupTerms, readQueryText, type Analysis } from './query.ts';
import { matchEntries, type Matches } from './match.ts';
import { candidates } from './score.ts';
import { TUNING } from './tuning.ts';
import type { SearchView, TermInfo } from './view.ts';

/** Reads one file of the index version the store reads (by version-relative name: index-location.ts) as parsed JSON. */
export type LoadJson = (path: string) => Promise<unknown>;

/** A query loads at most this many term shards: a long paste's error lines first (decision 0402). */
export const MAX_SHARDS_PER_QUERY: number = TUNING.store.maxShardsPerQuery;
/** Entries whose records a query loads to match signatures and aliases against. */
export const CANDIDATES: number = TUNING.store.candidates;

/**
 * A loader over index files held in memory as JSON text (see indexJson), the way the browser's
 * fetch sees them: nothing the build made survives only as a live object. Each path loaded is
 * pushed to `fetched`.
 */
export function memoryLoader(json: ReadonlyMap<string, string>, fetched: string[] = []): LoadJson {
  return async (path) => {
    fetched.push(path);
    const text = json.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text) as unknown;
  };
}

/** Index files as the JSON text their URLs serve. */
export function indexJson(files: ReadonlyMap<string, unknown>): Map<string, string> {
  return new Map([...files].map(([path, body]) => [path, JSON.stringify(body)]));
}

export class SearchStore {
  readonly manifest: Manifest;
  readonly #load: LoadJson;
  readonly #shards = new Map<number, Promise<ShardFile>>();
  readonly #loadedShards = new Map<number, ShardFile>();
  readonly #decoded = new Map<string, TermInfo>();
  readonly #vocab = new Map<string, VocabFile>();
  readonly #vocabLoading = new Map<string, Promise<void>>();
  readonly #chunks = new Map<number, Promise<void>>();
  readonly #entries = new Map<number, PreparedEntry>();
  readonly #byId = new Map<string, number>();
  readonly #pf = new Map<string, Promise<Record<string, number>>>();

  private constructor(manifest: Manifest, load: LoadJson) {
    this.manifest = manifest;
    this.#load = load;
  }

  static async open(load: LoadJson): Promise<SearchStore> {
    const manifest = (await load(MANIFEST_NAME)) as Manifest;
    if (manifest?.v !== INDEX_VERSION) throw new Error(`search index: version ${String(manifest?.v)}, expected ${INDEX_VERSION}`);
    return new SearchStore(manifest, load);
  }

  #shard(s: number): Promise<ShardFile> {
    let p = this.#shards.get(s);
    if (!p) {
      p = (this.#load(shardName(s)) as Promise<ShardFile>).then((file) => {
        this.#loadedShards.set(s, file);
        return file;
      });
      p.catch(() => this.#shards.delete(s));
      this.#shards.set(s, p);
    }
    return p;
  }

  /**
   * Loads the shards of the given terms, in order, until `maxShards` distinct shards are in; returns
   * the shards it took.
   */
  async loadTerms(terms: readonly string[], maxShards = MAX_SHARDS_PER_QUERY): Promise<number[]> {
    const wanted: number[] = [];
    for (const t of terms) {
      const s = shardOf(t, this.manifest.shards);
      if (wanted.includes(s)) continue;
      if (wanted.length >= maxShards) break;
      wanted.push(s);
    }
    await Promise.all(wanted.map((s) => this.#shard(s)));
    return wanted;
  }

  async loadVocab(letters: readonly string[]): Promise<void> {
    await Promise.all(
      letters.map((letter) => {
        let p = this.#vocabLoading.get(letter);
        if (!p) {
          // A letter no indexed word starts with has no file (and no request: it would log a 404).
          // A list that fails to load means no correction this time, and another try next time.
          p = (this.manifest.vocab.includes(letter) ? (this.#load(vocabName(letter)) as Promise<VocabFile>) : Promise.resolve([]))
            .then((words) => void this.#vocab.set(letter, words))
            .catch(() => void this.#vocabLoading.delete(letter));
          this.#vocabLoading.set(letter, p);
        }
        return p;
      }),
    );
  }

  /** Loads the records of the entries at these positions. */
  async loadEntries(indices: readonly number[]): Promise<void> {
    const chunk = this.manifest.chunk;
    const wanted = [...new Set(indices.filter((i) => i >= 0 && i < this.manifest.n).map((i) => Math.floor(i / chunk)))];
    await Promise.all(
      wanted.map((c) => {
        let p = this.#chunks.get(c);
        if (!p) {
          p = (this.#load(recordsName(c)) as Promise<IndexEntry[]>).then((records) => {
            records.forEach((record, k) => {
              const index = c * chunk + k;
              this.#entries.set(index, prepareEntry(index, record));
              this.#byId.set(record.id, index);
            });
          });
          p.catch(() => this.#chunks.delete(c));
          this.#chunks.set(c, p);
        }
        return p;
      }),
    );
  }

  /** Entry positions of Pagefind results (undefined for an id the map lacks, or with no map). */
  async pagefindPositions(pagefindIds: readonly string[]): Promise<(number | undefined)[]> {
    const { pf: prefix, pfMap } = this.manifest;
    if (prefix === undefined || pfMap === undefined) return pagefindIds.map(() => undefined);
    const files = new Map<string, Record<string, number>>();
    await Promise.all(
      [...new Set(pagefindIds.map((id) => pagefindFileOf(id, prefix)))].map(async (f) => {
        let p = this.#pf.get(f);
        if (!p) {
          p = this.#load(pagefindMapName(pfMap, f)) as Promise<Record<string, number>>;
          p.catch(() => this.#pf.delete(f));
          this.#pf.set(f, p);
        }
        files.set(f, await p.catch(() => ({})));
      }),
    );
    return pagefindIds.map((id) => files.get(pagefindFileOf(id, prefix))?.[id]);
  }

  /**
   * What is loaded now, as the engine reads it; `shards` limits the terms to those shards (a query
   * sees the shards it asked for, not whatever earlier queries left in the cache).
   */
  view(shards?: ReadonlySet<number>): SearchView {
    return {
      n: this.manifest.n,
      term: (t) => {
        const s = shardOf(t, this.manifest.shards);
        if (shards && !shards.has(s)) return undefined;
        const file = this.#loadedShards.get(s);
        if (!file) return undefined;
        let info = this.#decoded.get(t);
        if (!info) {
          const row = Object.hasOwn(file, t) ? file[t]! : undefined;
          info = row ? { df: row[0]!, postings: unpackPostings(row, 1) } : { df: 0, postings: [] };
          this.#decoded.set(t, info);
        }
        return info;
      },
      vocab: (letter) => this.#vocab.get(letter),
      entry: (i) => this.#entries.get(i),
      indexOfId: (id) => this.#byId.get(id),
    };
  }
}

export interface Understood {
  analysis: Analysis;
  /** Signature and alias matches over the candidates. */
  matches: Matches;
  view: SearchView;
  /** Positions of the entries the analysis matched signatures and aliases against. */
  candidates: number[];
}

/**
 * A query's analysis, loading what it needs: the shards of its terms, word lists for misspelt
 * words (and the shards of their corrections), then the records of the best candidates.
 */
export interface QueryLimits {
  /** Term shards the query may load (default MAX_SHARDS_PER_QUERY). */
  maxShards?: number;
  /** Entries matched against (default CANDIDATES). */
  candidates?: number;
}

export async function understand(raw: string, store: SearchStore, opts: QueryLimits = {}): Promise<Understood> {
  const q = readQueryText(raw);
  const shards = new Set(await store.loadTerms(lookupTerms(q), opts.maxShards ?? MAX_SHARDS_PER_QUERY));
  let analysis = analyse(q, store.view(shards));
  if (analysis.spellingLetters.length > 0) {
    await store.loadVocab(analysis.spellingLetters);
    analysis = analyse(q, store.view(shards));
    if (analysis.corrections.size > 0) {
      for (const s of await store.loadTerms([...analysis.corrections.values()])) shards.add(s);
    }
  }
  const view = store.view(shards);
  const picked = candidates(analysis, view, opts.candidates ?? CANDIDATES);
  await store.loadEntries(picked);
  return { analysis, matches: matchEntries(analysis, view, picked), view, candidates: picked };
}
