// `npm run bench:search`: search quality and cost, measured in Chromium against the built site.
//  - every query of tests/search-queries.json (tuning) and tests/search-queries.heldout.json (held
//    out), and both halves of the report set tests/fixtures/search-reports.json, through
//    /<lang>/search/?q=: per language hit@1, hit@3 and MRR (queries with an answer), the share of
//    right answers the page marks exact or likely, and the share of no-match reports it answers
//    "no entry matches" (data-search-verdict="none");
//  - the same queries through plain Pagefind (its own JS API, default options, no query
//    understanding) over the same pages, for comparison;
//  - bytes transferred for a first search (raw and gzip), and keystroke → rendered results, warm.
// Usage: npm run build && npm run bench:search [-- --set tuned|held|reports] [--misses] [--no-plain] [--no-cost] [--port 4471]
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { normaliseBase } from '../src/lib/deploy.ts';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import { SEARCH_INDEX_URL } from '../src/lib/search/index-location.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { formatBytes } from './lib/bytes.ts';
import { serveDist } from './lib/serve-dist.ts';

/**
 * One query of a query set: the entry IDs any of which is a right first answer (none: no entry
 * answers it, and the right answer is "no entry matches"); report queries carry their half.
 */
interface Query {
  lang: Lang;
  q: string;
  expect: string[];
  half?: 'tuning' | 'held-out';
}

/**
 * A query with what a search returned: entry IDs best first, the confidence each was marked with
 * (data-match), and the page's verdict (data-search-verdict). Plain Pagefind has neither: an empty
 * answer counts as its "none".
 */
interface Answered extends Query {
  ids: string[];
  marks: string[];
  verdict: string;
}

/** A transferred file: its URL and its size as sent and gzipped. */
interface Transfer {
  url: string;
  raw: number;
  gzip: number;
}

/** The part of Pagefind's browser API (pagefind.js) that plain Pagefind is measured through. */
interface PagefindModule {
  search(query: string): Promise<{ results: { data(): Promise<{ meta: Record<string, string> }> }[] } | null>;
}

const { values } = parseArgs({
  options: {
    set: { type: 'string', default: 'all' },
    misses: { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.KB_BENCH_PORT ?? '4471' },
    'no-plain': { type: 'boolean', default: false },
    'no-cost': { type: 'boolean', default: false },
  },
});
const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, process.env.KB_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'pagefind', 'pagefind.js'))) {
  console.error(`No search index in ${outDir}; run \`npm run build\` first.`);
  process.exit(1);
}
const base = normaliseBase(process.env.BASE_PATH);
const HEADER_BOX = 'form[data-search-box="header"]';

const REPORTS = 'tests/fixtures/search-reports.json';
const sets = (
  [
    ['tuned', 'tests/search-queries.json', undefined],
    ['held-out', 'tests/search-queries.heldout.json', undefined],
    ['reports, tuning half', REPORTS, 'tuning'],
    ['reports, held-out half', REPORTS, 'held-out'],
  ] as const
).filter(([name]) => values.set === 'all' || name.startsWith(values.set));

function readQueries(file: string, half?: string): Query[] {
  const all = (JSON.parse(readFileSync(join(root, file), 'utf8')) as { queries: Query[] }).queries;
  return half === undefined ? all : all.filter((q) => q.half === half);
}

const server = await serveDist({ dir: outDir, port: values.port, base });
const origin = server.origin;
const executablePath = findChromium() ?? undefined;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

interface Metrics {
  /** Queries with an answer, and those without. */
  n: number;
  nNone: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Of the queries with an answer: the right entry is listed and marked exact or likely. */
  marked: number;
  /** Of the queries without: the page said that no entry matches. */
  saidNone: number;
}

function metrics(rows: Answered[]): Metrics {
  const answerable = rows.filter((r) => r.expect.length > 0);
  const noMatch = rows.filter((r) => r.expect.length === 0);
  const n = answerable.length || 1;
  const rr = answerable.map((r) => {
    const at = r.ids.findIndex((id) => r.expect.includes(id));
    return at < 0 ? 0 : 1 / (at + 1);
  });
  return {
    n: answerable.length,
    nNone: noMatch.length,
    hit1: answerable.filter((r) => r.ids[0] !== undefined && r.expect.includes(r.ids[0])).length / n,
    hit3: answerable.filter((r) => r.ids.slice(0, 3).some((id) => r.expect.includes(id))).length / n,
    mrr: rr.reduce((a, b) => a + b, 0) / n,
    marked: answerable.filter((r) => r.ids.some((id, i) => r.expect.includes(id) && (r.marks[i] === 'exact' || r.marks[i] === 'likely'))).length / n,
    saidNone: noMatch.filter((r) => r.verdict === 'none').length / (noMatch.length || 1),
  };
}

const f = (x: number) => x.toFixed(2);
function report(label: string, rows: Answered[], confidence: boolean): void {
  for (const lang of [...LANGS, 'all'] as const) {
    const subset = lang === 'all' ? rows : rows.filter((r) => r.lang === lang);
    const m = metrics(subset);
    const marks = confidence ? `  marked exact/likely ${f(m.marked)}` : '';
    const none = m.nNone > 0 ? `  | no-match n=${String(m.nNone).padStart(2)}: said "none" ${f(m.saidNone)}` : '';
    console.log(`  ${label.padEnd(14)} ${lang.padEnd(3)} n=${String(m.n).padStart(3)}  hit@1 ${f(m.hit1)}  hit@3 ${f(m.hit3)}  MRR ${f(m.mrr)}${marks}${none}`);
  }
}

/** What our search page lists for a query: entry IDs best first, their marks, and its verdict. */
async function ours(page: Page, q: Query): Promise<Pick<Answered, 'ids' | 'marks' | 'verdict'>> {
  await page.goto(`${origin}${base}${q.lang}/search/?q=${encodeURIComponent(q.q)}`);
  await page.waitForSelector('[data-search-page][data-state="done"], [data-search-page][data-state="error"]', { timeout: 15000 });
  return page.$eval('[data-search-results]', (list) => {
    const els = [...list.querySelectorAll('[data-entry-id]')];
    return {
      ids: els.map((e) => e.getAttribute('data-entry-id') ?? ''),
      marks: els.map((e) => e.getAttribute('data-match') ?? ''),
      verdict: list.getAttribute('data-search-verdict') ?? '',
    };
  });
}

/** The entry IDs of Pagefind's own top ten for a query, loaded into the search page of its language. */
async function plain(page: Page, q: Query): Promise<string[]> {
  if (!page.url().startsWith(`${origin}${base}${q.lang}/search/`)) await page.goto(`${origin}${base}${q.lang}/search/`);
  return page.evaluate(
    async ({ q, base }) => {
      const pf = (await import(`${base}pagefind/pagefind.js`)) as PagefindModule;
      const r = await pf.search(q);
      const data = await Promise.all((r?.results ?? []).slice(0, 10).map((x) => x.data()));
      return data.map((d) => d.meta.id ?? '');
    },
    { q: q.q, base },
  );
}

const context = await browser.newContext();
const page = await context.newPage();
const plainPage = await context.newPage();
for (const [name, file, half] of sets) {
  const queries = readQueries(file, half);
  const rowsOurs: Answered[] = [];
  const rowsPlain: Answered[] = [];
  for (const q of queries) {
    rowsOurs.push({ ...q, ...(await ours(page, q)) });
    if (!values['no-plain']) {
      const ids = await plain(plainPage, q);
      rowsPlain.push({ ...q, ids, marks: [], verdict: ids.length === 0 ? 'none' : 'match' });
    }
  }
  console.log(`\n${name} set (${file}, ${queries.length} queries)`);
  report('ours', rowsOurs, true);
  if (!values['no-plain']) report('plain Pagefind', rowsPlain, false);
  if (!values['no-plain']) {
    const empty = rowsPlain.filter((r) => r.ids.length === 0).length;
    console.log(`  plain Pagefind returned nothing for ${empty} of ${queries.length}; ours for ${rowsOurs.filter((r) => r.ids.length === 0).length}`);
  }
  if (values.misses) {
    for (const r of rowsOurs) {
      const right = r.expect.length === 0 ? r.verdict === 'none' : r.ids[0] !== undefined && r.expect.includes(r.ids[0]);
      if (right) continue;
      const shown = r.q.replace(/\s+/g, ' ').slice(0, 70);
      const got = r.ids.slice(0, 3).map((id, i) => `${id}:${r.marks[i] || '-'}`).join(', ') || '(nothing)';
      console.log(`    miss [${r.lang}] ${JSON.stringify(shown)} expect ${r.expect.join('|') || 'none'} got ${got} verdict ${r.verdict || '-'}`);
    }
  }
}
await context.close();

/** Cost of a first search: a fresh browser context, an entry page, then the header box is used. */
async function firstSearchCost(lang: Lang, query: string, viaPage: boolean) {
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const sizes: Transfer[] = [];
  let searching = false;
  const before: Transfer[] = [];
  p.on('response', async (res) => {
    const url = res.url();
    let body: Buffer;
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
    const input = p.locator(`${HEADER_BOX} input[name="q"]`);
    await input.focus();
    await input.fill(query);
    await p.waitForFunction(([sel, q]) => document.querySelector<HTMLFormElement>(sel)?.dataset.renderedQuery === q, [HEADER_BOX, query] as const);
  }
  await p.waitForLoadState('networkidle');
  await ctx.close();
  const searchAsset = (url: string) => /pagefind|search-client/.test(url) || SEARCH_INDEX_URL.test(url);
  const searchAssetsBefore = before.filter((s) => searchAsset(s.url)).length;
  const sum = (k: 'raw' | 'gzip') => sizes.reduce((a, s) => a + s[k], 0);
  const searchOnly = sizes.filter((s) => searchAsset(s.url)).reduce((a, s) => a + s.gzip, 0);
  return { raw: sum('raw'), gzip: sum('gzip'), searchOnly, files: sizes, searchAssetsBefore };
}

if (values['no-cost']) {
  await browser.close();
  server.close();
  process.exit(0);
}
console.log('\nCost');
const costQueries: [Lang, string, boolean][] = [
  ['zh', '登录无限跳转', false],
  ['en', 'paas_agent license expired', false],
  ['en', 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\ndjango.db.utils.OperationalError: (2003, "Can\'t connect to MySQL server on \'10.0.0.1\' ([Errno 111] Connection refused)")', true],
];
for (const [lang, q, viaPage] of costQueries) {
  const c = await firstSearchCost(lang, q, viaPage);
  const label = JSON.stringify(q.replace(/\s+/g, ' ').slice(0, 40));
  const kb = (b: number) => formatBytes(b, { unit: 'KB' });
  console.log(`  first search ${lang} ${label}: ${kb(c.gzip)} gzip (${kb(c.raw)} raw) in ${c.files.length} files${viaPage ? ' (search page load included)' : ''}, of which search assets ${kb(c.searchOnly)}; search assets before use: ${c.searchAssetsBefore}`);
  if (values.misses) for (const s of c.files) console.log(`      ${kb(s.gzip).padStart(9)}  ${s.url.replace(origin, '')}`);
}

// Keystroke → rendered results, warm (index and Pagefind loaded, the first search done).
{
  const ctx = await browser.newContext();
  const p = await ctx.newPage();
  const times: number[] = [];
  const queries = readQueries('tests/search-queries.json');
  for (const lang of LANGS) {
    await p.goto(`${origin}${base}${lang}/`);
    const input = p.locator(`${HEADER_BOX} input[name="q"]`);
    await input.focus();
    await input.fill('warm up');
    await p.waitForFunction((sel) => document.querySelector<HTMLFormElement>(sel)?.dataset.renderedQuery === 'warm up', HEADER_BOX);
    for (const q of queries.filter((x) => x.lang === lang)) {
      const ms = await p.evaluate(
        async ([sel, q]) => {
          const form = document.querySelector<HTMLFormElement>(sel);
          const el = form?.querySelector<HTMLInputElement>('input[name="q"]');
          if (!form || !el) throw new Error(`no ${sel} with an input[name="q"]`);
          const t0 = performance.now();
          el.value = q;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise<void>((ok) => {
            const check = () => (form.dataset.renderedQuery === el.value ? requestAnimationFrame(() => ok()) : setTimeout(check, 1));
            check();
          });
          return performance.now() - t0;
        },
        [HEADER_BOX, q.q.replace(/\s*[\r\n]+\s*/g, ' ')] as const,
      );
      times.push(ms);
    }
  }
  await ctx.close();
  times.sort((a, b) => a - b);
  const pct = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))]!;
  console.log(`  keystroke → results (warm, header box, ${times.length} queries): median ${pct(0.5).toFixed(0)} ms, p90 ${pct(0.9).toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms`);
}

await browser.close();
server.close();
