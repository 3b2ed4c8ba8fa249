// `npm run bench`: the scale benchmark. For each corpus size N it writes N synthetic zh + en entries
// (tools/lib/synthetic-corpus.ts, words from the real entries) into a temporary content tree,
// builds it the way `npm run build` does (astro build, then the search indexer), and reports
// build time (astro / search index), peak memory of the whole process tree, dist size, an entry
// page's HTML, the Pagefind index, the bytes of a first search measured in Chromium, and the pages
// and files that grow with N. Temporary directories are removed, also on failure or Ctrl-C.
// With --with-real the 28 real entries join the synthetic ones and `npm run bench:search` runs its
// real queries against the large build: search quality at scale, not only its cost.
// Usage: npm run bench [-- --sizes 28,1000,10000] [--mdx] [--port 4491] [--keep] [--with-real]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.mjs';
import { requireNode } from './lib/node-version.mjs';
import { entrySlug, harvestVocabulary, syntheticEntry } from './lib/synthetic-corpus.ts';
import { formatBytes, formatMs, formatTable } from './lib/bench-table.ts';
import { SEARCH_INDEX_URL } from '../src/lib/search/sharded-index.ts';

requireNode();
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '28,1000,10000' },
    mdx: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.KB_TEST_PORT ?? '4491' },
    keep: { type: 'boolean', default: false },
    // Astro holds every page's data while it renders; Node's default heap (~4 GB here) is near the
    // limit at 20,000 pages, so the bench gives it room. Peak memory is measured, not capped.
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

// Vocabulary from the real entries, so the prose (and the search index built from it) looks real.
const realTexts = [];
for (const lang of ['zh', 'en']) {
  const dir = join(root, 'content', 'entries', lang);
  for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) realTexts.push({ lang, text: readFileSync(join(dir, name), 'utf8') });
}
const vocab = harvestVocabulary(realTexts);

const temps = [];
function cleanup() {
  if (values.keep) return;
  for (const t of temps.splice(0)) rmSync(t, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

// ---- process-tree memory: sum of RSS over a process and all its descendants, polled from /proc ----
function childrenMap() {
  const map = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!map.has(ppid)) map.set(ppid, []);
      map.get(ppid).push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}
function treeRss(pid) {
  const kids = childrenMap();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
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

/** Runs a command; resolves with wall time and the peak RSS of its process tree (polled every 200 ms). */
function measured(cmd, args, env) {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let log = '';
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
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

function dirSize(dir) {
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

const fileSize = (p) => (existsSync(p) ? statSync(p).size : null);
const gz = (p) => (existsSync(p) ? gzipSync(readFileSync(p), { level: 6 }).length : null);

/** Bytes a browser fetches for the first query typed on the search page (after it has loaded). */
async function firstSearch(browser, origin, lang, query) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const fetched = [];
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

function startServer(dir, port) {
  return new Promise((ok, fail) => {
    const server = spawn(process.execPath, ['tools/serve.mjs', '--dir', dir, '--port', port, '--host', '127.0.0.1'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    server.stdout.on('data', (d) => String(d).includes('Serving') && ok(server));
    server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
  });
}

const results = [];
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), `kb-bench-${n}-`));
  temps.push(work);
  const content = join(work, 'content');
  const out = join(work, 'dist');
  // Taxonomy is read from the real tree (src/lib/taxonomy.ts); the retired-id ledger is per tree.
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'retired-ids.json'), JSON.stringify({ retired: [] }));
  if (values['with-real']) {
    cpSync(join(root, 'content', 'entries'), join(content, 'entries'), { recursive: true });
    cpSync(join(root, 'content', 'retired-ids.json'), join(content, 'retired-ids.json'));
  }
  for (let i = 0; i < n; i++) {
    for (const f of syntheticEntry(i, vocab)) {
      const path = join(content, f.path.replace(/\.md$/, `.${ext}`));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
    }
  }
  console.log(`\nN = ${n}: ${2 * n} .${ext} files in ${content}; building…`);
  const env = { KB_CONTENT_DIR: content, KB_OUT_DIR: out, SITE_URL: 'http://kb.bench', BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' };
  const astro = await measured(process.execPath, [`--max-old-space-size=${values.heap}`, astroBin, 'build'], env);
  const pages = Number(/(\d+) page\(s\) built/.exec(astro.log)?.[1] ?? NaN);
  console.log(`  astro build: ${formatMs(astro.ms)}, peak ${formatBytes(astro.peak)}, ${pages} pages`);
  const index = await measured(process.execPath, ['tools/build-search-index.mjs'], env);
  console.log(`  search index: ${formatMs(index.ms)}, peak ${formatBytes(index.peak)}`);

  const dist = dirSize(out);
  const pf = dirSize(join(out, 'pagefind'));
  const searchIndex = dirSize(join(out, 'zh', 'search'));
  const entry = (lang) => join(out, lang, 'faq', entrySlug(0), 'index.html');
  const componentPages = readdirSync(join(out, 'zh', 'components')).flatMap((c) => {
    const first = join(out, 'zh', 'components', c, 'index.html');
    return existsSync(first) ? [first] : [];
  });
  const biggestComponent = componentPages.sort((a, b) => statSync(b).size - statSync(a).size)[0];
  const firstTitle = (lang) => /^title: (.*)$/m.exec(syntheticEntry(0, vocab)[lang === 'zh' ? 0 : 1].text)[1];

  const server = await startServer(out, values.port);
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const origin = `http://127.0.0.1:${values.port}`;
  // Two queries per language, each in a fresh browser: a short one (entry 0's first alias, two words)
  // and a long one (its title, 5–6 words; every word loads its own Pagefind index chunk).
  const firstAlias = (lang) => JSON.parse(/^aliases: \[("[^"]*")/m.exec(syntheticEntry(0, vocab)[lang === 'zh' ? 0 : 1].text)[1]);
  // And a pasted log (12 lines around entry 0's first error string): the worst case for our index,
  // which loads at most MAX_SHARDS_PER_QUERY term shards, error lines first.
  const firstSignature = (lang) => {
    const text = syntheticEntry(0, vocab)[lang === 'zh' ? 0 : 1].text;
    const sig = /^signatures: *\n +- (".*")$/m.exec(text);
    return sig ? JSON.parse(sig[1]) : JSON.parse(firstTitle(lang));
  };
  const pastedLog = (lang) =>
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
  let searchZh, searchEn, searchZhLong, searchEnLong, searchZhPaste, searchEnPaste;
  try {
    searchZh = await firstSearch(browser, origin, 'zh', firstAlias('zh'));
    searchEn = await firstSearch(browser, origin, 'en', firstAlias('en'));
    searchZhLong = await firstSearch(browser, origin, 'zh', JSON.parse(firstTitle('zh')));
    searchEnLong = await firstSearch(browser, origin, 'en', JSON.parse(firstTitle('en')));
    searchZhPaste = await firstSearch(browser, origin, 'zh', pastedLog('zh'));
    searchEnPaste = await firstSearch(browser, origin, 'en', pastedLog('en'));
  } finally {
    await browser.close();
    server.kill();
  }
  for (const [lang, s] of [['zh short', searchZh], ['en short', searchEn], ['zh long', searchZhLong], ['en long', searchEnLong], ['zh paste', searchZhPaste], ['en paste', searchEnPaste]]) {
    console.log(`  first search ${lang}: ${formatBytes(s.gzip)} gzip (${formatBytes(s.raw)} raw) in ${s.files} files, state ${s.state}, top result ${s.results[0] ?? 'none'}`);
    for (const f of s.detail) console.log(`      ${formatBytes(f.gzip).padStart(9)}  ${f.url.replace(origin, '')}`);
  }

  results.push({
    n,
    pages,
    astroMs: astro.ms,
    indexMs: index.ms,
    astroPeak: astro.peak,
    indexPeak: index.peak,
    distBytes: dist.bytes,
    distFiles: dist.files,
    entryZh: fileSize(entry('zh')),
    entryEn: fileSize(entry('en')),
    entryZhGz: gz(entry('zh')),
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
    searchZh: searchZh.gzip,
    searchEn: searchEn.gzip,
    searchZhLong: searchZhLong.gzip,
    searchEnLong: searchEnLong.gzip,
    searchSig: searchZh.detail.filter((f) => SEARCH_INDEX_URL.test(f.url)).reduce((a, f) => a + f.gzip, 0),
    searchSigFiles: searchZh.detail.filter((f) => SEARCH_INDEX_URL.test(f.url)).length,
    searchZhPaste: searchZhPaste.gzip,
    searchEnPaste: searchEnPaste.gzip,
    searchPasteSig: searchEnPaste.detail.filter((f) => SEARCH_INDEX_URL.test(f.url)).reduce((a, f) => a + f.gzip, 0),
    searchWasm: searchZh.detail.filter((f) => /pagefind\.js|pagefind-worker|wasm\./.test(f.url)).reduce((a, f) => a + f.gzip, 0),
    searchPfIndex: searchZh.detail.filter((f) => /\.pf_(index|meta)/.test(f.url)).reduce((a, f) => a + f.gzip, 0),
    searchFound: [searchZh, searchEn, searchZhLong, searchEnLong, searchZhPaste, searchEnPaste].map((s) => `${s.results.length}${s.results[0] === 'PAAS-10000' ? '✓' : ''}`).join(' / '),
    wizard: fileSize(join(out, 'zh', 'wizard', 'index.html')),
    wizardGz: gz(join(out, 'zh', 'wizard', 'index.html')),
    home: fileSize(join(out, 'zh', 'index.html')),
    component: biggestComponent ? statSync(biggestComponent).size : null,
    componentPages: readdirSync(join(out, 'zh', 'components'), { recursive: true }).filter((p) => String(p).endsWith('index.html')).length,
    api: fileSize(join(out, 'api', 'entries.json')),
    apiGz: gz(join(out, 'api', 'entries.json')),
    sigIndex: searchIndex.bytes,
    sigIndexFiles: searchIndex.files,
    feed: fileSize(join(out, 'zh', 'feed.xml')),
    sitemap: readdirSync(out).filter((f) => f.startsWith('sitemap')).reduce((a, f) => a + statSync(join(out, f)).size, 0),
  });
  if (values['with-real']) {
    console.log(`  search quality with the 28 real entries among ${n} synthetic ones (npm run bench:search):`);
    const quality = await measured(process.execPath, ['tools/bench-search.mjs', '--no-plain', '--port', values.port], { KB_OUT_DIR: out, BASE_PATH: '/' });
    console.log(quality.log.replace(/^/gm, '    '));
  }
  // Free the disk before the next size; the 10,000 build is large.
  if (!values.keep) {
    rmSync(work, { recursive: true, force: true });
    temps.splice(temps.indexOf(work), 1);
  } else console.log(`  kept ${work}`);
}

const col = (k) => results.map((r) => r[k]);
const rows = [
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
  { label: 'results (✓ = entry 0 ranked first): zh / en short, zh / en long, zh / en paste', values: results.map(() => null), unit: 'text', text: col('searchFound') },
  { label: 'wizard page /zh/wizard/', values: col('wizard'), unit: 'bytes', grows: true },
  { label: 'wizard page, gzip', values: col('wizardGz'), unit: 'bytes', grows: true },
  { label: 'home /zh/', values: col('home'), unit: 'bytes' },
  { label: 'largest component page (first of its pages)', values: col('component'), unit: 'bytes' },
  { label: 'component listing pages, zh', values: col('componentPages'), unit: 'count', grows: true },
  { label: 'api/entries.json', values: col('api'), unit: 'bytes', grows: true },
  { label: 'api/entries.json, gzip', values: col('apiGz'), unit: 'bytes', grows: true },
  { label: 'search index /zh/search/ (all files)', values: col('sigIndex'), unit: 'bytes', grows: true },
  { label: 'search index files, zh', values: col('sigIndexFiles'), unit: 'count', grows: true },
  { label: 'feed /zh/feed.xml', values: col('feed'), unit: 'bytes' },
  { label: 'sitemap files', values: col('sitemap'), unit: 'bytes', grows: true },
];
console.log(`\nScale benchmark, entries stored as .${ext}, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log(formatTable(col('n'), rows));
