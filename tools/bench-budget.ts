// `npm run bench:budget`: what each page type costs a first-time reader, measured in Chromium.
// Opens every entry page in both languages, plus home, search and wizard, each in a fresh browser
// context (cold cache), records every response until the network is idle (no interaction), and
// prints the bytes sent per kind, request counts, the median and max over entry pages, and PASS/FAIL
// against the entry-page budget (ENTRY_PAGE_BUDGET in tools/lib/page-budget.ts: total and JS bytes
// before search is opened). Then, for information, what a first search from the header box adds, and
// what the heaviest entry page and its first search would cost raw, as gzip and as brotli.
//
// The site is served the way it is deployed: nginx with deploy/nginx/ (gzip_static, the build's .gz
// files), and the bytes counted are the response bodies as nginx sent them. Without nginx (or with
// --server node) tools/serve.ts sends the same .gz files. The gate in `npm test`
// (tests/e2e/budget.spec.ts) measures with the same code over an uncompressed server and counts each
// body's gzip size instead (zlib level 6, close to the build's .gz files; the figures are in
// docs/decisions/1900-serving-behind-nginx.md).
//
// Usage: npm run bench:budget [-- --dist dist] [--port 4481] [--base /] [--server nginx|node] [--files] [--json out.json]
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { ensureBuild } from './lib/ensure-build.ts';
import { entryPages, measurePage, sampleQuery, type PageMeasure } from './lib/page-cost.ts';
import { findNginx, startNginx } from './lib/nginx.ts';
import { serveDist } from './lib/serve-dist.ts';
import { ENTRY_PAGE_BUDGET, kb, median, overBudget, pageCost as estimatedCost, type PageCost, type Transfer } from './lib/page-budget.ts';
import { normaliseBase } from '../src/lib/deploy.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    port: { type: 'string', default: process.env.KB_BENCH_PORT ?? process.env.KB_TEST_PORT ?? '4471' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    server: { type: 'string', default: 'nginx' },
    files: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '..');
const dist = ensureBuild(root, values.dist);
const base = normaliseBase(values.base);

const entries = entryPages(dist);
if (entries.length === 0) {
  console.error(`No entry pages in ${dist}.`);
  process.exit(1);
}
const langs = [...new Set(entries.map((e) => e.lang))];

if (values.server !== 'nginx' && values.server !== 'node') {
  console.error(`--server is nginx or node, not "${values.server}"`);
  process.exit(1);
}
const viaNginx = values.server === 'nginx' && findNginx() !== null;
if (values.server === 'nginx' && !viaNginx) console.log('No nginx found; serving the build\'s .gz files with tools/serve.ts instead.');
const server = viaNginx
  ? await startNginx({ siteDir: dist, base, port: Number(values.port) }).then((n) => ({ origin: n.origin, close: () => n.stop(), label: `nginx ${n.build.version} with deploy/nginx/ (gzip_static)` }))
  : await serveDist({ dir: dist, port: values.port, base, precompressed: true }).then((s) => ({ ...s, label: 'tools/serve.ts --precompressed' }));

/**
 * A transfer as it was sent: the body's bytes on the wire when the browser reported them. Chromium
 * reports no size for a worker's script (0 for a body it received); that one counts at its gzip size.
 */
const asSent = (t: Transfer): Transfer => (t.sent === undefined || (t.sent === 0 && t.raw > 0) ? t : { ...t, gzip: t.sent });
const pageCost = (transfers: readonly Transfer[]): PageCost => estimatedCost(transfers.map(asSent));
const executablePath = findChromium() ?? undefined;
// The reader's view: plain http to an intranet host name. Chromium asks for brotli only from a
// secure context, and 127.0.0.1 counts as one, so the pages are opened as http://kb.test:<port>.
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kb.test 127.0.0.1'] });
const origin = server.origin.replace('127.0.0.1', 'kb.test');
const url = (path: string) => `${origin}${base}${path}`;

interface Row {
  type: string;
  lang: string;
  path: string;
  cost: PageCost;
  m: PageMeasure;
}
const rows: Row[] = [];
/** The row with the most gzip bytes; every language measured has at least one entry page. */
const heaviestOf = (set: Row[]): Row => [...set].sort((a, b) => b.cost.gzip - a.cost.gzip)[0]!;
for (const e of entries) {
  const m = await measurePage(browser, url(e.path));
  rows.push({ type: 'entry', lang: e.lang, path: e.path, cost: pageCost(m.load), m });
}
for (const lang of langs) {
  const pageTypes: [string, string][] = [
    ['home', `${lang}/`],
    ['search (empty)', `${lang}/search/`],
    ['search ?q=', `${lang}/search/?q=${encodeURIComponent(sampleQuery(lang))}`],
    ['wizard', `${lang}/wizard/`],
  ];
  for (const [type, path] of pageTypes) {
    const m = await measurePage(browser, url(path));
    rows.push({ type, lang, path, cost: pageCost(m.load), m });
  }
}

// First search from the header box, on the heaviest entry page of each language.
interface SearchRow {
  lang: string;
  path: string;
  query: string;
  before: PageCost;
  added: PageCost;
  m: PageMeasure;
}
const searches: SearchRow[] = [];
for (const lang of langs) {
  const heaviest = heaviestOf(rows.filter((r) => r.type === 'entry' && r.lang === lang));
  const m = await measurePage(browser, url(heaviest.path), { search: sampleQuery(lang) });
  searches.push({ lang, path: heaviest.path, query: sampleQuery(lang), before: pageCost(m.load), added: pageCost(m.search ?? []), m });
}
await browser.close();
await server.close();

// ---- report ----
/** A cost summary in the shape of one page's cost (only the fields the table prints). */
type CostColumns = Pick<PageCost, 'gzip' | 'requests'> & { byKind: Record<'js' | 'css' | 'html', { gzip: number }> };
const col = (s: string | number, w: number) => String(s).padStart(w);
const head = `${'page'.padEnd(40)}${col('total', 10)}${col('JS', 9)}${col('CSS', 9)}${col('HTML', 9)}${col('other', 9)}${col('req', 5)}  budget`;
const line = (label: string, c: CostColumns, verdict = '') => {
  const other = c.gzip - c.byKind.js.gzip - c.byKind.css.gzip - c.byKind.html.gzip;
  return `${label.padEnd(40)}${col(kb(c.gzip), 10)}${col(kb(c.byKind.js.gzip), 9)}${col(kb(c.byKind.css.gzip), 9)}${col(kb(c.byKind.html.gzip), 9)}${col(kb(other), 9)}${col(c.requests, 5)}  ${verdict}`;
};
const verdict = (c: PageCost) => {
  const over = overBudget(c, ENTRY_PAGE_BUDGET);
  return over.length ? `FAIL (${over.join('; ')})` : 'PASS';
};
/** Column-wise median / max over a set of page costs, in the same shape as one page's cost. */
const aggregate = (costs: PageCost[], f: (xs: number[]) => number): CostColumns => ({
  gzip: f(costs.map((c) => c.gzip)),
  requests: f(costs.map((c) => c.requests)),
  byKind: {
    js: { gzip: f(costs.map((c) => c.byKind.js.gzip)) },
    css: { gzip: f(costs.map((c) => c.byKind.css.gzip)) },
    html: { gzip: f(costs.map((c) => c.byKind.html.gzip)) },
  },
});

console.log(`\nPage budget, ${new Date().toISOString().slice(0, 10)}, ${dist.replace(root + '/', '')}/`);
console.log(`Bytes are response bodies as sent by ${server.label} to Chromium over plain http (it asks for gzip, not brotli).`);
console.log(`Budget for an entry page before search is opened: <= ${kb(ENTRY_PAGE_BUDGET.totalGzip)} total, <= ${kb(ENTRY_PAGE_BUDGET.jsGzip)} JS.\n`);
console.log(head);
let failures = 0;
for (const lang of [...langs, 'all']) {
  const set = rows.filter((r) => r.type === 'entry' && (lang === 'all' || r.lang === lang));
  const costs = set.map((r) => r.cost);
  const fails = set.filter((r) => overBudget(r.cost).length > 0);
  if (lang === 'all') failures = fails.length;
  const heaviest = heaviestOf(set);
  console.log(line(`entry ${lang} median (n=${set.length})`, aggregate(costs, median)));
  console.log(line(`entry ${lang} max`, aggregate(costs, (xs) => Math.max(...xs)), fails.length ? `FAIL: ${fails.length} of ${set.length} over` : `PASS: all ${set.length}`));
  if (lang !== 'all') console.log(line(`  heaviest ${heaviest.path.split('/')[2]}`.slice(0, 39), heaviest.cost, verdict(heaviest.cost)));
}
for (const r of rows.filter((x) => x.type !== 'entry')) {
  const over = overBudget(r.cost);
  const info = r.type === 'search ?q=' ? '(info: search runs on load)' : `(info: ${over.length ? `over entry budget: ${over.join('; ')}` : 'within entry budget'})`;
  console.log(line(`${r.type} ${r.lang}`, r.cost, info));
}
console.log('\nFirst search from the header box (for information; not part of the budget):');
for (const s of searches) {
  console.log(line(`+ search ${s.lang} on ${s.path.split('/')[2]}`.slice(0, 39), s.added, `${JSON.stringify(s.query)}; page + search ${kb(s.before.gzip + s.added.gzip)}`));
}

// What the same files cost uncompressed, as the build's .gz and as its .br (what a server with
// brotli_static sends to a browser that asks for it, over https): from the files in the build.
const encoded = (transfers: readonly Transfer[]) => {
  const sum = { raw: 0, gzip: 0, br: 0 };
  for (const t of transfers) {
    const path = new URL(t.url).pathname.slice(base.length);
    const file = join(dist, decodeURIComponent(path.endsWith('/') || path === '' ? `${path}index.html` : path));
    const size = (f: string) => (existsSync(f) ? statSync(f).size : null);
    const raw = size(file) ?? t.raw;
    sum.raw += raw;
    sum.gzip += size(`${file}.gz`) ?? raw;
    sum.br += size(`${file}.br`) ?? raw;
  }
  return sum;
};
console.log(`\nThe heaviest entry page and its first search, by encoding (files of the build):`);
console.log(`${''.padEnd(40)}${col('raw', 10)}${col('gzip', 10)}${col('brotli', 10)}`);
for (const s of searches) {
  const page = encoded(s.m.load);
  const search = encoded(s.m.search ?? []);
  const name = s.path.split('/')[2];
  console.log(`${`entry ${s.lang} ${name}`.slice(0, 39).padEnd(40)}${col(kb(page.raw), 10)}${col(kb(page.gzip), 10)}${col(kb(page.br), 10)}`);
  console.log(`${`  + first search ${s.lang}`.padEnd(40)}${col(kb(search.raw), 10)}${col(kb(search.gzip), 10)}${col(kb(search.br), 10)}`);
}
for (const r of rows.filter((x) => x.type === 'entry' && overBudget(x.cost).length > 0)) console.log(`FAIL ${r.path}: ${overBudget(r.cost).join('; ')}`);
if (values.files) {
  const heaviestEntries = searches.flatMap((s) => rows.filter((r) => r.path === s.path && r.type === 'entry').slice(0, 1));
  for (const r of [...rows.filter((x) => x.type !== 'entry'), ...heaviestEntries]) {
    console.log(`\n${r.path}`);
    for (const t of r.m.load) console.log(`  ${kb(asSent(t).gzip).padStart(9)}  ${t.kind.padEnd(5)} ${t.url.replace(origin, '')}`);
  }
  for (const s of searches) {
    console.log(`\n${s.path} + search`);
    for (const t of s.m.search ?? []) console.log(`  ${kb(asSent(t).gzip).padStart(9)}  ${t.kind.padEnd(5)} ${t.url.replace(origin, '')}`);
  }
}
if (values.json) {
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), budget: ENTRY_PAGE_BUDGET, pages: rows.map(({ m, ...r }) => ({ ...r, transfers: m.load })), searches: searches.map(({ m, ...s }) => ({ ...s, transfers: m.search })) }, null, 1));
}
console.log(`\n${failures === 0 ? 'PASS' : 'FAIL'}: ${rows.filter((r) => r.type === 'entry').length - failures} of ${rows.filter((r) => r.type === 'entry').length} entry pages within budget`);
process.exit(failures === 0 ? 0 : 1);
