// Error strings, verbatim, from the places FAQ pages put them (tools/lib/import/signatures.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanSignature, headingSignatures, outputSignatures, proseSignatures } from '../../tools/lib/import/signatures.ts';

test('a heading that is an error message is kept whole', () => {
  assert.deepEqual(headingSignatures("No such file or directory: 'requirements.txt'"), ["No such file or directory: 'requirements.txt'"]);
  assert.deepEqual(headingSignatures('[Errno 111] Connection refused'), ['[Errno 111] Connection refused']);
});

test('error text after a colon, after 报/提示, or quoted in a heading', () => {
  assert.deepEqual(headingSignatures('JOB 耗时时间长并无执行日志：Execution result log always'), ['Execution result log always']);
  assert.deepEqual(headingSignatures('PaaS启动提示FATAL Exited too quickly'), ['FATAL Exited too quickly']);
  assert.deepEqual(headingSignatures('分发文件，执行历史报 "redis no result found"'), ['redis no result found']);
  assert.deepEqual(headingSignatures('Q2: An error is reported when you click Plugin: Please wait while the service is being deployed'), ['Please wait while the service is being deployed']);
  assert.deepEqual(headingSignatures('Q7: Error 2102004 when using Pipeline file var'), ['Error 2102004']);
  assert.deepEqual(headingSignatures('如何查看日志'), []);
});

test('messages in parentheses after Chinese, split at "/", quoted messages and error-like inline code', () => {
  assert.deepEqual(proseSignatures('证书解析有误(paas_agent.license parse error/licenseInfo loads error)', []), ['paas_agent.license parse error', 'licenseInfo loads error']);
  assert.deepEqual(proseSignatures('应用日志里提示"Login validity is illegal"', []), ['Login validity is illegal']);
  assert.deepEqual(proseSignatures('x', ['redis reply is not string', 'UPDATE_REDIS_FAILED', '/data/bkce/logs', 'ps -ef | grep gse_agent']), ['redis reply is not string', 'UPDATE_REDIS_FAILED']);
  // "xxxxx" stands for a name and a plain note in parentheses is no message.
  assert.deepEqual(proseSignatures('行"xxxxx"未赋值（需设置时间同步）', []), []);
});

test('output: prefixes and columns dropped, wrapped lines joined, cut at a host value', () => {
  assert.deepEqual(outputSignatures(['[10.X.X.X] open_paas    esb      FATAL     Exited too quickly (process log may have details)']), ['FATAL     Exited too quickly (process log may have details)']);
  assert.deepEqual(outputSignatures(['curl: (7) Failed connect to 10.0.0.8:8010; 拒绝连接']), ['curl: (7) Failed connect to']);
  assert.deepEqual(outputSignatures(['django.db.utils.OperationalError: (2003，"Can\'t connect to MySQL server on', "'localhost' ([Errno 111] Connection refused)\")"]), ['django.db.utils.OperationalError: (2003，"Can\'t connect to MySQL server on \'localhost\' ([Errno 111] Connection refused)")']);
  assert.deepEqual(outputSignatures(['{', '  "message": "Not found，component class not found",', '  "code":"20004"，', '}']), ['"code":"20004"', 'Not found，component class not found']);
  assert.deepEqual(outputSignatures(['# 提示解析失败', 'tcp 0 0 ESTABLISHED', 'all fine']), []);
});

test('too short or nothing but punctuation is no signature', () => {
  assert.equal(cleanSignature('error'), undefined);
  assert.equal(cleanSignature('...!!!...'), undefined);
  assert.equal(cleanSignature('license expired。'), 'license expired');
});

test('English the software prints, inside Chinese prose after 出现 / 提示', () => {
  assert.deepEqual(proseSignatures('当 error.log 出现 Table has no partition for value xxxx  这种错，就是 JOB 本身的问题', []), ['Table has no partition for value xxxx']);
  assert.deepEqual(proseSignatures('执行后提示 ok 即可', []), []);
});
