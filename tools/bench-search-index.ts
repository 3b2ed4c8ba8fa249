// `npm run bench:search-index [-- --n 10000]`: search quality and bytes of our own index at scale,
// without a browser or Pagefind. Writes N synthetic entries plus the 28 real ones into a temporary
// tree, builds the sharded index in memory the way the site does, and runs the 139 real queries
// (tests/search-queries*.json) through understand() + rank() with a fresh cache per query: hit@1,
// hit@3 and the gzip bytes of the index files each first query fetched. A second row lifts the
// per-query limits (candidates, shards) to show what they cost. Decision 0402 has the figures.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { rank } from '../src/lib/search/engine.ts';
import { indexEntries, type EntrySource } from '../src/lib/search/index-entry.ts';
import { buildShardedIndex, indexFiles } from '../src/lib/search/sharded-index.ts';
import { SearchStore, understand } from '../src/lib/search/store.ts';
import { LANGS, otherLang, type Lang } from '../src/lib/taxonomy.ts';
import { loadRecords } from './lib/load-records.ts';
import { harvestVocabulary, syntheticEntry } from './lib/synthetic-corpus.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '10000' } } });
const n = Number(values.n);
const root = resolve(import.meta.dirname, '..');
const realDir = join(root, 'content', 'entries');

const texts: { lang: Lang; text: string }[] = [];
for (const lang of LANGS) for (const f of readdirSync(join(realDir, lang))) texts.push({ lang, text: readFileSync(join(realDir, lang, f), 'utf8') });
const vocab = harvestVocabulary(texts);
const tree = mkdtempSync(join(tmpdir(), 'kb-search-index-'));
process.on('exit', () => rmSync(tree, { recursive: true, force: true }));
for (let i = 0; i < n; i++) {
  for (const f of syntheticEntry(i, vocab)) {
    mkdirSync(dirname(join(tree, f.path)), { recursive: true });
    writeFileSync(join(tree, f.path), f.text);
  }
}
for (const lang of LANGS) {
  mkdirSync(join(tree, 'entries', lang), { recursive: true });
  for (const f of readdirSync(join(realDir, lang))) writeFileSync(join(tree, 'entries', lang, f), readFileSync(join(realDir, lang, f)));
}
const { records, problems } = await loadRecords(tree, (f) => readFile(f, 'utf8'));
if (problems.length) throw new Error(`synthetic content has problems: ${problems[0]!.file} ${problems[0]!.field}`);

interface Query {
  lang: Lang;
  q: string;
  expect: string[];
}
const sets: [string, Query[]][] = ['search-queries.json', 'search-queries.heldout.json'].map((f) => [
  f.includes('heldout') ? 'held-out' : 'tuning',
  (JSON.parse(readFileSync(join(root, 'tests', f), 'utf8')) as { queries: Query[] }).queries,
]);

function files(lang: Lang): Map<string, unknown> {
  const of = (l: Lang): EntrySource[] =>
    records
      .filter((r) => r.lang === l)
      .map((r) => ({ slug: r.slug, contentLang: r.lang, data: r.data }))
      .sort((a, b) => a.data.id.localeCompare(b.data.id, 'en', { numeric: true }));
  return indexFiles(buildShardedIndex(lang, indexEntries(lang, of(lang), new Map(of(otherLang(lang)).map((e) => [e.data.id, e])))));
}

const configs: [string, { candidates?: number; maxShards?: number }][] = [
  ['as shipped (30 candidates, 16 shards)', {}],
  ['no per-query limits', { candidates: 1_000, maxShards: Infinity }],
];
console.log(`${n} synthetic + 28 real entries; our index alone (no Pagefind); ${sets.map(([s, q]) => `${s} ${q.length}`).join(', ')} queries\n`);
const byLang = new Map(LANGS.map((lang) => [lang, files(lang)]));
const gz = new Map(LANGS.map((lang) => [lang, new Map([...byLang.get(lang)!].map(([k, v]) => [k, gzipSync(JSON.stringify(v)).length]))]));
for (const [name, opts] of configs) {
  const parts: string[] = [];
  const bytes: number[] = [];
  for (const [set, queries] of sets) {
    let hit1 = 0;
    let hit3 = 0;
    for (const q of queries) {
      const fetched: string[] = [];
      const all = byLang.get(q.lang)!;
      const store = await SearchStore.open(async (path) => {
        fetched.push(path);
        if (!all.has(path)) throw new Error(`404 ${path}`);
        return all.get(path);
      });
      const { analysis, view } = await understand(q.q, store, opts);
      const ids = rank(analysis, view, { strict: [], relaxed: [] }).map((r) => r.id);
      if (q.expect.includes(ids[0]!)) hit1++;
      if (ids.slice(0, 3).some((id) => q.expect.includes(id))) hit3++;
      bytes.push(fetched.reduce((a, f) => a + (gz.get(q.lang)!.get(f) ?? 0), 0));
    }
    parts.push(`${set} hit@1 ${(hit1 / queries.length).toFixed(2)} hit@3 ${(hit3 / queries.length).toFixed(2)}`);
  }
  bytes.sort((a, b) => a - b);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log(`${name}: ${parts.join(', ')}`);
  console.log(`  index bytes per first query, gzip: median ${kb(bytes[bytes.length >> 1]!)}, p90 ${kb(bytes[Math.floor(bytes.length * 0.9)]!)}, max ${kb(bytes[bytes.length - 1]!)}`);
}
