// A search index built in memory and opened the way the browser opens the real one, with a loader
// that records which files each query fetched.
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import { buildShardedIndex, indexFiles, type BuildOptions } from '../../src/lib/search/sharded-index.ts';
import { SearchStore } from '../../src/lib/search/store.ts';

export interface MemoryStore {
  store: SearchStore;
  files: Map<string, unknown>;
  /** Paths loaded so far, in order. */
  fetched: string[];
}

export async function memoryStore(lang: string, entries: IndexEntry[], opts: BuildOptions = {}): Promise<MemoryStore> {
  // Through JSON, as over HTTP: nothing the build made may survive only as a live object.
  const files = new Map([...indexFiles(buildShardedIndex(lang, entries, opts))].map(([k, v]) => [k, JSON.stringify(v)]));
  const fetched: string[] = [];
  const store = await SearchStore.open(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`404 ${path}`);
    return JSON.parse(text) as unknown;
  });
  return { store, files: new Map([...files].map(([k, v]) => [k, JSON.parse(v) as unknown])), fetched };
}
