// Text normalisation shared by the index and the queries (src/lib/search/normalise.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capText, distinctByWidth, foldWidth, widthKey, MAX_ANALYSED, matchKey, normalise } from '../../src/lib/search/normalise.ts';

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
  // A Python exception's argument tuple as printed, and as an FAQ typed it with a Chinese input method.
  assert.equal(matchKey(`(2003, "Can't connect to MySQL server`), matchKey(`(2003，"Can't connect to MySQL server`));
});

test('capText keeps the head and the (longer) tail of a huge paste', () => {
  const big = `HEAD${'x'.repeat(MAX_ANALYSED * 2)}TAIL`;
  const capped = capText(big);
  assert.ok(capped.length <= MAX_ANALYSED + 1);
  assert.ok(capped.startsWith('HEAD') && capped.endsWith('TAIL'));
  assert.equal(capText('short'), 'short');
});

test('foldWidth folds full-width forms and nothing else (case, script and spacing stay)', () => {
  assert.equal(foldWidth('sid or token is not valid，please check'), 'sid or token is not valid,please check');
  assert.equal(foldWidth('ＡＢＣ：１２３'), 'ABC:123');
  assert.equal(foldWidth('登陸 Failed  x'), '登陸 Failed  x');
});

test('widthKey: width and the spacing it brings do not matter; case and wording do', () => {
  assert.equal(widthKey('sid or token is not valid，please check'), widthKey('sid or token is not valid, please check'));
  assert.equal(widthKey('"code"：  "20004"'), widthKey('"code":"20004"'));
  assert.notEqual(widthKey('license expired'), widthKey('License expired'));
  assert.notEqual(widthKey('登陆失败'), widthKey('登录失败'));
});

test('distinctByWidth shows one of the forms that differ only in width, the first listed, in order', () => {
  const list = ['sid or token is not valid，please check', 'license expired', 'sid or token is not valid, please check', 'License expired'];
  assert.deepEqual(distinctByWidth(list), ['sid or token is not valid，please check', 'license expired', 'License expired']);
  assert.deepEqual(distinctByWidth([]), []);
});
