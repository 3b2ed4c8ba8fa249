import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseFenceMeta } from '../../src/lib/markdown/fence-meta.ts';

test('reads quoted title and danger, including CJK and spaces', () => {
  const meta = parseFenceMeta('title="paas.conf（节选）" danger="删除运行文件"');
  assert.equal(meta.title, 'paas.conf（节选）');
  assert.equal(meta.danger, '删除运行文件');
});

test('single quotes and bare values; a bare word is ignored', () => {
  const meta = parseFenceMeta("title='a b' danger=yes transcript");
  assert.equal(meta.title, 'a b');
  assert.equal(meta.danger, 'yes');
  assert.deepEqual(Object.keys(meta).sort(), ['danger', 'title']);
});

test('empty meta', () => {
  assert.deepEqual(parseFenceMeta(''), {});
});

test('reads caution and layout next to the others; unknown keys are ignored', () => {
  const meta = parseFenceMeta('caution="重启 esb" layout=bkce colour="red"');
  assert.deepEqual(meta, { caution: '重启 esb', layout: 'bkce' });
});
