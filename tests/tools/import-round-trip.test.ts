// The round-trip measure itself (tools/lib/import/round-trip.ts): it must tell a recovered string or
// cause from a missed one, or the seed test proves nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { containment, roundTrip } from '../../tools/lib/import/round-trip.ts';

const page = '## 证书过期\n报错 license expired 或 mac address error';
const hand = [{ id: 'PAAS-001', title: '证书过期', signatures: ['license expired', 'mac address error', 'not on the page'], causes: [{ title: '证书过期' }, { title: 'MAC 地址不匹配（最常见）' }] }];

test('a signature counts when a draft signature contains it; strings not on the page are not expected', () => {
  const r = roundTrip(hand, [{ title: '证书过期了', signatures: ['License  Expired!'], causes: [], page }]);
  assert.equal(r.signatures.expected, 2);
  assert.equal(r.signatures.recovered, 1);
  assert.deepEqual(r.signatures.missed, ['PAAS-001: mac address error']);
});

test('causes are matched one to one, closest first', () => {
  const same = roundTrip(hand, [{ title: '证书过期', signatures: [], causes: [{ title: '证书过期', check: 'x', fix: 'y' }, { title: 'mac 地址不匹配', check: '', fix: '' }], page }]);
  assert.equal(same.causes.recovered, 2);
  const one = roundTrip(hand, [{ title: '证书过期', signatures: [], causes: [{ title: '证书过期，mac 地址不匹配', check: '', fix: '' }], page }]);
  assert.equal(one.causes.recovered, 1, 'one draft cause answers one hand cause');
  const none = roundTrip(hand, [{ title: '证书过期', signatures: [], causes: [{ title: '磁盘满', check: '清理日志', fix: '删除' }], page }]);
  assert.equal(none.causes.recovered, 0);
});

test('containment is the share of character pairs found', () => {
  assert.equal(containment('abcd', 'xxabcdxx'), 1);
  assert.equal(containment('abcd', 'ab'), 1 / 3);
  assert.equal(containment('', 'ab'), 0);
});
