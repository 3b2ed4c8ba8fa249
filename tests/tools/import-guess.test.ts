// What a page does not say, guessed (tools/lib/import/guess.ts, ids.ts): ASCII slugs and keys,
// fresh ids after the highest ever used, and component / facets within the taxonomy.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { componentIds, whereIds } from '../../src/lib/taxonomy.ts';
import { guessComponent, guessWhere, keyFor, slugFor } from '../../tools/lib/import/guess.ts';
import { nextIds } from '../../tools/lib/import/ids.ts';

test('slugs are readable ASCII, unique, with a fallback', () => {
  assert.equal(slugFor('JOB 启动失败', new Set(), 'x'), 'job-start-fails');
  assert.equal(slugFor('JOB 启动失败', new Set(['job-start-fails']), 'x'), 'job-start-fails-2');
  assert.match(slugFor('部署的时候报 Unknown column', new Set(), 'x'), /^unknown-column/);
  assert.equal(slugFor('…？', new Set(), 'imported-paas-031'), 'imported-paas-031');
  for (const s of [slugFor('登录页面无限跳转', new Set(), 'x'), slugFor('密码错误: Authentication failed', new Set(), 'x')]) assert.match(s, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});

test('cause keys are kebab-case and unique within the entry', () => {
  const taken = new Set<string>();
  const a = keyFor('证书过期(license expired)', 0, taken);
  taken.add(a);
  const b = keyFor('证书过期(license expired)', 1, taken);
  assert.match(a, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  assert.notEqual(a, b);
  assert.equal(keyFor('？', 2, new Set()), 'cause-3');
});

test('fresh ids go after the highest ever used, retired ids included', () => {
  assert.deepEqual(nextIds(['PAAS-001', 'PAAS-028', 'PAAS-007'], 2), ['PAAS-029', 'PAAS-030']);
  assert.deepEqual(nextIds(['PAAS-001', 'PAAS-040' /* retired */], 1), ['PAAS-041']);
  assert.deepEqual(nextIds(['PAAS-999'], 1), ['PAAS-1000']);
});

test('component and facets are always taxonomy ids', () => {
  assert.equal(guessComponent('PaaS 登录提示 502 Bad Gateway', 'nginx 502').id, 'nginx');
  assert.equal(guessComponent('GSE initdata 失败', 'gse').id, 'platform');
  assert.ok(componentIds.includes(guessComponent('x', 'y').id));
  assert.ok(guessWhere('登录页面无限跳转').every((w) => whereIds.includes(w)));
  assert.deepEqual(guessWhere('zzz'), ['service-start']);
});
