// The search the reader sees (src/lib/search/pipeline.ts), with Pagefind faked: ranking, limits,
// when Pagefind is asked again with fewer words, the component filter, which Pagefind-only results
// may show, and where each result links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import { TUNING } from '../../src/lib/search/tuning.ts';
import { makeUrls } from '../../src/lib/urls.ts';
import { entry, FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { fakePagefind, memoryStore, searchWith, type FakeResult } from '../helpers/search-store.ts';

const R = TUNING.results;
const fixture = await memoryStore(FIXTURE_LANG, FIXTURE);
const ids = async (q: string, opts = {}, pf = fakePagefind()) => (await searchWith(fixture.store, 'zh', q, opts, pf)).items.map((i) => i.entry.id);

/** Entries with the word `common` in every symptom and one error string they all print, in two components. */
function many(n: number): IndexEntry[] {
  return Array.from({ length: n }, (_, i) =>
    entry(`PAAS-${1000 + i}`, {
      title: `service${i}`,
      symptom: `common failure ${i}`,
      component: i % 2 ? 'esb' : 'paas',
      signatures: [['common failure of every service', '']],
    }),
  );
}
const big = many(R.limit * 2);
/**
 * An entry whose title says the made-up words the Pagefind tests search for: it answers them, so the
 * page is not in its "no entry matches" state and lists what Pagefind found beside it.
 */
const anchor = entry('PAAS-0999', { title: 'zzqx qqvw zzqa zzqb zzqc zzqd' });
const bigStore = await memoryStore('en', [...big, anchor]);
const others = (items: { entry: { id: string } }[]) => items.map((i) => i.entry.id).filter((id) => id !== anchor.id);
const componentOf = (id: string) => big.find((e) => e.id === id)?.component;

/** Pagefind results for entries of `big`, marking `word` in each excerpt. */
const pfResults = (from: number, count: number, word: string): FakeResult[] =>
  Array.from({ length: count }, (_, i) => ({ id: `en_${from + i}`, entryId: big[from + i]!.id, excerpt: `x <mark>${word}</mark> y` }));

test('our own index ranks the right entry first for pastes, variants, misspellings and aliases', async () => {
  const log = ['2026-03-14 10:21:33 INFO agent starting pid 2231', '2026-03-14 10:21:34 ERROR 10.0.3.21 license expired (trace 3f9a1c77e0b2)'].join('\n');
  assert.equal((await ids(log))[0], 'PAAS-007');
  assert.equal((await ids('{"result": false, "message": "Not found, component class not found, generic.v2.cc.search_host", "request_id": "c1d2e3f4a5b64c7d"}'))[0], 'PAAS-012');
  assert.equal((await ids("django.db.utils.OperationalError: (2003, \"Can't connect to MySQL server on '10.0.1.12' ([Errno 111] Connection refused)\")"))[0], 'PAAS-016');
  assert.equal((await ids('sid or token is not valid, please check'))[0], 'PAAS-007');
  assert.equal((await ids('登錄頁面無限跳轉'))[0], 'PAAS-028');
  assert.equal((await ids('登陆循环'))[0], 'PAAS-028');
  assert.equal((await ids('paas_agnet licence expird'))[0], 'PAAS-007');
  assert.equal((await ids('mysql 连不上'))[0], 'PAAS-016');
  assert.equal((await ids('where are the logs'))[0], 'PAAS-004');
  assert.equal((await ids('PAAS-028'))[0], 'PAAS-028');
  assert.deepEqual(await ids('   '), []);
});

test('at most `limit` results: the page’s default, or the popup’s', async () => {
  const all = await searchWith(bigStore.store, 'en', 'common failure of every service');
  assert.equal(all.items.length, R.limit);
  const popup = await searchWith(bigStore.store, 'en', 'common failure of every service', { limit: R.popupLimit });
  assert.equal(popup.items.length, R.popupLimit);
  assert.deepEqual(
    popup.items.map((i) => i.entry.id),
    all.items.slice(0, R.popupLimit).map((i) => i.entry.id),
  );
});

test('Pagefind’s strict answer counts up to its first few results; enough of them and it is not asked again', async () => {
  const pf = fakePagefind({ zzqx: pfResults(0, R.strict + 4, 'zzqx') });
  // Every result Pagefind's lists bring in, not only the few related ones a reader is shown.
  const out = await searchWith(bigStore.store, 'en', 'zzqx', { related: Infinity }, pf);
  assert.deepEqual(
    others(out.items),
    big.slice(0, R.strict).map((e) => e.id),
  );
  assert.deepEqual(pf.asked.map((a) => a.query), ['zzqx']);
});

test('a strict answer with too few results relaxes to one word per query, each read to its first few', async () => {
  const strictFound = R.relaxBelow - 1;
  const pf = fakePagefind({
    'zzqx qqvw': pfResults(0, strictFound, 'zzqx'),
    qqvw: pfResults(10, R.relaxed + 3, 'qqvw'),
  });
  const out = await searchWith(bigStore.store, 'en', 'zzqx qqvw', { related: Infinity }, pf);
  assert.deepEqual(pf.asked.map((a) => a.query).sort(), ['qqvw', 'zzqx', 'zzqx qqvw']);
  const shown = new Set(others(out.items));
  assert.equal(shown.size, strictFound + R.relaxed);
  for (const e of big.slice(10 + R.relaxed, 10 + R.relaxed + 3)) assert.ok(!shown.has(e.id), `${e.id} is past the relaxed limit`);

  const enough = fakePagefind({ 'zzqx qqvw': pfResults(0, R.relaxBelow, 'zzqx') });
  await searchWith(bigStore.store, 'en', 'zzqx qqvw', {}, enough);
  assert.deepEqual(enough.asked.map((a) => a.query), ['zzqx qqvw']);
});

test('a query of many terms asks the relaxed queries at once, whatever the strict one finds', async () => {
  const q = 'zzqa_zzqb zzqc_zzqd';
  const pf = fakePagefind({ [q]: pfResults(0, R.strict, 'zzqa') });
  await searchWith(bigStore.store, 'en', q, {}, pf);
  assert.ok(pf.asked.length > 1, pf.asked.map((a) => a.query).join(' | '));
});

test('a long typed query asks Pagefind about its most telling word only, once', async () => {
  const pf = fakePagefind();
  await searchWith(bigStore.store, 'en', 'zzqa zzqb zzqc zzqd service3 failure', {}, pf);
  assert.equal(pf.asked.length, 1, pf.asked.map((a) => a.query).join(' | '));
  assert.equal(pf.asked[0]!.query.split(' ').length, TUNING.pagefind.longQueryWords);
});

test('a paste asks Pagefind nothing', async () => {
  const pf = fakePagefind();
  await searchWith(bigStore.store, 'en', '2026-12-04 10:21:33 ERROR service3 common failure\nat worker.run\nexit 1', {}, pf);
  assert.deepEqual(pf.asked, []);
});

test('a component filter reaches Pagefind and keeps our own matches of other components out', async () => {
  const pf = fakePagefind({ 'common failure': pfResults(0, R.strict, 'common') }, componentOf);
  const out = await searchWith(bigStore.store, 'en', 'common failure', { component: 'esb' }, pf);
  assert.ok(out.items.length > 0);
  assert.ok(out.items.every((i) => i.entry.component === 'esb'));
  assert.ok(pf.asked.every((a) => a.component === 'esb'));
  const mysql = await ids('[Errno 111] Connection refused', { component: 'esb' });
  assert.ok(!mysql.includes('PAAS-016'));
});

test('a result only Pagefind found shows only if its excerpt marks a real word; our own matches always show', async () => {
  const pf = fakePagefind({
    zzqx: [
      { id: 'en_a', entryId: big[0]!.id, excerpt: 'x <mark>-w</mark> y' },
      { id: 'en_b', entryId: big[1]!.id, excerpt: 'x <mark>zzqx</mark> y' },
      { id: 'en_c', entryId: big[2]!.id, excerpt: 'x <mark>z</mark> y' },
    ],
  });
  assert.deepEqual(
    others((await searchWith(bigStore.store, 'en', 'zzqx', {}, pf)).items),
    [big[1]!.id],
  );
  // Our index finds `service3` itself: a poor excerpt does not hide it, and it shows no excerpt.
  const ours = fakePagefind({ service3: [{ id: 'en_d', entryId: big[3]!.id, excerpt: 'x <mark>-w</mark> y' }] });
  const out = await searchWith(bigStore.store, 'en', 'service3', {}, ours);
  assert.equal(out.items[0]?.entry.id, big[3]!.id);
  assert.equal(out.items[0]?.excerptHtml, null);
});

test('excerpts are fetched for the first few results only', async () => {
  const pf = fakePagefind({ 'common failure': pfResults(0, R.strict, 'common') });
  const out = await searchWith(bigStore.store, 'en', 'common failure', {}, pf);
  const withExcerpt = out.items.filter((i) => i.excerptHtml !== null).length;
  assert.ok(withExcerpt > 0 && withExcerpt <= R.excerpts, `${withExcerpt} excerpts`);
  assert.ok(out.items.slice(R.excerpts).every((i) => i.excerptHtml === null));
});

test('links: the cause a signature names, the matched causes, the other-language mark', async () => {
  const urls = makeUrls('/');
  const [first] = (await searchWith(fixture.store, 'zh', 'ERROR license expired')).items;
  assert.equal(first!.entry.id, 'PAAS-007');
  assert.equal(first!.href, urls.entry('zh', 'paas-007', 'license-expired'));
  assert.equal(first!.causes[0]?.href, urls.entry('zh', 'paas-007', 'license-expired'));
  assert.equal(first!.causes[0]?.title, '证书过期 The license has expired');
  assert.equal(first!.otherLang, 'en', 'the fixture is written in English, searched from the Chinese site');
  assert.ok(first!.highlight.includes('license expired'));
  const [plain] = (await searchWith(fixture.store, 'zh', 'where are the logs')).items;
  assert.equal(plain!.href, urls.entry('zh', 'paas-004'));
});
