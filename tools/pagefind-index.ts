// Post-build step of `npm run build`: the Pagefind full-text index of the entry pages, written inside
// the build's output directory (KB_OUT_DIR, default dist/) as pagefind/, then the Pagefind id → entry
// position map of each language's search index (src/lib/search/pagefind-map.ts), in a directory named
// by its own hash (src/lib/search/index-location.ts) that the manifest names. Pagefind splits its
// index by <html lang>, so each language gets one; only `data-pagefind-body` (the entry article) is
// indexed. Result URLs are not used by the site (results are linked from the search index by ID),
// and the client sets Pagefind's baseUrl from BASE_PATH, so sub-path builds need nothing here.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import type { IndexEntry } from '../src/lib/search/index-entry.ts';
import { langOfPagefindId, pagefindMap, pagefindMapFiles } from '../src/lib/search/pagefind-map.ts';
import type { Manifest } from '../src/lib/search/sharded-index.ts';
import { indexFilePath, MANIFEST_NAME, manifestDir, manifestHashes, recordsName } from '../src/lib/search/index-location.ts';
import { formatBytes } from './lib/bytes.ts';

interface PagefindEntryFile {
  languages: Record<string, unknown>;
}

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`search index: ${outDir} holds no built site; run \`astro build\` first.`);
  process.exit(1);
}

const started = Date.now();
// One Pagefind index per language, built one after the other and merged into one bundle: Pagefind
// holds a whole index in memory while it writes it, and the Chinese one (ICU4X words plus character
// pairs) is the larger, so apart the peak memory is that of the larger one, not of both
// (docs/benchmarks.md). Only the entry pages carry data-pagefind-body, so only they are read: the
// listing and wizard pages repeat entries' titles and would rank beside them.
const bundle = join(outDir, 'pagefind');
rmSync(bundle, { recursive: true, force: true });
let pageCount = 0;
let entryJson: PagefindEntryFile | undefined;
for (const lang of LANGS) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir, glob: `${lang}/faq/**/*.html` });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  pageCount += added.page_count;
  const target = entryJson ? `${bundle}.${lang}.tmp` : bundle;
  const written = await index.writeFiles({ outputPath: target });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  const entry = JSON.parse(readFileSync(join(target, 'pagefind-entry.json'), 'utf8')) as PagefindEntryFile;
  if (!entryJson) {
    entryJson = entry;
    continue;
  }
  // Every index, fragment, filter and meta file name starts with its language, so the bundles never
  // collide; the shared files (pagefind.js, the worker, …) are the same in all. Pages under /<lang>/
  // always have <html lang> = that language; if that ever changed, stop rather than let one run's
  // index replace another's.
  const both = Object.keys(entry.languages).filter((l) => l in entryJson!.languages);
  if (both.length) throw new Error(`search index: ${lang}/faq/ holds pages in ${both.join(', ')}, already indexed from another language`);
  cpSync(target, bundle, { recursive: true, force: false });
  rmSync(target, { recursive: true, force: true });
  Object.assign(entryJson.languages, entry.languages);
}
if (!entryJson) throw new Error('search index: no language to index');
// Languages in Pagefind's own (sorted) order, so the file is byte for byte what one run writes.
entryJson.languages = Object.fromEntries(Object.entries(entryJson.languages).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify(entryJson));
await pagefind.close();

// Each page's entry ID, from its fragment's metadata; then each language's map, announced in its
// manifest. Without the map the client falls back to fragments.
const fragments = join(outDir, 'pagefind', 'fragment');
const pages = new Map<Lang, [string, string][]>(LANGS.map((lang) => [lang, []]));
for (const name of readdirSync(fragments)) {
  const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
  const json = JSON.parse(text.slice(text.indexOf('{'))) as { meta?: { id?: string } };
  const pfId = name.replace(/\.pf_fragment$/, '');
  const lang = langOfPagefindId(pfId);
  if (lang && json.meta?.id) pages.get(lang)!.push([pfId, json.meta.id]);
}
for (const [lang, pairs] of pages) {
  const searchDir = join(outDir, manifestDir(lang));
  const versions = existsSync(searchDir) ? manifestHashes(readdirSync(searchDir)) : [];
  if (versions.length === 0) continue;
  // Astro empties the output directory before it builds, so one build leaves one version.
  if (versions.length > 1) throw new Error(`search index: ${searchDir} holds ${versions.length} index manifests; build into an empty directory`);
  const hash = versions[0]!;
  const file = (name: string) => join(outDir, indexFilePath(lang, hash, name));
  const manifest = JSON.parse(readFileSync(file(MANIFEST_NAME), 'utf8')) as Manifest;
  const records: IndexEntry[] = [];
  for (let c = 0; c * manifest.chunk < manifest.n; c++) records.push(...(JSON.parse(readFileSync(file(recordsName(c)), 'utf8')) as IndexEntry[]));
  const map = pagefindMapFiles(pagefindMap(pairs, records));
  for (const [name, text] of map.files) {
    mkdirSync(dirname(file(name)), { recursive: true });
    writeFileSync(file(name), text);
  }
  writeFileSync(file(MANIFEST_NAME), JSON.stringify({ ...manifest, ...map.manifest } satisfies Manifest));
}

function size(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? size(p) : s.size;
  }
  return total;
}
console.log(`search index: ${pageCount} pages indexed into ${outDir}/pagefind (${formatBytes(size(join(outDir, 'pagefind')), { unit: 'KB', digits: 0 })}) in ${Date.now() - started} ms`);
