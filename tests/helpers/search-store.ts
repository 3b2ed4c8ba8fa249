// A search index built in memory and opened the way the browser opens the real one, with a loader
// that records which files each query fetched; and stand-ins for Pagefind behind the pipeline's port.
import type { Lang } from '../../src/lib/locales.ts';
import { searchIndexFiles } from '../../src/lib/search/build.ts';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import type { PagefindData, PagefindPort } from '../../src/lib/search/pagefind.ts';
import { search, type SearchOptions, type SearchOutcome } from '../../src/lib/search/pipeline.ts';
import type { BuildOptions } from '../../src/lib/search/sharded-index.ts';
import { indexJson, memoryLoader, SearchStore } from '../../src/lib/search/store.ts';
import { makeUrls } from '../../src/lib/urls.ts';

export interface MemoryStore {
  store: SearchStore;
  files: Map<string, unknown>;
  /** Paths loaded so far, in order. */
  fetched: string[];
}

export async function memoryStore(lang: string, entries: readonly IndexEntry[], opts: BuildOptions = {}): Promise<MemoryStore> {
  const files = searchIndexFiles(lang, entries, opts);
  const fetched: string[] = [];
  const store = await SearchStore.open(memoryLoader(indexJson(files), fetched));
  return { store, files, fetched };
}

/** A Pagefind result the fake returns: its result id, the entry it is, its excerpt. */
export interface FakeResult {
  id: string;
  entryId: string;
  excerpt?: string;
}

export interface FakePagefind extends PagefindPort {
  /** Queries asked, with their component filter, in order. */
  asked: { query: string; component: string }[];
  /** Result ids whose data (fragment) was read. */
  read: string[];
}

/**
 * Pagefind answering from a table (query → results, best first); a query not in the table finds
 * nothing. A component filter keeps the results whose `component` says so (default: all pass).
 */
export function fakePagefind(
  table: Record<string, FakeResult[]> = {},
  componentOf: (entryId: string) => string | undefined = () => undefined,
): FakePagefind {
  const byId = new Map(Object.values(table).flat().map((r) => [r.id, r]));
  const asked: FakePagefind['asked'] = [];
  const read: string[] = [];
  return {
    asked,
    read,
    async search(query, component) {
      asked.push({ query, component });
      return (table[query] ?? []).filter((r) => !component || componentOf(r.entryId) === component).map((r) => r.id);
    },
    async data(id): Promise<PagefindData> {
      read.push(id);
      const r = byId.get(id);
      if (!r) throw new Error(`fake pagefind: no result ${id}`);
      return { excerpt: r.excerpt ?? '', meta: { id: r.entryId } };
    },
  };
}

/** The search pipeline over a store, as the site runs it, with Pagefind given or finding nothing. */
export function searchWith(
  store: SearchStore,
  lang: Lang,
  query: string,
  opts: SearchOptions = {},
  pagefind: PagefindPort = fakePagefind(),
): Promise<SearchOutcome> {
  return search(query, { store, pagefind, urls: makeUrls('/'), lang }, opts);
}
