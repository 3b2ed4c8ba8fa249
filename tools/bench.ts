// `npm run bench`: the scale benchmark. For each corpus size N it writes N synthetic zh + en entries
// (tools/lib/synthetic-corpus.ts, words from the real entries) into a temporary content tree,
// builds it the way `npm run build` does (astro build, then the search indexer), and reports
// build time (astro / search index), peak memory of the whole process tree, dist size, an entry
// page's HTML, the Pagefind index, the bytes of a first search measured in Chromium, and the pages
// and files that grow with N. Temporary directories are removed, also on failure or Ctrl-C.
// With --with-real the real entries join the synthetic ones and `npm run bench:search` runs its
// real queries against the large build: search quality at scale, not only its cost.
// Usage: npm run bench [-- --sizes 28,1000,10000] [--mdx] [--port 4491] [--keep] [--with-real]
import { spawn } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { formatMs, formatTable, type BenchRow } from './lib/bench-table.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { formatBytes } from './lib/bytes.ts';
import { wizardBenchFigures } from './lib/bench-wizard.ts';
import { requireNode } from './lib/node-version.ts';
import { serveDist } from './lib/serve-dist.ts';
import { entrySlug, harvestVocabulary, realEntryTexts, syntheticEntry, writeSyntheticTree } from './lib/synthetic-corpus.ts';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import { HASHED_INDEX_DIR, manifestDir, manifestHashes, SEARCH_INDEX_URL } from '../src/lib/search/index-location.ts';

requireNode();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '28,1000,10000' },
    mdx: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.KB_TEST_PORT ?? '4491' },
    keep: { type: 'boolean', default: false },
    // Astro holds every page's data while it renders; Node's default heap is near the limit at the
    // largest corpus sizes, so the bench gives it room. Peak memory is measured, not capped.
    heap: { type: 'string', default: '6144' },
    'with-real': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) {
  console.error('--sizes wants a comma-separated list of entry counts, e.g. 28,1000');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const ext = values.mdx ? 'mdx' : 'md';
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
// The post-build step of `npm run build`, and the quality bench run with --with-real.
const SEARCH_INDEXER = 'tools/pagefind-index.ts';
const SEARCH_QUALITY_BENCH = 'tools/bench-search.ts';

// Vocabulary from the real entries, so the prose (and the search index built from it) looks real.
const realTexts = realEntryTexts(join(root, 'content'));
const realFiles = new Set(realTexts.map((t) => t.name.replace(/\.mdx?$/, '')));
const vocab = harvestVocabulary(realTexts);

const temps: string[] = [];
function cleanup(): void {
  if (values.keep) return;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));

// ---- process-tree memory: sum of RSS over a process and all its descendants, polled from /proc ----
function childrenMap(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const siblings = map.get(ppid) ?? [];
      siblings.push(Number(name));
      map.set(ppid, siblings);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}
function treeRss(pid: number): number {
  const kids = childrenMap();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch {
      continue;
    }
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}

interface Measured {
  ms: number;
  /** Peak RSS of the process tree, bytes. */
  peak: number;
  log: string;
}

/** Runs a command; resolves with wall time and the peak RSS of its process tree (polled every 200 ms). */
function measured(cmd: string, args: string[], env: Record<string, string>): Promise<Measured> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let log = '';
    const poll = setInterval(() => (peak = Math.max(peak, child.pid === undefined ? 0 : treeRss(child.pid))), 200);
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('exit', (code) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      if (code !== 0) fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${log.slice(-4000)}`));
      else ok({ ms, peak, log });
    });
  });
}

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirSize(p);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += s.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const fileSize = (p: string) => (existsSync(p) ? statSync(p).size : null);
const gz = (p: string) => (existsSync(p) ? gzipSync(readFileSync(p), { level: 6 }).length : null);

interface Fetched {
  url: string;
  raw: number;
  gzip: number;
}
interface FirstSearch {
  state: string | null;
  results: (string | null)[];
  files: number;
  raw: number;
  gzip: number;
  detail: Fetched[];
}

/** Bytes a browser fetches for the first query typed on the search page (after it has loaded). */
async function firstSearch(browser: Browser, origin: string, lang: Lang, query: string): Promise<FirstSearch> {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const fetched: Fetched[] = [];
  let recording = false;
  page.on('response', async (res) => {
    if (!recording) return;
    try {
      const body = await res.body();
      fetched.push({ url: res.url(), raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
    } catch {
      // redirects have no body
    }
  });
  await page.goto(`${origin}/${lang}/search/`);
  await page.waitForLoadState('networkidle');
  recording = true;
  await page.fill('#search-page-q', query);
  await page.click('.search-page__form button[type="submit"]');
  await page.waitForSelector('[data-search-page][data-state="done"], [data-search-page][data-state="error"]', { timeout: 60_000 });
  const state = await page.getAttribute('[data-search-page]', 'data-state');
  const results = await page.$$eval('[data-search-results] [data-entry-id]', (els) => els.map((e) => e.getAttribute('data-entry-id')));
  await page.waitForLoadState('networkidle');
  await ctx.close();
  return {
    state,
    results,
    files: fetched.length,
    raw: fetched.reduce((a, f) => a + f.raw, 0),
    gzip: fetched.reduce((a, f) => a + f.gzip, 0),
    detail: fetched,
  };
}

// ---- one corpus size: write, build, measure the files, search in Chromium ----

/** Writes n synthetic entry pairs (and, with --with-real, the real entries) into `content`. */
function writeCorpus(n: number, content: string): void {
  writeSyntheticTree(content, n, vocab, { real: values['with-real'] ? join(root, 'content') : undefined, ext });
}

/** The environment that points `astro build` and the search indexer at a corpus and an output dir. */
const buildEnv = (content: string, out: string): Record<string, string> => ({
  KB_CONTENT_DIR: content,
  KB_OUT_DIR: out,
  SITE_URL: 'http://kb.bench',
  BASE_PATH: '/',
  ASTRO_TELEMETRY_DISABLED: '1',
});

/** Builds the way `npm run build` does, printing time and memory of each half. */
async function buildCorpus(env: Record<string, string>): Promise<{ astro: Measured; index: Measured; pages: number }> {
  const astro = await measured(process.execPath, [`--max-old-space-size=${values.heap}`, astroBin, 'build'], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.log)?.[1] ?? NaN);
  console.log(`  astro build: ${formatMs(astro.ms)}, peak ${formatBytes(astro.peak)}, ${pages} pages`);
  const index = await measured(process.execPath, [SEARCH_INDEXER], env);
  console.log(`  search index: ${formatMs(index.ms)}, peak ${formatBytes(index.peak)}`);
  return { astro, index, pages };
}

/** Entry 0's text in one language: every corpus size has it, so its figures compare across sizes. */
const firstEntryText = (lang: Lang): string => syntheticEntry(0, vocab).find((f) => f.path.startsWith(`entries/${lang}/`))!.text;
const firstTitle = (lang: Lang): string => /^title: (.*)$/m.exec(firstEntryText(lang))![1]!;
const firstAlias = (lang: Lang): string => JSON.parse(/^aliases: \[("[^"]*")/m.exec(firstEntryText(lang))![1]!) as string;
const firstSignature = (lang: Lang): string => {
  const sig = /^signatures: *\n +- (".*")$/m.exec(firstEntryText(lang));
  return (sig ? JSON.parse(sig[1]!) : JSON.parse(firstTitle(lang))) as string;
};
/** A pasted log: 12 lines around entry 0's first error string. */
const pastedLog = (lang: Lang): string =>
  [
    '2026-12-04 10:21:33,412 INFO [supervisord] spawned: worker with pid 4555',
    '2026-12-04 10:21:33,980 WARNING retrying connection to 10.0.3.21:8080 (attempt 2 of 5)',
    `2026-12-04 10:21:34,101 ERROR ${firstSignature(lang)}`,
    'Traceback (most recent call last):',
    '  File "/data/bkce/open_paas/paas/common/api.py", line 88, in call',
    '    resp = session.post(url, data=payload, timeout=30)',
    '  File "/data/bkce/open_paas/paas/common/http.py", line 41, in post',
    '    raise RuntimeError(message)',
    `RuntimeError: ${firstSignature(lang)}`,
    '2026-12-04 10:21:35,001 INFO request_id=7f3a9c2e4b1d finished in 1203 ms',
    '2026-12-04 10:21:35,230 INFO [supervisord] exited: worker (exit status 1; not expected)',
    '2026-12-04 10:21:36,004 INFO [supervisord] gave up: worker entered FATAL state, too many start retries too quickly',
  ].join('\n');

/** The six first searches, in the order the report prints them. */
interface Searches {
  zhShort: FirstSearch;
  enShort: FirstSearch;
  zhLong: FirstSearch;
  enLong: FirstSearch;
  zhPaste: FirstSearch;
  enPaste: FirstSearch;
}

/**
 * Serves the build and runs each query in a fresh browser: a short one (entry 0's first alias, two
 * words), a long one (its title, 5–6 words; every word loads its own Pagefind index chunk) and a
 * pasted log, the worst case for our index, which loads at most MAX_SHARDS_PER_QUERY term shards,
 * error lines first.
 */
async function measureSearches(out: string): Promise<Searches> {
  const server = await serveDist({ dir: out, port: values.port, base: '/' });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const origin = server.origin;
  try {
    return {
      zhShort: await firstSearch(browser, origin, 'zh', firstAlias('zh')),
      enShort: await firstSearch(browser, origin, 'en', firstAlias('en')),
      zhLong: await firstSearch(browser, origin, 'zh', JSON.parse(firstTitle('zh')) as string),
      enLong: await firstSearch(browser, origin, 'en', JSON.parse(firstTitle('en')) as string),
      zhPaste: await firstSearch(browser, origin, 'zh', pastedLog('zh')),
      enPaste: await firstSearch(browser, origin, 'en', pastedLog('en')),
    };
  } finally {
    await browser.close();
    server.close();
  }
}

function printSearches(s: Searches, origin: string): void {
  const labelled: [string, FirstSearch][] = [
    ['zh short', s.zhShort],
    ['en short', s.enShort],
    ['zh long', s.zhLong],
    ['en long', s.enLong],
    ['zh paste', s.zhPaste],
    ['en paste', s.enPaste],
  ];
  for (const [lang, r] of labelled) {
    console.log(`  first search ${lang}: ${formatBytes(r.gzip)} gzip (${formatBytes(r.raw)} raw) in ${r.files} files, state ${r.state}, top result ${r.results[0] ?? 'none'}`);
    for (const f of r.detail) console.log(`      ${formatBytes(f.gzip).padStart(9)}  ${f.url.replace(origin, '')}`);
  }
}

/** Gzip bytes of the files of a search whose URL matches. */
const gzipOf = (s: FirstSearch, url: RegExp) => s.detail.filter((f) => url.test(f.url)).reduce((a, f) => a + f.gzip, 0);

/** Every figure of one corpus size, one field per row of the report. */
function sizeFigures(n: number, out: string, build: { astro: Measured; index: Measured; pages: number }, s: Searches) {
  const dist = dirSize(out);
  const pf = dirSize(join(out, 'pagefind'));
  // The zh search index: its search page and manifest (/zh/search/) and its version's hashed files.
  const zhSearch = dirSize(join(out, manifestDir('zh')));
  const zhVersion = manifestHashes(readdirSync(join(out, manifestDir('zh'))))[0];
  const zhHashed = zhVersion ? dirSize(join(out, HASHED_INDEX_DIR, zhVersion)) : { bytes: 0, files: 0 };
  const searchIndex = { bytes: zhSearch.bytes + zhHashed.bytes, files: zhSearch.files + zhHashed.files };
  const entry = (lang: Lang) => join(out, lang, 'faq', entrySlug(0), 'index.html');
  const componentPages = readdirSync(join(out, 'zh', 'components')).flatMap((c) => {
    const first = join(out, 'zh', 'components', c, 'index.html');
    return existsSync(first) ? [first] : [];
  });
  const biggestComponent = componentPages.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return {
    n,
    pages: build.pages,
    astroMs: build.astro.ms,
    indexMs: build.index.ms,
    astroPeak: build.astro.peak,
    indexPeak: build.index.peak,
    distBytes: dist.bytes,
    distFiles: dist.files,
    entryZh: fileSize(entry('zh')),
    entryEn: fileSize(entry('en')),
    entryZhGz: gz(entry('zh')),
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    searchZh: s.zhShort.gzip,
    searchEn: s.enShort.gzip,
    searchZhLong: s.zhLong.gzip,
    searchEnLong: s.enLong.gzip,
    searchSig: gzipOf(s.zhShort, SEARCH_INDEX_URL),
    searchSigFiles: s.zhShort.detail.filter((f) => SEARCH_INDEX_URL.test(f.url)).length,
    searchZhPaste: s.zhPaste.gzip,
    searchEnPaste: s.enPaste.gzip,
    searchPasteSig: gzipOf(s.enPaste, SEARCH_INDEX_URL),
    searchWasm: gzipOf(s.zhShort, /pagefind\.js|pagefind-worker|wasm\./),
    searchPfIndex: gzipOf(s.zhShort, /\.pf_(index|meta)/),
    searchFound: [s.zhShort, s.enShort, s.zhLong, s.enLong, s.zhPaste, s.enPaste].map((r) => `${r.results.length}${r.results[0] === 'PAAS-10000' ? '✓' : ''}`).join(' / '),
    wizard: fileSize(join(out, 'zh', 'wizard', 'index.html')),
    wizardGz: gz(join(out, 'zh', 'wizard', 'index.html')),
    wizardSteps: wizardBenchFigures(out, LANGS),
    home: fileSize(join(out, 'zh', 'index.html')),
    component: biggestComponent ? statSync(biggestComponent).size : null,
    componentPages: readdirSync(join(out, 'zh', 'components'), { recursive: true }).filter((p) => String(p).endsWith('index.html')).length,
    api: fileSize(join(out, 'api', 'entries.json')),
    apiGz: gz(join(out, 'api', 'entries.json')),
    sigIndex: searchIndex.bytes,
    sigIndexFiles: searchIndex.files,
    feed: fileSize(join(out, 'zh', 'feed.xml')),
    sitemap: readdirSync(out).filter((f) => f.startsWith('sitemap')).reduce((a, f) => a + statSync(join(out, f)).size, 0),
  };
}
type SizeFigures = ReturnType<typeof sizeFigures>;

/** With --with-real: `npm run bench:search`'s real queries against the large build. */
async function searchQuality(n: number, out: string): Promise<void> {
  console.log(`  search quality with the ${realFiles.size} real entries among ${n} synthetic ones (npm run bench:search):`);
  const quality = await measured(process.execPath, [SEARCH_QUALITY_BENCH, '--no-plain', '--port', values.port], { KB_OUT_DIR: out, BASE_PATH: '/' });
  console.log(quality.log.replace(/^/gm, '    '));
}

async function benchSize(n: number): Promise<SizeFigures> {
  const work = mkdtempSync(join(tmpdir(), `kb-bench-${n}-`));
  temps.push(work);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  writeCorpus(n, content);
  console.log(`\nN = ${n}: ${2 * n} .${ext} files in ${content}; building…`);
  const build = await buildCorpus(buildEnv(content, out));
  const searches = await measureSearches(out);
  printSearches(searches, `http://127.0.0.1:${values.port}`);
  const figures = sizeFigures(n, out, build, searches);
  if (values['with-real']) await searchQuality(n, out);
  // Free the disk before the next size; the largest builds are large.
  if (!values.keep) {
    rmSync(work, { recursive: true, force: true });
    temps.splice(temps.indexOf(work), 1);
  } else console.log(`  kept ${work}`);
  return figures;
}

// ---- the report ----

function reportRows(results: SizeFigures[]): BenchRow[] {
  const col = (k: Exclude<keyof SizeFigures, 'wizardSteps'>) => results.map((r) => r[k] as number | null);
  return [
    { label: 'pages built', values: col('pages'), unit: 'count' },
    { label: 'build wall time, total', values: results.map((r) => r.astroMs + r.indexMs), unit: 'ms' },
    { label: '… astro build', values: col('astroMs'), unit: 'ms' },
    { label: '… search indexer (Pagefind + id map)', values: col('indexMs'), unit: 'ms' },
    { label: 'peak memory (RSS, process tree), astro', values: col('astroPeak'), unit: 'bytes' },
    { label: 'peak memory (RSS, process tree), indexer', values: col('indexPeak'), unit: 'bytes' },
    { label: 'dist size', values: col('distBytes'), unit: 'bytes' },
    { label: 'dist files', values: col('distFiles'), unit: 'count' },
    { label: 'entry page HTML, zh (same entry)', values: col('entryZh'), unit: 'bytes' },
    { label: 'entry page HTML, en (same entry)', values: col('entryEn'), unit: 'bytes' },
    { label: 'entry page HTML, zh, gzip', values: col('entryZhGz'), unit: 'bytes' },
    { label: 'Pagefind index (pagefind/)', values: col('pagefindBytes'), unit: 'bytes', grows: true },
    { label: 'first search, zh, 2-word query, gzip (Chromium)', values: col('searchZh'), unit: 'bytes', grows: true },
    { label: '… of which our search index (manifest, term shards, records, Pagefind map)', values: col('searchSig'), unit: 'bytes', grows: true },
    { label: '… … in files', values: col('searchSigFiles'), unit: 'count', grows: true },
    { label: '… of which Pagefind JS + wasm', values: col('searchWasm'), unit: 'bytes' },
    { label: '… of which Pagefind index chunks + meta', values: col('searchPfIndex'), unit: 'bytes', grows: true },
    { label: 'first search, en, 2-word query, gzip', values: col('searchEn'), unit: 'bytes', grows: true },
    { label: 'first search, zh, title query (6 words), gzip', values: col('searchZhLong'), unit: 'bytes', grows: true },
    { label: 'first search, en, title query (5 words), gzip', values: col('searchEnLong'), unit: 'bytes', grows: true },
    { label: 'first search, zh, pasted 12-line log, gzip', values: col('searchZhPaste'), unit: 'bytes', grows: true },
    { label: 'first search, en, pasted 12-line log, gzip', values: col('searchEnPaste'), unit: 'bytes', grows: true },
    { label: '… of which our search index (en paste)', values: col('searchPasteSig'), unit: 'bytes', grows: true },
    { label: 'results (✓ = entry 0 ranked first): zh / en short, zh / en long, zh / en paste', values: results.map(() => null), unit: 'text', text: results.map((r) => r.searchFound) },
    { label: 'wizard page /zh/wizard/ (steps 1–2)', values: col('wizard'), unit: 'bytes' },
    { label: 'wizard page, gzip (target ≤ 40 KB)', values: col('wizardGz'), unit: 'bytes' },
    { label: 'wizard: symptom classes', values: results.map((r) => r.wizardSteps.classes), unit: 'count', grows: true },
    { label: 'wizard: most choices in one step (target ≤ 12)', values: results.map((r) => r.wizardSteps.maxChoices), unit: 'count' },
    { label: 'wizard: longest path, questions from step 1 to a class', values: results.map((r) => r.wizardSteps.longestPath), unit: 'count' },
    { label: 'wizard step data, gzip (target ≤ 30 KB): largest class file (step 3 candidates)', values: results.map((r) => r.wizardSteps.classFileGzip), unit: 'bytes' },
    { label: '… largest entry page (a cause\'s check and fix, fetched per candidate)', values: results.map((r) => r.wizardSteps.entryPageGzip), unit: 'bytes' },
    { label: '… largest lookup file (a link of the first wizard)', values: results.map((r) => r.wizardSteps.lookupFileGzip), unit: 'bytes' },
    { label: 'home /zh/', values: col('home'), unit: 'bytes' },
    { label: 'largest component page (first of its pages)', values: col('component'), unit: 'bytes' },
    { label: 'component listing pages, zh', values: col('componentPages'), unit: 'count', grows: true },
    { label: 'api/entries.json', values: col('api'), unit: 'bytes', grows: true },
    { label: 'api/entries.json, gzip', values: col('apiGz'), unit: 'bytes', grows: true },
    { label: 'search index, zh (all files: manifest and search-index/<hash>/)', values: col('sigIndex'), unit: 'bytes', grows: true },
    { label: 'search index files, zh', values: col('sigIndexFiles'), unit: 'count', grows: true },
    { label: 'feed /zh/feed.xml', values: col('feed'), unit: 'bytes' },
    { label: 'sitemap files', values: col('sitemap'), unit: 'bytes', grows: true },
  ];
}

const results: SizeFigures[] = [];
for (const n of sizes) results.push(await benchSize(n));
console.log(`\nScale benchmark, entries stored as .${ext}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log(formatTable(sizes, reportRows(results)));
