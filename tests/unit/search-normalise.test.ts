// Text normalisation shared by the index and the queries (src/lib/search/normalise.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capText, MAX_ANALYSED, matchKey, normalise } from '../../src/lib/search/normalise.ts';

test('normalise: full-width to half-width, case, 登陆 → 登录, Traditional → Simplified', () => {
  assert.equal(normalise('ＦＡＴＡＬ　Ｅｘｉｔｅｄ'), 'fatal exited');
  assert.equal(normalise('登陆失败'), '登录失败');
  assert.equal(normalise('登錄頁面無限跳轉'), '登录页面无限跳转');
  assert.equal(normalise('Licence  EXPIRED'), 'license expired');
  assert.equal(normalise(normalise('登陸 ＡＢＣ')), normalise('登陸 ＡＢＣ'));
});

test('matchKey: spacing around punctuation and full-width commas do not matter', () => {
  assert.equal(matchKey('"code": "20004"'), matchKey('"code":"20004"'));
  assert.equal(matchKey('Not found, component class not found'), matchKey('Not found，component class not found'));
});

test('capText keeps the head and the (longer) tail of a huge paste', () => {
  const big = `HEAD${'x'.repeat(MAX_ANALYSED * 2)}TAIL`;
  const capped = capText(big);
  assert.ok(capped.length <= MAX_ANALYSED + 1);
  assert.ok(capped.startsWith('HEAD') && capped.endsWith('TAIL'));
  assert.equal(capText('short'), 'short');
});
