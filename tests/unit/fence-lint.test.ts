import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksInSection, fencedBlocks, lintFence } from '../../src/lib/content/fence-lint.ts';

test('the fence lint catches each kind of mis-marking', () => {
  assert.equal(lintFence('bash', '', '[root@h /]# ls\nfile').length, 1);
  assert.equal(lintFence('console', '', 'just output').length, 1);
  assert.equal(lintFence('bash', '', 'rm -rf /data/bkce/apps/projects/*/run').length, 1);
  assert.equal(lintFence('bash', 'danger="deletes run files"', 'rm -rf /data/bkce/apps/projects/*/run').length, 0);
  assert.equal(lintFence('console', '', '# chmod -R 755 /var/lib/mysql').length, 1);
  assert.equal(lintFence('console', '', '$ ls\nrm -rf shown as output only').length, 0);
  assert.equal(lintFence('sql', '', "GRANT ALL ON *.* TO 'u'@'%' IDENTIFIED BY 'p';").length, 1);
  assert.equal(lintFence('python', '', 'user.set_password(password)').length, 1);
  assert.equal(lintFence('bash', '', 'for x in $(pgrep uwsgi); do kill -9 $x; done').length, 1);
  assert.equal(lintFence('bash', '', 'supervisorctl -c conf shutdown').length, 1);
  assert.equal(lintFence('bash', 'caution="changes modes"', 'chmod +x build\nchmod 700 supervisor.sock').length, 0);
});

test('a command that stops, starts, restarts or changes a live host needs caution= (or danger=)', () => {
  const needsCaution = [
    ['bash', 'cd /data/paas/open_paas; ./bin/dashboard.sh restart esb'],
    ['console', '[root@h install]# ./bkcec stop paas\nShut down'],
    ['bash', 'systemctl restart nginx'],
    ['bash', 'service mysqld stop'],
    ['bash', 'sbin/nginx -t && sbin/nginx -s reload'],
    ['bash', '"$NGINX_BIN" -s reload'],
    ['bash', 'supervisorctl -c etc/supervisord.conf restart all'],
    ['bash', 'supervisord -c /data/bkce/etc/supervisord-open_paas.conf'],
    ['bash', 'chmod 700 supervisor.sock'],
    ['bash', 'yum install -y gcc'],
    ['bash', 'pip install -r requirements.txt'],
    ['sql', "CREATE USER 'u'@'%';\nGRANT ALL ON *.* TO 'u'@'%';"],
  ] as const;
  for (const [lang, value] of needsCaution) {
    const problems = lintFence(lang, '', value);
    assert.equal(problems.length, 1, `${value}: ${problems.join('; ')}`);
    assert.match(problems[0]!, /without caution="…"/);
    assert.deepEqual(lintFence(lang, 'caution="why"', value), [], value);
    assert.deepEqual(lintFence(lang, 'danger="why"', value), [], value);
  }
});

test('caution is not asked for text that is searched, printed, shown as output or a file\'s lines', () => {
  assert.deepEqual(lintFence('bash', '', 'grep -n "pip install" build\nsystemctl status nginx'), []);
  assert.deepEqual(lintFence('console', '', '$ ls\n./bkcec stop paas'), []);
  assert.deepEqual(lintFence('bash', 'title="etc/build/build"', 'pip install -r requirements.txt --no-index'), []);
  assert.deepEqual(lintFence('text', '', './bkcec stop paas'), []);
});

test('a block needing danger= is not also reported for caution', () => {
  assert.deepEqual(lintFence('bash', '', 'chmod -R 755 /var/lib/mysql'), ['recursive chmod/chown without danger="…": add danger="what it destroys" to the fence line (docs/authoring.md)']);
});

test('the blocks of one section: from its heading to the next, headings inside fences ignored', () => {
  const md = ['## 现象', '', '```text', '## not a heading', '```', '', '```console', '$ ls', '```', '', '## 处理', '', '```bash', 'ls', '```'].join('\n');
  assert.deepEqual(blocksInSection(md, '现象').map((b) => b.line), [3, 7]);
  assert.deepEqual(blocksInSection(md, '处理').map((b) => b.line), [13]);
  assert.deepEqual(blocksInSection(md, 'What you see'), []);
});

test('fenced blocks are found with language, meta, value and line, inside list items too', () => {
  const md = ['Intro.', '', '```bash danger="stops it"', 'kill -9 1', '```', '', '1. Step:', '', '   ~~~console', '   $ ls', '   file', '   ~~~', '', 'Inline ```not a fence``` here.'].join('\n');
  assert.deepEqual(fencedBlocks(md), [
    { lang: 'bash', meta: 'danger="stops it"', value: 'kill -9 1', line: 3 },
    { lang: 'console', meta: null, value: '$ ls\nfile', line: 9 },
  ]);
});
