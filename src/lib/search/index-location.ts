// Where the files of one version of a language's search index are served (decision 1900). Every
// path of the index is spelled here; the build, the post-build Pagefind step, the page, nginx's
// caching rule and kb-deploy.sh follow it.
//
//   /<lang>/search/index.<hash>.json      the manifest of version <hash> (named by the page)
//   /search-index/<hash>/t/<s>.json       term shards      ┐
//   /search-index/<hash>/e/<c>.json       entry records    │ never change under their name:
//   /search-index/<hash>/v/<a>.json       word lists       │ served immutable, kept across a
//   /search-index/<hash>/pf/<m>/<p>.json  Pagefind id map  ┘ redeploy for pages opened before it
//
// <hash> is a hash of the manifest and every shard, record and word-list file, so a page that names
// it reads one consistent index, whatever was deployed since it opened. The Pagefind id map is
// written after Pagefind has indexed the built pages, so it cannot be part of <hash> (the pages name
// <hash>); it gets its own hash <m>, which the manifest names: the manifest is the one file of a
// version that can change under its name (when only the pages' Pagefind ids change), and is served
// no-cache like the pages.
//
// Inside a version the store (store.ts) names files by their version-relative name: `index.json`,
// `t/<s>.json`, `e/<c>.json`, `v/<a>.json`, `pf/<m>/<p>.json`.

/** Hex characters of an index version hash and of a Pagefind map hash. */
export const HASH_LENGTH = 16;

/** Directory, under the base, of the files whose names carry their version hash. */
export const HASHED_INDEX_DIR = 'search-index';

/** The version-relative name of the manifest. */
export const MANIFEST_NAME = 'index.json';

export const shardName = (shard: number): string => `t/${shard}.json`;
export const recordsName = (chunk: number): string => `e/${chunk}.json`;
export const vocabName = (letter: string): string => `v/${letter}.json`;
/** Version-relative directory of the Pagefind maps (one directory per map hash inside it). */
export const PAGEFIND_MAP_DIR = 'pf';
export const pagefindMapName = (mapHash: string, file: string): string => `${PAGEFIND_MAP_DIR}/${mapHash}/${file}.json`;

/** Directory under the base that holds a language's manifests (beside its search page). */
export function manifestDir(lang: string): string {
  return `${lang}/search`;
}

/** Path under the base of the manifest of one index version. */
export function manifestPath(lang: string, hash: string): string {
  return `${manifestDir(lang)}/index.${hash}.json`;
}

/** Path under the base of a file of one index version, by its version-relative name. */
export function indexFilePath(lang: string, hash: string, name: string): string {
  if (!isHash(hash)) throw new Error(`search index: not a version hash: ${JSON.stringify(hash)}`);
  return name === MANIFEST_NAME ? manifestPath(lang, hash) : `${HASHED_INDEX_DIR}/${hash}/${name}`;
}

const H = `[0-9a-f]{${HASH_LENGTH}}`;
const HASH = new RegExp(`^${H}$`);
const MANIFEST_FILE = new RegExp(`^index\\.(${H})\\.json$`);

export function isHash(text: string): boolean {
  return HASH.test(text);
}

/** The version hash of a manifest's file name in /<lang>/search/ (`index.<hash>.json`), else undefined. */
export function manifestHashOf(fileName: string): string | undefined {
  return MANIFEST_FILE.exec(fileName)?.[1];
}

/** The version hashes of the manifests among a /<lang>/search/ directory's file names. */
export function manifestHashes(fileNames: readonly string[]): string[] {
  return fileNames.flatMap((name) => manifestHashOf(name) ?? []);
}

/** URL of a search index file (for measurements and budget checks). */
export const SEARCH_INDEX_URL = new RegExp(
  `(?:/search/index\\.${H}|/${HASHED_INDEX_DIR}/${H}/(?:t/\\d+|e/\\d+|v/[a-z]|${PAGEFIND_MAP_DIR}/${H}/(?:all|[0-9a-f]+)))\\.json(?:$|[?#])`,
);
