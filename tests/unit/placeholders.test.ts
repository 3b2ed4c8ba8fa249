// Placeholders: found in text; the reader's values kept to one safe line.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanValue, findPlaceholders, parseStoredValues, withLayout } from '../../src/lib/placeholders.ts';
import { placeholders } from '../../src/lib/taxonomy.ts';

const tokens = placeholders.map(({ token, name }) => ({ token, name }));

test('finds every kind of token, left to right', () => {
  const text = 'curl http://{PAAS_DOMAIN}/ && ls ${PAAS_ROOT}/apps/logs/{app_code}/ && ping <paas_ip>';
  assert.deepEqual(findPlaceholders(text, tokens).map((h) => [text.slice(h.start, h.end), h.name]), [
    ['{PAAS_DOMAIN}', 'PAAS_DOMAIN'],
    ['${PAAS_ROOT}', 'PAAS_ROOT'],
    ['{app_code}', 'app_code'],
    ['<paas_ip>', 'paas_ip'],
  ]);
});

test('near misses are not placeholders', () => {
  assert.deepEqual(findPlaceholders('$PAAS_ROOT {paas_domain} <paas-ip> {包名} $PAAS_IP', tokens), []);
});

test('values lose newlines and control characters (a pasted newline would run a command)', () => {
  assert.equal(cleanValue('/data/bkce\nrm -rf /'), '/data/bkcerm -rf /');
  assert.equal(cleanValue('  10.0.0.1\r\t\u0007 '), '10.0.0.1');
  assert.equal(cleanValue('a\u2028b'), 'ab');
  assert.equal(cleanValue(42), '');
  assert.equal(cleanValue('x'.repeat(1_000_000)).length, 200);
});

test('stored values: garbage, unknown names and non-strings are ignored', () => {
  const names = ['PAAS_ROOT', 'paas_ip'];
  assert.deepEqual(parseStoredValues('{"PAAS_ROOT":"/data/bkce","evil":"x","paas_ip":7}', names), { PAAS_ROOT: '/data/bkce' });
  assert.deepEqual(parseStoredValues('not json', names), {});
  assert.deepEqual(parseStoredValues('["PAAS_ROOT"]', names), {});
  assert.deepEqual(parseStoredValues('{"__proto__":{"PAAS_ROOT":"x"}}', names), {});
  assert.deepEqual(parseStoredValues(null, names), {});
});

const names = placeholders.map((p) => p.name);

test('choosing a layout fills its values, empties what it lacks, keeps the rest', () => {
  const before = { PAAS_ROOT: '/mine', CTRL_DIR: '/data/install', app_code: 'demo' };
  const after = withLayout(before, { values: { PAAS_ROOT: '/data/paas\n', APPS_ROOT: '/data/paas/apps' }, without: ['CTRL_DIR'] }, names);
  assert.deepEqual(after, { PAAS_ROOT: '/data/paas', APPS_ROOT: '/data/paas/apps', app_code: 'demo' });
  assert.deepEqual(before.PAAS_ROOT, '/mine');
});
