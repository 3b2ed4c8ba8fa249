// Every fenced block of the real content, in bodies and in cause check/fix Markdown, is marked so
// that copying is safe: transcripts are fenced as console, dangerous commands carry danger="…".
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import type { Code, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { lintFence } from '../../src/lib/markdown/fence-lint.ts';
import { parseTranscript } from '../../src/lib/shell/transcript.ts';
import { loadRecords } from '../../tools/lib/load-records.ts';

const parser = unified().use(remarkParse);
function fences(markdown: string): Code[] {
  const found: Code[] = [];
  visit(parser.parse(markdown) as Root, 'code', (node: Code) => void found.push(node));
  return found;
}

const { records } = await loadRecords('content', (f) => readFile(f, 'utf8'));
const blocks = records.flatMap((r) =>
  [r.body, ...r.data.causes.flatMap((c) => [c.check, c.fix])].flatMap((md) => fences(md).map((code) => ({ file: r.file, code }))),
);

test('the content has code blocks to check', () => {
  assert.ok(records.length >= 56, `${records.length} entry files`);
  assert.ok(blocks.filter((b) => b.code.lang === 'console').length >= 20);
});

test('no fenced block in the content is mis-marked', () => {
  const problems = blocks.flatMap(({ file, code }) => lintFence(code.lang, code.meta, code.value).map((p) => `${file}:${code.position?.start.line ?? '?'}: ${p}`));
  assert.deepEqual(problems, []);
});

test('what a content transcript copies never contains a prompt or its output', () => {
  for (const { file, code } of blocks.filter((b) => b.code.lang === 'console')) {
    const { lines, commands } = parseTranscript(code.value);
    const copied = commands.join('\n');
    for (const line of lines.filter((l) => l.kind === 'output' && l.text.trim().length > 8)) {
      assert.ok(!copied.includes(line.text), `${file}: output "${line.text}" copied`);
    }
    for (const command of commands) assert.doesNotMatch(command, /^\[[^\]]*\][#$] |^\$ /, file);
  }
});

test('the lint catches each kind of mis-marking', () => {
  assert.equal(lintFence('bash', '', '[root@h /]# ls\nfile').length, 1);
  assert.equal(lintFence('console', '', 'just output').length, 1);
  assert.equal(lintFence('bash', '', 'rm -rf /data/bkce/apps/projects/*/run').length, 1);
  assert.equal(lintFence('bash', 'danger="deletes run files"', 'rm -rf /data/bkce/apps/projects/*/run').length, 0);
  assert.equal(lintFence('console', '', '# chmod -R 755 /var/lib/mysql').length, 1);
  assert.equal(lintFence('console', '', '$ ls\nrm -rf shown as output only').length, 0);
  assert.equal(lintFence('sql', '', "GRANT ALL ON *.* TO 'u'@'%' IDENTIFIED BY 'p';").length, 1);
  assert.equal(lintFence('python', '', 'user.set_password(password)').length, 1);
  assert.equal(lintFence('bash', '', 'for x in $(pgrep uwsgi); do kill -9 $x; done').length, 1);
  assert.equal(lintFence('bash', '', 'chmod +x build\nchmod 700 supervisor.sock').length, 0);
});
