// How sure search is (src/lib/search/confidence.ts): exact when an error string of the entry is in
// the query, likely on strong evidence, related otherwise; "none" when nothing is exact or likely.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderByConfidence, type Confidence } from '../../src/lib/search/confidence.ts';
import { TUNING } from '../../src/lib/search/tuning.ts';
import { FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { fakePagefind, memoryStore, searchWith } from '../helpers/search-store.ts';

const { store } = await memoryStore(FIXTURE_LANG, FIXTURE);
const run = (q: string) => searchWith(store, 'zh', q);
const levelOf = async (q: string, id: string) => (await run(q)).items.find((i) => i.entry.id === id)?.match;

test('an error string of the entry in the query is exact, wherever it sits in a paste', async () => {
  const log = ['2026-03-14 10:21:33 INFO agent starting', '2026-03-14 10:21:34 ERROR 10.0.3.21 license expired (trace 3f9a1c77e0b2)', 'exit 1'].join('\n');
  const out = await run(log);
  assert.equal(out.items[0]?.entry.id, 'PAAS-007');
  assert.equal(out.items[0]?.match, 'exact');
  assert.equal(out.verdict, 'match');
});

test('the entry’s own words or its symptom phrasing, without an error string, are likely', async () => {
  assert.equal(await levelOf('登录无限跳转', 'PAAS-028'), 'likely');
  assert.equal(await levelOf('Chrome says paas.bk.com redirected you too many times', 'PAAS-028'), 'likely');
  assert.equal(await levelOf('mysql 连不上', 'PAAS-016'), 'likely');
});

test('a report about something no entry covers gets the verdict none, and at most a few related results', async () => {
  const report = [
    'RabbitMQ upgrade broke the celery workers of the monitoring SaaS',
    'amqp.exceptions.AccessRefused: (0, 0): (403) ACCESS_REFUSED - broker refused the vhost permissions',
    'kombu reconnecting in 2 seconds',
  ].join('\n');
  const out = await run(report);
  assert.equal(out.verdict, 'none');
  assert.ok(out.items.every((i) => i.match === 'related'));
  assert.ok(out.items.length <= TUNING.results.relatedLimit);
});

test('a word or a generic error an entry shares, said of a product no entry is about, is no match', async () => {
  // The same words said of what the entry is about are.
  assert.equal(await levelOf('paas_agent 起不来', 'PAAS-007'), 'likely');
  assert.equal((await run('mongodb 起不来')).verdict, 'none');
  assert.equal(await levelOf('mysql connection refused', 'PAAS-016'), 'likely');
  assert.equal((await run('redis connection refused')).verdict, 'none');
  assert.equal((await run('redis 连不上')).verdict, 'none');
});

test('a paste or a typed query shows its answers and at most a few related entries', async () => {
  const out = await run('paas_agent 起不来\nE1204 10:21:33.412345   23145 main.go:61] license expired, exit');
  assert.equal(out.items[0]?.match, 'exact');
  assert.ok(out.items.filter((i) => i.match === 'related').length <= TUNING.results.relatedLimit);
  const typed = await run('paas_agent 起不来');
  assert.equal(typed.items[0]?.match, 'likely');
  assert.ok(typed.items.filter((i) => i.match === 'related').length <= TUNING.results.relatedLimit);
});

test('a query that only names what an entry is called is likely for it, however common its words', async () => {
  assert.equal(await levelOf('paas_agent', 'PAAS-007'), 'likely');
  // `agent` is in two entries' names here: not a rare word, yet the query names nothing else.
  assert.equal(await levelOf('agent', 'PAAS-007'), 'likely');
});

test('an identifier that is an entry’s topic, only inside log lines about something else, does not make that entry likely', async () => {
  const report = [
    '登录后又回到登录页，反复循环',
    '[2026-12-04 10:21:33,123] INFO [views.py:88] user admin login success, bk_token=1f2e3d4c5b6a',
    '[2026-12-04 10:21:33,623] INFO [views.py:88] user admin login success, bk_token=6a5b4c3d2e1f',
  ].join('\n');
  const out = await run(report);
  assert.equal(out.items[0]?.entry.id, 'PAAS-028');
  assert.notEqual(out.items.find((i) => i.entry.id === 'PAAS-014')?.match ?? 'related', 'likely');
});

test('a paste never lists more than the paste limit; an empty query has nothing and says none', async () => {
  const paste = Array.from({ length: 30 }, (_, i) => `line ${i} license mysql 日志 登录 组件 agent`).join('\n');
  const out = await searchWith(store, 'zh', paste, {}, fakePagefind());
  assert.ok(out.items.length <= TUNING.results.pasteLimit);
  assert.deepEqual(await run('  '), { query: '  ', items: [], verdict: 'none' });
});

test('order: exact before likely before related; among exact or likely, stronger evidence first', () => {
  const c: Confidence = {
    levels: new Map([
      ['A', 'related'],
      ['B', 'likely'],
      ['C', 'likely'],
      ['D', 'exact'],
    ]),
    strength: new Map([
      ['B', 1],
      ['C', 3],
    ]),
    verdict: 'match',
  };
  assert.deepEqual(
    orderByConfidence([{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D' }], c).map((r) => r.id),
    ['D', 'C', 'B', 'A'],
  );
});
