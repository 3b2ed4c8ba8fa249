// Scoring, fusion and what a result shows (src/lib/search/score.ts, fuse.ts, present.ts,
// pagefind.ts): the pieces the pipeline puts together.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuse, rank } from '../../src/lib/search/fuse.ts';
import { marksAWord, pagefindPlan } from '../../src/lib/search/pagefind.ts';
import { highlightWords, matchedCauses } from '../../src/lib/search/present.ts';
import { fieldRank, signatureRank } from '../../src/lib/search/score.ts';
import { understand } from '../../src/lib/search/store.ts';
import { TUNING } from '../../src/lib/search/tuning.ts';
import { FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { memoryStore } from '../helpers/search-store.ts';

const { store } = await memoryStore(FIXTURE_LANG, FIXTURE);

test('fuse: reciprocal ranks add up across lists, weighted', () => {
  const out = fuse([
    { ids: ['A', 'B'], weight: 1 },
    { ids: ['B', 'C'], weight: 1 },
  ]);
  assert.equal(out[0]!.id, 'B');
  assert.equal(fuse([{ ids: ['A'], weight: 1 }, { ids: ['B'], weight: 3 }])[0]!.id, 'B');
});

test('rank: a strong signature hit outweighs Pagefind’s first result', async () => {
  const u = await understand('[Errno 111] Connection refused', store);
  assert.ok(signatureRank(u.matches)[0]!.score >= TUNING.fusion.strongSignatureScore);
  const ranked = rank(u.analysis, u.matches, u.view, { strict: ['PAAS-004', 'PAAS-016'], relaxed: [] });
  assert.equal(ranked[0]!.id, 'PAAS-016');
});

test('fieldRank scores only matched entries, and finds nothing for unrelated words', async () => {
  const u = await understand('mysql 连不上', store);
  assert.equal(fieldRank(u.analysis, u.matches, u.view)[0]?.id, 'PAAS-016');
  const none = await understand('完全无关的东西 zzzz', store);
  assert.deepEqual(fieldRank(none.analysis, none.matches, none.view), []);
});

test('matchedCauses: signature hits first, then causes whose title words the query uses', async () => {
  const sig = await understand('ERROR license expired', store);
  assert.equal(matchedCauses('PAAS-007', sig.analysis, sig.matches, sig.view)[0], 'license-expired');
  const words = await understand('证书 MAC 地址', store);
  assert.ok(matchedCauses('PAAS-007', words.analysis, words.matches, words.view).includes('license-mac-mismatch'));
  assert.deepEqual(matchedCauses('PAAS-999', sig.analysis, sig.matches, sig.view), []);
});

test('highlightWords: whole signatures first, then words the index knows', async () => {
  const u = await understand('ERROR license expired zzzz', store);
  const words = highlightWords(u.analysis, u.matches);
  assert.equal(words[0], 'license expired');
  assert.ok(!words.includes('zzzz'));
  assert.ok(words.length <= TUNING.highlight.words);
});

test('pagefindPlan: a paste becomes a few informative terms, a short query stays as typed', async () => {
  const paste = await understand('Traceback (most recent call last):\n  File "/x/y/z/base.py", line 3, in connect\nOperationalError: mysql connection refused 10.0.0.1', store);
  const plan = pagefindPlan(paste.analysis);
  assert.ok(plan.strict.split(' ').filter(Boolean).length <= TUNING.pagefind.pasteWords);
  assert.doesNotMatch(plan.strict, /10\.0\.0\.1|traceback/);
  assert.equal(pagefindPlan((await understand('license expired', store)).analysis).strict, 'license expired');
});

test('pagefindPlan: a long typed query, Chinese or English, asks Pagefind about its few most telling words only', async () => {
  for (const q of ['登录页面无限跳转 反复跳回登录页面', 'paas_agent will not start after the license expired on the mac']) {
    const plan = pagefindPlan((await understand(q, store)).analysis);
    const words = plan.strict.split(' ').filter(Boolean);
    assert.ok(words.length >= 1 && words.length <= TUNING.pagefind.longQueryWords, `${q} → ${plan.strict}`);
    for (const r of plan.relaxed) assert.ok(words.includes(r), `${r} is one of the strict words`);
  }
});

test('marksAWord: a mark around two letters or a CJK character counts, around punctuation and one letter not', () => {
  assert.equal(marksAWord('a <mark>license</mark> b'), true);
  assert.equal(marksAWord('<mark>登</mark>录'), true);
  assert.equal(marksAWord('x <mark>-w</mark> y'), false);
  assert.equal(marksAWord('no marks'), false);
});
