// The sharded search index (decision 0402): a query fetches only the files it needs, and ranks
// exactly as it would with the whole index in one piece.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LANGS, type Lang } from '../../src/lib/locales.ts';
import { languageIndexEntries } from '../../src/lib/search/build.ts';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import {
  buildShardedIndex,
  packPostings,
  pagefindFileOf,
  shardOf,
  unpackPostings,
} from '../../src/lib/search/sharded-index.ts';
import { CANDIDATES, MAX_SHARDS_PER_QUERY, understand, type SearchStore } from '../../src/lib/search/store.ts';
import { memoryStore, searchWith } from '../helpers/search-store.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const real = await loadRealContent();
function realIndex(lang: Lang): IndexEntry[] {
  return languageIndexEntries(lang, real.entries);
}

interface Query {
  lang: Lang;
  q: string;
  expect: string[];
}
const queries: Query[] = [];
for (const file of ['../search-queries.json', '../search-queries.heldout.json']) {
  queries.push(...(JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8')) as { queries: Query[] }).queries);
}

/** What a reader sees from our index alone (Pagefind finds nothing): the top five and their causes. */
async function answer(store: SearchStore, lang: Lang, q: string, maxShards?: number): Promise<string[]> {
  const { items } = await searchWith(store, lang, q, { maxShards });
  return items.slice(0, 5).map((r) => `${r.entry.id}[${r.causes.map((c) => c.key).join(',')}]`);
}

/** Synthetic records: `common` in every entry's symptom, `word<i>` in entry i's title only. */
function synthetic(n: number): IndexEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `PAAS-${10000 + i}`,
    slug: `s-${i}`,
    title: `word${i} service`,
    component: 'paas',
    componentLabel: 'PaaS',
    contentLang: 'en',
    symptom: `common failure number ${i}`,
    causes: [{ key: 'c1', title: `cause of word${i}` }],
    signatures: [[`module_${i}: connection refused`, 'c1']],
    fields: { title: `word${i} service`, alias: [`alias${i}`], symptom: `common failure number ${i}`, cause: [[`cause of word${i}`]], phrasing: [] },
  }));
}

test('postings survive packing; terms hash to a stable shard in range', () => {
  const postings = [
    { index: 0, weight: 12 },
    { index: 3, weight: 2.5 },
    { index: 4, weight: 1.2 },
    { index: 900, weight: 1 },
  ];
  assert.deepEqual(unpackPostings(packPostings(postings)), postings);
  assert.throws(() => packPostings([{ index: 1, weight: 7 }]), /no weight code/);
  for (const term of ['paas', '登录', 'paas_agent.license', 'x']) {
    const s = shardOf(term, 64);
    assert.ok(s >= 0 && s < 64);
    assert.equal(shardOf(term, 64), s);
    assert.equal(shardOf(term, 1), 0);
  }
  assert.equal(pagefindFileOf('en_0481b31', 0), 'all');
  assert.equal(pagefindFileOf('en_0481b31', 2), '04');
});

test('the real corpus builds small: one record file, a shard or two, every term in its own shard', () => {
  for (const lang of LANGS) {
    // Every entry has a record in every language: its own text or a fallback, as the pages show it.
    const own = real.entries.length;
    const built = buildShardedIndex(lang, realIndex(lang));
    assert.equal(built.manifest.n, own);
    assert.equal(built.chunks.length, 1, `all ${own} records in one file`);
    assert.ok(built.manifest.shards <= 4, `shards: ${built.manifest.shards}`);
    built.shards.forEach((file, s) => {
      for (const term of Object.keys(file)) assert.equal(shardOf(term, built.manifest.shards), s, term);
    });
  }
});

test('a large corpus splits into many small shards and one record file per entry; common terms keep every posting', () => {
  const built = buildShardedIndex('en', synthetic(12_000));
  const { manifest } = built;
  assert.equal(manifest.chunk, 1);
  assert.equal(built.chunks.length, 12_000);
  assert.ok(manifest.shards >= 64, `shards: ${manifest.shards}`);
  // A word in every entry still says which field it is in (dropping such postings left queries made
  // of common words with no candidates at all: decision 0402).
  const common = built.shards[shardOf('common', manifest.shards)]!['common']!;
  assert.equal(common[0], 12_000);
  const postings = unpackPostings(common, 1);
  assert.equal(postings.length, 12_000);
  assert.deepEqual(postings[11_999], { index: 11_999, weight: 1.2 });
  const rare = built.shards[shardOf('word77', manifest.shards)]!['word77']!;
  assert.equal(rare[0], 1);
  assert.deepEqual(unpackPostings(rare, 1), [{ index: 77, weight: 3 }]);
  // Shards hold about the target size, except the one a very common word lands in.
  const sizes = built.shards.map((s) => JSON.stringify(s).length).sort((a, b) => a - b);
  assert.ok(sizes[Math.floor(sizes.length / 2)]! < 16_000, `median shard ${sizes[Math.floor(sizes.length / 2)]} bytes`);
});

test('a short query fetches the manifest, its own shards and its candidates’ records, nothing else', async () => {
  const m = await memoryStore('en', synthetic(12_000));
  const shards = m.store.manifest.shards;
  const { items } = await searchWith(m.store, 'en', 'word77 connection refused');
  assert.equal(items[0]?.entry.id, 'PAAS-10077');
  const terms = new Set(['word77', 'connection', 'refus'].map((t) => shardOf(t, shards)));
  assert.deepEqual(
    m.fetched.filter((p) => p.startsWith('t/')).sort(),
    [...terms].map((s) => `t/${s}.json`).sort(),
  );
  const records = m.fetched.filter((p) => p.startsWith('e/'));
  assert.ok(records.length >= 1 && records.length <= CANDIDATES, `${records.length} record files`);
  assert.ok(records.includes('e/77.json'));
  assert.deepEqual(m.fetched.filter((p) => !/^(t|e)\//.test(p)), ['index.json']);
  // The whole first search from our index, in bytes (JSON, before gzip): a sliver of the index.
  const bytes = m.fetched.reduce((a: number, p) => a + JSON.stringify(m.files.get(p)).length, 0);
  const total = [...m.files.values()].reduce((a: number, f) => a + JSON.stringify(f).length, 0);
  assert.ok(bytes < total / 50, `${bytes} of ${total} bytes`);
});

test('a pasted log loads at most MAX_SHARDS_PER_QUERY shards, and answers the same whatever was cached', async () => {
  const lines = Array.from({ length: 400 }, (_, i) => `2026-12-04 10:21:${String(i % 60).padStart(2, '0')} INFO step${i} token${i * 7} ok`);
  lines.splice(200, 0, '2026-12-04 10:22:00 ERROR module_4242: connection refused');
  const paste = lines.join('\n');
  const cold = await memoryStore('en', synthetic(12_000), { shardBytes: 2_000 });
  assert.ok(cold.store.manifest.shards > MAX_SHARDS_PER_QUERY * 4);
  const first = await answer(cold.store, 'en', paste);
  assert.ok(first[0]?.startsWith('PAAS-14242'), first.join(' '));
  assert.ok(cold.fetched.filter((p) => p.startsWith('t/')).length <= MAX_SHARDS_PER_QUERY);
  // Warm the cache with other queries' shards; the answer to the paste must not change.
  for (let i = 0; i < 40; i++) await understand(`step${i * 9} token${i * 70} word${i}`, cold.store);
  assert.deepEqual(await answer(cold.store, 'en', paste), first);
});

test('a misspelt word loads the word list of its first letter only, and only if there is one', async () => {
  const m = await memoryStore('en', synthetic(2_000));
  const { analysis } = await understand('servcie', m.store);
  assert.equal(analysis.corrections.get('servcie'), 'service');
  assert.deepEqual(m.fetched.filter((p) => p.startsWith('v/')), ['v/s.json']);
  // No indexed word starts with j: no request for a file that does not exist (a 404 in the console).
  assert.ok(!m.store.manifest.vocab.includes('j'));
  const j = await understand('javascript jquery', m.store);
  assert.equal(j.analysis.corrections.size, 0);
  assert.deepEqual(m.fetched.filter((p) => p.startsWith('v/')), ['v/s.json']);
});

test('the real queries rank the same from one piece and from 1 KB shards with a file per record', async () => {
  let capped = 0;
  for (const lang of LANGS) {
    const entries = realIndex(lang);
    const whole = await memoryStore(lang, entries);
    const split = await memoryStore(lang, entries, { shardBytes: 1_000, singleChunkBytes: 0 });
    assert.ok(split.store.manifest.shards >= 32 && split.store.manifest.chunk === 1);
    for (const q of queries.filter((x) => x.lang === lang)) {
      const expected = await answer(whole.store, lang, q.q);
      // Splitting alone changes nothing…
      assert.deepEqual(await answer(split.store, lang, q.q, Infinity), expected, `${lang}: ${q.q.slice(0, 60)}`);
      // …and the per-query shard cap, which drops the least telling lines of a long paste, keeps
      // the first answer.
      const cappedAnswer = await answer(split.store, lang, q.q);
      assert.equal(cappedAnswer[0], expected[0], `capped, ${lang}: ${q.q.slice(0, 60)}`);
      if (cappedAnswer.join() !== expected.join()) capped++;
    }
  }
  assert.ok(capped > 0, 'no real query was long enough to meet the shard cap: the check above proves nothing');
});

test('our index alone already puts the expected entry in the top three for most real queries', async () => {
  let hits = 0;
  for (const lang of LANGS) {
    const { store } = await memoryStore(lang, realIndex(lang));
    for (const q of queries.filter((x) => x.lang === lang)) {
      const top3 = (await answer(store, lang, q.q)).slice(0, 3).map((a) => a.slice(0, a.indexOf('[')));
      if (top3.some((id) => q.expect.includes(id))) hits++;
    }
  }
  // Pagefind's lists add the page bodies in the browser (npm run bench:search); a broken shard or
  // record file would show here first.
  assert.ok(hits / queries.length >= 0.97, `hit@3 without Pagefind: ${hits}/${queries.length}`);
});

test('shard files are plain data: no prototype keys leak into lookups', async () => {
  const entries = synthetic(50);
  const m = await memoryStore('en', entries);
  const view = m.store.view();
  await m.store.loadTerms(['constructor', '__proto__', 'tostring']);
  for (const t of ['constructor', '__proto__', 'tostring']) assert.deepEqual(view.term(t), { df: 0, postings: [] });
});
