// The Pagefind result id → entry position map, written after Pagefind runs beside each language's
// search index as pf/<m>/<p>.json (p: the first hex characters of the id, so a query fetches only the
// few small files its results need; m: the map's hash, index-location.ts) and announced in the
// manifest. Ranking a Pagefind result then costs no fragment download; fragments are fetched only for
// the excerpts shown.
import { LOCALES, type Lang } from '../locales.ts';
import { pagefindMapName } from './index-location.ts';
import { contentHash } from './index-version.ts';
import { indexJson } from './store.ts';
import { pagefindFileOf, pagefindPrefixLength, type Manifest } from './sharded-index.ts';

/** The site language of a Pagefind result id: Pagefind prefixes ids with its language (`zh-cn_11eb81f`). */
export function langOfPagefindId(pagefindId: string): Lang | undefined {
  const tag = pagefindId.slice(0, pagefindId.indexOf('_'));
  return LOCALES.find((l) => l.pagefind === tag)?.id;
}

export interface PagefindMap {
  /** Hex characters of an id that name its file (the manifest's `pf`). */
  prefix: number;
  /** File name (without .json) → { Pagefind id: entry position }. */
  files: Map<string, Record<string, number>>;
}

/**
 * One language's map, from its Pagefind pages ([Pagefind id, entry ID]) and its index records in
 * index order; a page whose entry the index lacks is left out.
 */
export function pagefindMap(pages: readonly (readonly [string, string])[], records: readonly { id: string }[]): PagefindMap {
  const position = new Map(records.map((r, i) => [r.id, i]));
  const prefix = pagefindPrefixLength(pages.length);
  const files = new Map<string, Record<string, number>>();
  for (const [pfId, id] of [...pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const at = position.get(id);
    if (at === undefined) continue;
    const file = pagefindFileOf(pfId, prefix);
    let map = files.get(file);
    if (!map) files.set(file, (map = {}));
    map[pfId] = at;
  }
  return { prefix, files };
}

export interface PagefindMapFiles {
  /** JSON text by version-relative name (pf/<hash>/<file>.json). */
  files: Map<string, string>;
  /** What the manifest says of the map: its prefix length and its hash. */
  manifest: Required<Pick<Manifest, 'pf' | 'pfMap'>>;
}

/** The map's files, named by the hash of their content, and the manifest fields that announce them. */
export function pagefindMapFiles(map: PagefindMap): PagefindMapFiles {
  const json = indexJson(map.files);
  const hash = contentHash(json);
  return {
    files: new Map([...json].map(([file, text]) => [pagefindMapName(hash, file), text])),
    manifest: { pf: map.prefix, pfMap: hash },
  };
}
