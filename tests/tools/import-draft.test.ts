// One question → one typed draft (tools/lib/import/draft.ts): symptom from its label or the first
// sentence, causes from labels and lists with check and fix split, one cause when the text cannot be
// split, hostile text kept as text, images kept as links; every line of the question placed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDraft } from '../../tools/lib/import/draft.ts';
import { parseMarkdown } from '../../tools/lib/import/markdown.ts';
import { outline } from '../../tools/lib/import/sections.ts';

function draftOf(md: string, lang: 'zh' | 'en' = 'zh') {
  const o = outline(parseMarkdown(md), md.split('\n'));
  assert.equal(o.questions.length, 1, 'one question');
  return buildDraft(o.questions[0]!, md, { lang, page: 'test page' });
}

test('表象 / 原因 / 解决办法 labels: symptom, numbered causes, each fix under its 原因 N', () => {
  const d = draftOf(`## GSE initdata 失败

**表象**：执行 initdata 时报错 \`parse dataid error\`

**原因**

1. GSE 初始化程序不正确；

2. cmdb 未正常安装；

**解决办法**

**原因 1**

- 更新 on_migrate 和 parse_bizid 两个文件，再重新 initdata

**原因 2**

- 确认 cmdb-nginx 的状态不是 EXIT，若是则重新安装 cmdb
`);
  assert.equal(d.symptom, '执行 initdata 时报错 parse dataid error');
  assert.deepEqual(d.causes.map((c) => c.title), ['GSE 初始化程序不正确', 'cmdb 未正常安装']);
  assert.match(d.causes[0]!.fix, /on_migrate/);
  assert.match(d.causes[1]!.fix, /cmdb-nginx/);
  assert.ok(d.signatures.includes('parse dataid error'));
  assert.equal(d.type, 'problem');
});

test('bullets that mix check and fix are split at the fix', () => {
  const d = draftOf('## JOB 作业一直等待执行\n\n- RabbitMQ 连接异常，作业启动信息收不到，请检查 RabbitMQ，并重启 Job 进程尝试恢复\n- Redis 连接失败，查看 job.log 是否有 redis 报错，修改 job.conf 中的 redis 密码后重启\n');
  assert.equal(d.causes.length, 2);
  assert.equal(d.causes[0]!.title, 'RabbitMQ 连接异常');
  assert.match(d.causes[0]!.check, /请检查 RabbitMQ/);
  assert.match(d.causes[0]!.fix, /^并重启 Job/);
  assert.match(d.causes[1]!.fix, /^修改 job\.conf/);
});

test('"原因:" / "解决办法:" paragraphs: one cause with its fix; the first sentence is the symptom', () => {
  const d = draftOf('## 检查 agent 状态报错: exec redis_pipe_line_cmd failed\n\n检查 Agent 状态时一直报错。\n\n原因: gse_api 查询 redis 状态失败\n\n解决办法: 升级 gse 版本或重启 gse_api\n');
  assert.equal(d.symptom, '检查 Agent 状态时一直报错。');
  assert.deepEqual(d.causes.map((c) => [c.title, c.fix]), [['gse_api 查询 redis 状态失败', '升级 gse 版本或重启 gse_api']]);
  assert.deepEqual(d.signatures, ['exec redis_pipe_line_cmd failed']);
});

test('text that cannot be split is one cause; a missing check or fix is asked of the reviewer', () => {
  const d = draftOf('## Q3: failed to upload plugin package\n\nYou can first check whether the blueking user can read and write the data directory.\n', 'en');
  assert.equal(d.causes.length, 1);
  assert.match(d.causes[0]!.check, /blueking user/);
  assert.match(d.causes[0]!.fix, /write one when reviewing/);
  assert.ok(d.notes.some((n) => /no fix/.test(n)));
  assert.equal(d.title, 'failed to upload plugin package');
});

test('a question that asks how is a how-to with its text as the body', () => {
  const d = draftOf('## 如何查看日志\n\n- 开发者中心日志在 logs 目录下\n- agent 日志在 agent.log\n');
  assert.equal(d.type, 'howto');
  assert.deepEqual(d.causes, []);
  assert.match(d.body, /agent\.log/);
});

test('HTML and script in the source are kept as text; images become links and are reported', () => {
  const d = draftOf('## 页面报错 500\n\n![截图](../assets/a.png)\n\n![](https://docs.example/b.png)\n\n<script>alert("x")</script>\n\n点击后 <b>没有反应</b>，请检查日志后重启服务。参考 [Windows 端口](5.1/smb.md)\n');
  const all = `${d.body}\n${d.causes.map((c) => `${c.check}\n${c.fix}`).join('\n')}`;
  assert.match(all, /```text\n<script>alert\("x"\)<\/script>\n```/);
  assert.match(all, /&lt;b>没有反应&lt;\/b>/);
  // A path relative to the source page would be a broken link here: kept as text, an absolute one as a link.
  assert.match(all, /图片: 截图 \(原文路径 `\.\.\/assets\/a\.png`\)/);
  assert.match(all, /\[图片: b\.png\]\(https:\/\/docs\.example\/b\.png\)/);
  assert.match(all, /参考 Windows 端口 \(原文路径 `5\.1\/smb\.md`\)/);
  assert.ok(!/!\[/.test(all));
  assert.ok(d.notes.some((n) => /image \.\.\/assets\/a\.png/.test(n)));
  assert.ok(d.notes.some((n) => /link to 5\.1\/smb\.md/.test(n)));
  assert.ok(d.notes.some((n) => /HTML/.test(n)));
});

test('every line of the question is placed, a stray Copy line dropped and said so', () => {
  const md = '## 检测日志采集器进程\n\n若进程不存在，手动启动采集器查看错误信息\n\n```bash\ncd /usr/local/gse/plugins/bin/\n./unifytlogc -c ../etc/unifytlogc.conf\nCopy\n```\n';
  const d = draftOf(md);
  const nonBlank = md.split('\n').map((l, i) => (l.trim() ? i + 1 : 0)).filter(Boolean);
  const copy = nonBlank.find((n) => md.split('\n')[n - 1] === 'Copy')!;
  assert.deepEqual(nonBlank.filter((n) => !d.lines.has(n)), [copy]);
  assert.deepEqual(d.dropped.map((x) => x.line), [copy]);
  assert.ok(!`${d.body}${d.causes.map((c) => c.check + c.fix).join('')}`.includes('Copy'));
});

test('a [category] prefix in the heading becomes an alias', () => {
  const d = draftOf('## [paas_agent 使用问题] 服务器重启后，再次部署 app 失败\n\n解决方法：清空 run 目录下的所有文件，再次部署。\n');
  assert.equal(d.title, '服务器重启后，再次部署 app 失败');
  assert.deepEqual(d.aliases, ['paas_agent 使用问题']);
});

test('label sub-headings (### 问题现象 / 问题原因 / 解决方法) type the question', () => {
  const d = draftOf('## 任务一直卡住\n\n### 问题现象\n\n作业一直显示执行中。\n\n### 问题原因\n\nredis 内存满了，任务结果写不进去。\n\n### 解决方法\n\n清理 redis 中过期的 key 后重启 job。\n');
  assert.equal(d.symptom, '作业一直显示执行中。');
  assert.equal(d.causes.length, 1);
  assert.equal(d.causes[0]!.title, 'redis 内存满了');
  assert.match(d.causes[0]!.fix, /清理 redis/);
});

test('SQL written as a line of prose becomes a sql block, marked when it changes data', () => {
  const d = draftOf('## Q6: pipeline start failed\n\nYou can revise the database limit\nupdate devops_process.T_PIPELINE_SETTING set MAX_CON_RUNNING_QUEUE_SIZE=100 where PIPELINE_ID=\'${pipeline_id}\';\nIt is recommended not to exceed 100\n', 'en');
  const all = `${d.body}\n${d.causes.map((c) => `${c.check}\n${c.fix}`).join('\n')}`;
  assert.match(all, /```sql\nupdate devops_process\.T_PIPELINE_SETTING set MAX_CON_RUNNING_QUEUE_SIZE=100 where PIPELINE_ID='\$\{pipeline_id\}';\n```/);
  assert.match(all, /You can revise the database limit/);
  assert.equal(d.blocks, 1);
});
