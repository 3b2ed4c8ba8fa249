// A paste read as a report (src/lib/search/report.ts): the reporter's sentences apart from pasted
// log lines, the log formats recognised, their own parts (locations, levels, counters) taken off.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from '../../src/lib/search/normalise.ts';
import { identifiersOf, readLine } from '../../src/lib/search/report.ts';

const read = (line: string) => readLine(normalise(line));

test('the reporter’s own sentences, in Chinese or English, read as sentences', () => {
  for (const s of ['升级后 paas 起不来，status 看全是 FATAL', 'After logging in, CMDB sends me straight back to the login page.', 'Django 连数据库一直报 2003']) {
    assert.equal(read(s).kind, 'sentence', s);
  }
});

test('log lines of other products are recognised by their format', () => {
  const cases: [string, string][] = [
    ['I1204 10:21:33.412345   23145 login.go:87] [login] bk_token not valid, redirect', 'go'],
    ['Traceback (most recent call last):', 'python-traceback'],
    ['  File "/data/bkce/x/base.py", line 274, in get_new_connection', 'python-traceback'],
    ['[pid: 12345|app: 0|req: 88/176] 10.0.0.5 () {42 vars in 780 bytes} POST /login/ => generated 0 bytes in 30012 msecs (HTTP/1.1 504)', 'uwsgi'],
    ['2026/12/04 10:21:33 [error] 1234#0: *5678 connect() failed (111: Connection refused) while connecting to upstream', 'nginx'],
    ['2026-12-04 10:21:36,470 INFO gave up: esb entered FATAL state, too many start retries too quickly', 'supervisor'],
    ['appengine                        FATAL     Exited too quickly (process log may have details)', 'supervisor'],
    ['{"result": false, "code": "20004", "message": "Not found"}', 'json'],
    ['[04/Dec/2026 10:01:02] "GET /login/?c_url=/ HTTP/1.1" 302 0', 'access'],
  ];
  for (const [line, format] of cases) {
    const r = read(line);
    assert.equal(r.kind, 'log', line);
    assert.equal(r.format, format, line);
  }
});

test('a log line’s message loses its source location, level and counters, and keeps its words', () => {
  const go = read('I1204 10:21:33.412345   23145 login.go:87] [login] bk_token not valid, redirect');
  assert.doesNotMatch(go.message, /login\.go|:87|i1204/);
  assert.match(go.message, /bk_token not valid, redirect/);
  const py = read('[2026-12-04 10:21:33,123] INFO [views.py:88] user admin login success');
  assert.doesNotMatch(py.message, /views\.py|\binfo\b/);
  assert.match(py.message, /user admin login success/);
});

test('identifiers of a log line: snake_case names and key= keys', () => {
  assert.deepEqual([...identifiersOf('user admin login, app_code=bk_cmdb, bk_token=1f2e')].sort(), ['app_code', 'bk_cmdb', 'bk_token']);
  assert.equal(identifiersOf('connection refused').size, 0);
});
