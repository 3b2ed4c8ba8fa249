// Paths as evidence (src/lib/search/paths.ts): install roots mapped away, the segments that name the
// component kept wherever they are in the path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meaningfulSegments, reducePaths } from '../../src/lib/search/paths.ts';

test('the same file under different install roots reduces to the same segments', () => {
  const want = ['paas_agent', 'bk_itsm', 'supervisord.sock'];
  for (const root of ['/data/bkce', '/data/bkee', '/data/paas', '${bk_home}', '$bk_home', '/opt', '']) {
    assert.deepEqual(meaningfulSegments(`${root}/paas_agent/apps/projects/bk_itsm/run/supervisord.sock`), want, root);
  }
});

test('the segment naming the component survives a deep virtualenv or build path', () => {
  assert.deepEqual(meaningfulSegments('/data/paas_agent/apps/envs/myapp/lib/python2.7/site-packages/mysqldb/connections.py').slice(0, 2), ['paas_agent', 'myapp']);
  assert.ok(meaningfulSegments('/root/.virtualenvs/bk_demo/lib/python2.7/site-packages/mysqldb/connections.py').includes('mysqldb'));
  // repeated directories (paas_agent/paas_agent) count once
  assert.deepEqual(meaningfulSegments('/data/bkce/paas_agent/paas_agent/etc/paas_agent.license'), ['paas_agent', 'paas_agent.license']);
});

test('paths in text become their segments; short paths and other words stay as they are', () => {
  const out = reducePaths('open /data/bkee/open_paas/logs/login/uwsgi.log failed; see conf/x.yaml');
  assert.match(out, /^open +open_paas login uwsgi\.log +failed/);
  assert.match(out, /conf\/x\.yaml/);
});
