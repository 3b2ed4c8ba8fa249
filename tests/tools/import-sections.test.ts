// Finding the questions of a page (tools/lib/import/sections.ts) in the layouts FAQ pages use.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseMarkdown } from '../../tools/lib/import/markdown.ts';
import { outline } from '../../tools/lib/import/sections.ts';

const of = (md: string) => outline(parseMarkdown(md), md.split('\n'));

test('## questions under a single # page title', () => {
  const o = of('# Product FAQ\n\n## Service fails to start\n\ntext\n\n## How to view the logs\n\ntext\n');
  assert.equal(o.title?.text, 'Product FAQ');
  assert.deepEqual(o.questions.map((q) => q.heading), ['Service fails to start', 'How to view the logs']);
});

test('### steps inside a ## question stay in that question', () => {
  const o = of('## Log collection troubleshooting\n\n### 查看源日志是否有更新\n\na\n\n### 检测日志采集器进程\n\nb\n\n### 检查连接\n\nc\n');
  assert.equal(o.questions.length, 1);
  assert.equal(o.questions[0]!.blocks.length, 6);
});

test('category headings with questions below them: the questions, each knowing its category', () => {
  const o = of('# FAQ\n\n## 安装\n\n### 安装时报错 permission denied\n\na\n\n### 为什么安装很慢？\n\nb\n\n## 使用\n\n### 登录失败\n\nc\n');
  assert.deepEqual(o.questions.map((q) => [q.heading, q.category]), [['安装时报错 permission denied', '安装'], ['为什么安装很慢？', '安装'], ['登录失败', '使用']]);
  assert.deepEqual(o.categories.map((c) => c.text), ['安装', '使用']);
});

test('numbered paragraphs on a page without question headings', () => {
  const o = of('# FAQ\n\n1. 服务启动失败怎么办？\n\n查看日志。\n\n2、登录报错 403\n\n检查权限。\n');
  // "1. …" is a Markdown list here; "2、" a paragraph: both layouts are found.
  assert.ok(o.questions.length >= 1);
  const o2 = of('# FAQ\n\nQ1: 服务启动失败怎么办？\n\n查看日志。\n\nQ2: 登录报错 403\n\n检查权限。\n');
  assert.deepEqual(o2.questions.map((q) => q.heading), ['Q1: 服务启动失败怎么办？', 'Q2: 登录报错 403']);
  assert.equal(o2.questions[0]!.blocks.length, 2);
});

test('one ordered list of questions on a page without headings', () => {
  const o = of('1. agent 无法启动\n\n   查看 agent.log。\n\n2. 页面报 502\n\n   检查 nginx。\n');
  assert.deepEqual(o.questions.map((q) => q.heading), ['agent 无法启动', '页面报 502']);
});

test('a port table and a contact list are reference sections, not questions', () => {
  const table = '| 端口 | 用途 |\n| --- | --- |\n| 48533 | task |\n| 58625 | data |\n| 59173 | bt |\n';
  const o = of(`## Agent 启动失败\n\n看日志。\n\n## 端口列表\n\n${table}\n## 联系我们\n\n- 电话 123\n- 邮箱 a@b.c\n`);
  assert.deepEqual(o.questions.map((q) => q.heading), ['Agent 启动失败']);
  assert.deepEqual(o.references.map((r) => r.heading), ['端口列表', '联系我们']);
});

test('a list of links or an introduction is not a question; an empty heading asks nothing', () => {
  const o = of('# FAQ\n\n## 目录\n\n- [安装](#a)\n- [使用](#b)\n\n## See also\n\n- [Docs](https://example.com/)\n\n## \n\n### 服务启动失败\n\n查看日志。\n');
  assert.deepEqual(o.questions.map((q) => q.heading), ['服务启动失败']);
  assert.deepEqual(o.references.map((r) => r.heading), ['目录', 'See also']);
});

test('bold questions on a page without headings', () => {
  const o = of('# FAQ\n\n**如何重启服务？**\n\n执行 restart。\n\n**为什么登录失败？**\n\n检查密码。\n');
  assert.deepEqual(o.questions.map((q) => q.heading), ['如何重启服务？', '为什么登录失败？']);
});

test('现象 / 原因 / 解决方法 sub-headings are the parts of one question', () => {
  const o = of('## 任务一直卡住\n\n### 问题现象\n\n卡住。\n\n### 问题原因\n\nredis 满了。\n\n### 解决方法\n\n清理 redis。\n\n## 登录失败\n\n看日志。\n');
  assert.deepEqual(o.questions.map((q) => q.heading), ['任务一直卡住', '登录失败']);
});
