// The words of a question and its causes (tools/lib/import/cause-text.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstSentence, shortTitle, splitCause, titleOf } from '../../tools/lib/import/cause-text.ts';

test('titles lose "Q1:" and a leading [category], which becomes an alias; [Errno …] stays', () => {
  assert.deepEqual(titleOf('Q1：bkiam v3 failed'), { title: 'bkiam v3 failed', aliases: [] });
  assert.deepEqual(titleOf('[ESB 使用问题] 组件参数 bk_token 如何获取'), { title: '组件参数 bk_token 如何获取', aliases: ['ESB 使用问题'] });
  assert.deepEqual(titleOf('[Errno 111] Connection refused'), { title: '[Errno 111] Connection refused', aliases: [] });
  assert.equal(shortTitle('一'.repeat(100)).length, 80);
});

test('the first sentence, without 答：', () => {
  assert.equal(firstSentence('答：可以。在应用列表中重新上传即可。'), '可以。');
  assert.equal(firstSentence('This is usually caused by MongoDB. Restart it.'), 'This is usually caused by MongoDB.');
});

test('a cause: "title：rest", a fix after 解决方法：, or at the first clause that acts', () => {
  assert.deepEqual(splitCause('服务器无法访问外网：在无外网的情况下，下载软件包后离线安装', '服务器无法访问外网：在无外网的情况下，下载软件包后离线安装'), { title: '服务器无法访问外网', check: '在无外网的情况下，', fix: '下载软件包后离线安装' });
  const labelled = splitCause('SSL 文件配置错误，解决方法：重新下载证书', 'SSL 文件配置错误，解决方法：重新下载证书');
  assert.deepEqual([labelled.check, labelled.fix], ['SSL 文件配置错误', '重新下载证书']);
  const acting = splitCause('gse_task 进程异常，48669 端口未监听，重启 gse_task', 'gse_task 进程异常，48669 端口未监听，重启 gse_task');
  assert.deepEqual(acting, { title: 'gse_task 进程异常', check: 'gse_task 进程异常，48669 端口未监听，', fix: '重启 gse_task' });
});
