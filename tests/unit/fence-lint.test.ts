import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fencedBlocks, lintFence } from '../../src/lib/content/fence-lint.ts';

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
  assert.equal(lintFence('bash', '', 'chmod +x build\nchmod 700 supervisor.sock').length, 0);
});

test('fenced blocks are found with language, meta, value and line, inside list items too', () => {
  const md = ['Intro.', '', '```bash danger="stops it"', 'kill -9 1', '```', '', '1. Step:', '', '   ~~~console', '   $ ls', '   file', '   ~~~', '', 'Inline ```not a fence``` here.'].join('\n');
  assert.deepEqual(fencedBlocks(md), [
    { lang: 'bash', meta: 'danger="stops it"', value: 'kill -9 1', line: 3 },
    { lang: 'console', meta: null, value: '$ ls\nfile', line: 9 },
  ]);
});
