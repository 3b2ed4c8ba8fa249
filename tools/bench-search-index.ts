// `npm run bench:search-index [-- --n 10000]`: search quality and bytes of our own index at scale,
// without a browser. Writes N synthetic entries plus the real ones into a temporary tree, builds the
// sharded index in memory the way the site does, and runs the real queries (tests/search-queries*.json,
// and both halves of the report set tests/fixtures/search-reports.json) through the search pipeline the page runs (src/lib/search/pipeline.ts), with a Pagefind that finds
// nothing and a fresh cache per query: hit@1, hit@3 and the gzip bytes of the index files each first
// query fetched; for the report set also the share of right answers marked exact or likely and of
// no-match reports answered "none" (a paste asks Pagefind nothing, so for pastes this is what the
// page shows). A second row lifts the per-query limits (candidates, shards) to show what they cost.
// Decision 0402 has the figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/lib/content/load.ts';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import { languageIndexEntries, searchIndexFiles } from '../src/lib/search/build.ts';
import type { PagefindPort } from '../src/lib/search/pagefind.ts';
import { search } from '../src/lib/search/pipeline.ts';
import { indexJson, memoryLoader, SearchStore, type QueryLimits } from '../src/lib/search/store.ts';
import { makeUrls } from '../src/lib/urls.ts';
import { formatBytes } from './lib/bytes.ts';
import { harvestVocabulary, realEntryTexts, writeSyntheticTree } from './lib/synthetic-corpus.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' }, tree: { type: 'string' } } });
const n = Number(values.n);
const root = resolve(import.meta.dirname, '..');
const realDir = join(root, 'content', 'entries');

// The synthetic entries list symptom classes of their own, and the taxonomy module reads a corpus's
// classes from KB_CONTENT_DIR when it loads (as the site build does): so this process writes the
// tree and measures in a child that starts with KB_CONTENT_DIR pointing at it.
if (values.tree === undefined) {
  const tree = mkdtempSync(join(tmpdir(), 'kb-search-index-'));
  try {
    writeSyntheticTree(tree, n, harvestVocabulary(realEntryTexts(join(root, 'content'))), { real: join(root, 'content') });
    const child = spawnSync(process.execPath, [import.meta.filename, '--n', String(n), '--tree', tree], {
      stdio: 'inherit',
      env: { ...process.env, KB_CONTENT_DIR: tree },
    });
    process.exitCode = child.status ?? 1;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
  process.exit();
}
const tree = values.tree;
const realCount = Math.max(...LANGS.map((lang) => readdirSync(join(realDir, lang)).length));
const { entries, problems } = await loadContent(tree);
if (problems.length) throw new Error(`synthetic content has problems: ${problems[0]!.file} ${problems[0]!.field}`);

interface Query {
  lang: Lang;
  q: string;
  expect: string[];
  half?: string;
}
const sets: [string, Query[]][] = ['search-queries.json', 'search-queries.heldout.json'].map((f) => [
  f.includes('heldout') ? 'held-out' : 'tuning',
  (JSON.parse(readFileSync(join(root, 'tests', f), 'utf8')) as { queries: Query[] }).queries,
]);
const reports = (JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search-reports.json'), 'utf8')) as { queries: Query[] }).queries;
for (const half of ['tuning', 'held-out']) sets.push([`reports ${half}`, reports.filter((q) => q.half === half)]);

function files(lang: Lang): Map<string, unknown> {
  return searchIndexFiles(lang, languageIndexEntries(lang, entries));
}

/** Our index alone: Pagefind finds nothing. */
const noPagefind: PagefindPort = {
  search: async () => [],
  data: async (id) => {
    throw new Error(`no Pagefind result ${id}`);
  },
};
const urls = makeUrls('/');

const configs: [string, QueryLimits][] = [
  ['as shipped (30 candidates, 16 shards)', {}],
  ['no per-query limits', { candidates: 1_000, maxShards: Infinity }],
];
console.log(`${n} synthetic + ${realCount} real entries; our index alone (no Pagefind); ${sets.map(([s, q]) => `${s} ${q.length}`).join(', ')} queries\n`);
const jsonByLang = new Map(LANGS.map((lang) => [lang, indexJson(files(lang))]));
const gz = new Map(LANGS.map((lang) => [lang, new Map([...jsonByLang.get(lang)!].map(([k, text]) => [k, gzipSync(text).length]))]));
for (const [name, opts] of configs) {
  const parts: string[] = [];
  const bytes: number[] = [];
  for (const [set, queries] of sets) {
    let hit1 = 0;
    let hit3 = 0;
    let marked = 0;
    let saidNone = 0;
    const answerable = queries.filter((q) => q.expect.length > 0).length;
    const noMatch = queries.length - answerable;
    for (const q of queries) {
      const fetched: string[] = [];
      const store = await SearchStore.open(memoryLoader(jsonByLang.get(q.lang)!, fetched));
      const { items, verdict } = await search(q.q, { store, pagefind: noPagefind, urls, lang: q.lang }, opts);
      const ids = items.map((r) => r.entry.id);
      if (q.expect.length === 0) {
        if (verdict === 'none') saidNone++;
      } else {
        if (q.expect.includes(ids[0]!)) hit1++;
        if (ids.slice(0, 3).some((id) => q.expect.includes(id))) hit3++;
        if (items.some((r) => q.expect.includes(r.entry.id) && r.match !== 'related')) marked++;
      }
      bytes.push(fetched.reduce((a, f) => a + (gz.get(q.lang)!.get(f) ?? 0), 0));
    }
    const f2 = (x: number, of: number) => (x / (of || 1)).toFixed(2);
    const none = noMatch > 0 ? ` marked ${f2(marked, answerable)} none ${f2(saidNone, noMatch)}` : '';
    parts.push(`${set} hit@1 ${f2(hit1, answerable)} hit@3 ${f2(hit3, answerable)}${none}`);
  }
  bytes.sort((a, b) => a - b);
  const kb = (b: number) => formatBytes(b, { unit: 'KB' });
  console.log(`${name}: ${parts.join(', ')}`);
  console.log(`  index bytes per first query, gzip: median ${kb(bytes[bytes.length >> 1]!)}, p90 ${kb(bytes[Math.floor(bytes.length * 0.9)]!)}, max ${kb(bytes[bytes.length - 1]!)}`);
}
