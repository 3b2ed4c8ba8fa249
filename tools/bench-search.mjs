// `npm run bench:search`: search quality and cost, measured in Chromium against the built site.
//  - every query of tests/search-queries.json (tuning) and tests/search-queries.heldout.json (held
//    out) through /<lang>/search/?q=: hit@1, hit@3 and MRR per language;
//  - the same queries through plain Pagefind (its own JS API, default options, no query
//    understanding) over the same pages, for comparison;
//  - bytes transferred for a first search (raw and gzip), and keystroke → rendered results, warm.
// Usage: npm run build && npm run bench:search [-- --set tuned|heldout] [--misses] [--port 4471]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { LANGS } from '../src/lib/locales.ts';
import { SEARCH_INDEX_URL } from '../src/lib/search/sharded-index.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    misses: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.KB_BENCH_PORT ?? '4471' },
    'no-plain': { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.KB_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${outDir}; run \`npm run build\` first.`);
  process.exit(1);
}
const base = (process.env.BASE_PATH ?? '/').replace(/^\/?/, '/').replace(/\/?$/, '/');
const origin = `http://127.0.0.1:${values.port}`;

const sets = [
  ['tuned', 'tests/search-queries.json'],
  ['held-out', 'tests/search-queries.heldout.json'],
].filter(([name]) => values.set === 'all' || name.startsWith(values.set));

const server = spawn(process.execPath, ['tools/serve.ts', '--dir', outDir, '--port', values.port, '--host', '127.0.0.1', '--base', base], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ok, fail) => {
  server.stdout.on('data', (d) => String(d).includes('Serving') && ok());
  server.on('exit', (code) => fail(new Error(`server exited ${code}`)));
});

process.on('exit', () => server.kill());
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

function metrics(rows) {
  const n = rows.length || 1;
  const rr = rows.map((r) => {
    const at = r.ids.findIndex((id) => r.expect.includes(id));
    return at < 0 ? 0 : 1 / (at + 1);
  });
  return {
    n: rows.length,
    hit1: rows.filter((r) => r.expect.includes(r.ids[0])).length / n,
    hit3: rows.filter((r) => r.ids.slice(0, 3).some((id) => r.expect.includes(id))).length / n,
    mrr: rr.reduce((a, b) => a + b, 0) / n,
  };
}

const f = (x) => x.toFixed(2);
function report(label, rows) {
  for (const lang of [...LANGS, 'all']) {
    const subset = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
    const m = metrics(subset);
    console.log(`  ${label.padEnd(14)} ${lang.padEnd(3)} n=${String(m.n).padStart(3)}  hit@1 ${f(m.hit1)}  hit@3 ${f(m.hit3)}  MRR ${f(m.mrr)}`);
  }
}

async function ours(page, q) {
  await page.goto(`${origin}${base}${q.lang}/search/?q=${encodeURIComponent(q.q)}`);
  await page.waitForSelector('[data-search-page][data-state="done"], [data-search-page][data-state="error"]', { timeout: 15000 });
  return page.$$eval('[data-search-results] [data-entry-id]', (els) => els.map((e) => e.getAttribute('data-entry-id')));
}

async function plain(page, q) {
  if (!page.url().startsWith(`${origin}${base}${q.lang}/search/`)) await page.goto(`${origin}${base}${q.lang}/search/`);
  return page.evaluate(
    async ({ q, base }) => {
      const pf = await import(`${base}pagefind/pagefind.js`);
      const r = await pf.search(q);
      const data = await Promise.all((r?.results ?? []).slice(0, 10).map((x) => x.data()));
      return data.map((d) => d.meta.id);
    },
    { q: q.q, base },
  );
}

const context = await browser.newContext();
const page = await context.newPage();
const plainPage = await context.newPage();
for (const [name, file] of sets) {
  const { queries } = JSON.parse(readFileSync(join(root, file), 'utf8'));
  const rowsOurs = [];
  const rowsPlain = [];
  for (const q of queries) {
    rowsOurs.push({ ...q, ids: await ours(page, q) });
    if (!values['no-plain']) rowsPlain.push({ ...q, ids: await plain(plainPage, q) });
  }
  console.log(`\n${name} set (${file}, ${queries.length} queries)`);
  report('ours', rowsOurs);
  if (!values['no-plain']) report('plain Pagefind', rowsPlain);
  if (!values['no-plain']) {
    const empty = rowsPlain.filter((r) => r.ids.length === 0).length;
    console.log(`  plain Pagefind returned nothing for ${empty} of ${queries.length}; ours for ${rowsOurs.filter((r) => r.ids.length === 0).length}`);
  }
  if (values.misses) {
    for (const r of rowsOurs) {
      if (r.expect.includes(r.ids[0])) continue;
      const shown = r.q.replace(/\s+/g, ' ').slice(0, 70);
      console.log(`    miss [${r.lang}] ${JSON.stringify(shown)} expect ${r.expect.join('|')} got ${r.ids.slice(0, 3).join(', ') || '(nothing)'}`);
    }
  }
}
await context.close();

// Cost of a first search: a fresh browser context, an entry page, then the header box is used.
async function firstSearchCost(lang, query, viaPage) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const sizes = [];
  let searching = false;
  const before = [];
  p.on('response', async (res) => {
    const url = res.url();
    let body;
    try {
      body = await res.body();
    } catch {
      return;
    }
    (searching ? sizes : before).push({ url, raw: body.length, gzip: gzipSync(body, { level: 6 }).length });
  });
  if (viaPage) {
    searching = true;
    await p.goto(`${origin}${base}${lang}/search/?q=${encodeURIComponent(query)}`);
    await p.waitForSelector('[data-search-page][data-state="done"]');
  } else {
    await p.goto(`${origin}${base}${lang}/faq/paas-agent-wont-start/`);
    await p.waitForLoadState('networkidle');
    searching = true;
    const input = p.locator('form[data-search-box="header"] input[name="q"]');
    await input.focus();
    await input.fill(query);
    await p.waitForFunction((q) => document.querySelector('form[data-search-box="header"]')?.dataset.renderedQuery === q, query);
  }
  await p.waitForLoadState('networkidle');
  await ctx.close();
  const searchAsset = (url) => /pagefind|search-client/.test(url) || SEARCH_INDEX_URL.test(url);
  const searchAssetsBefore = before.filter((s) => searchAsset(s.url)).length;
  const sum = (k) => sizes.reduce((a, s) => a + s[k], 0);
  const searchOnly = sizes.filter((s) => searchAsset(s.url)).reduce((a, s) => a + s.gzip, 0);
  return { raw: sum('raw'), gzip: sum('gzip'), searchOnly, files: sizes, searchAssetsBefore };
}

console.log('\nCost');
for (const [lang, q, viaPage] of [
  ['zh', '登录无限跳转', false],
  ['en', 'paas_agent license expired', false],
  ['en', 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\ndjango.db.utils.OperationalError: (2003, "Can\'t connect to MySQL server on \'10.0.0.1\' ([Errno 111] Connection refused)")', true],
]) {
  const c = await firstSearchCost(lang, q, viaPage);
  const label = JSON.stringify(q.replace(/\s+/g, ' ').slice(0, 40));
  console.log(`  first search ${lang} ${label}: ${(c.gzip / 1024).toFixed(1)} KB gzip (${(c.raw / 1024).toFixed(1)} KB raw) in ${c.files.length} files${viaPage ? ' (search page load included)' : ''}, of which search assets ${(c.searchOnly / 1024).toFixed(1)} KB; search assets before use: ${c.searchAssetsBefore}`);
  if (values.misses) for (const s of c.files) console.log(`      ${(s.gzip / 1024).toFixed(1).padStart(6)} KB  ${s.url.replace(origin, '')}`);
}

// Keystroke → rendered results, warm (index and Pagefind loaded, the first search done).
{
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const times = [];
  for (const lang of LANGS) {
    await p.goto(`${origin}${base}${lang}/`);
    const input = p.locator('form[data-search-box="header"] input[name="q"]');
    await input.focus();
    await input.fill('warm up');
    await p.waitForFunction(() => document.querySelector('form[data-search-box="header"]')?.dataset.renderedQuery === 'warm up');
    const { queries } = JSON.parse(readFileSync(join(root, 'tests/search-queries.json'), 'utf8'));
    for (const q of queries.filter((x) => x.lang === lang)) {
      const ms = await p.evaluate(async (q) => {
        const form = document.querySelector('form[data-search-box="header"]');
        const el = form.querySelector('input[name="q"]');
        const t0 = performance.now();
        el.value = q;
        el.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((ok) => {
          const check = () => (form.dataset.renderedQuery === el.value ? requestAnimationFrame(() => ok()) : setTimeout(check, 1));
          check();
        });
        return performance.now() - t0;
      }, q.q.replace(/\s*[\r\n]+\s*/g, ' '));
      times.push(ms);
    }
  }
  await ctx.close();
  times.sort((a, b) => a - b);
  const pct = (x) => times[Math.min(times.length - 1, Math.floor(x * times.length))];
  console.log(`  keystroke → results (warm, header box, ${times.length} queries): median ${pct(0.5).toFixed(0)} ms, p90 ${pct(0.9).toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`);
}

await browser.close();
server.kill();
