// Host-specific values become the placeholders of content/taxonomy/placeholders.json
// (tools/lib/import/host-values.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostValues } from '../../tools/lib/import/host-values.ts';

test('install paths become path placeholders, longest first, naming the layout', () => {
  const h = new HostValues('');
  const r = h.replace('tail -f /data/bkce/logs/open_paas/login.log; cd /data/install; ls /data/bkce/gse');
  assert.equal(r.text, 'tail -f ${OPEN_PAAS_LOGS}/login.log; cd ${CTRL_DIR}; ls ${PAAS_ROOT}/gse');
  assert.deepEqual(r.layouts, ['bkce']);
  assert.ok(h.replacements.some((x) => x.from === '/data/install' && x.to === '${CTRL_DIR}'));
});

test('a path that only starts like an install root is left alone', () => {
  assert.equal(new HostValues('').replace('/data/bkcelogs/x').text, '/data/bkcelogs/x');
});

test('IP addresses: one placeholder per address, chosen from the words around', () => {
  const h = new HostValues('登录 nginx 机器，在 nginx 上执行');
  const r = h.replace('curl http://10.0.1.5:8010 && ping 10.0.1.6 && curl 10.0.1.5');
  assert.equal(r.text, 'curl http://<nginx_ip>:8010 && ping <paas_ip> && curl <nginx_ip>');
  assert.equal(h.replace('127.0.0.1 0.0.0.0:80 10.X.X.X version 1.2.3').text, '127.0.0.1 0.0.0.0:80 10.X.X.X version 1.2.3');
});
