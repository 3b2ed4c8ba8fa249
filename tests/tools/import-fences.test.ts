// Code blocks get the fence the site's conventions ask for, and pass the content check's fence lint
// (tools/lib/import/fences.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintFence } from '../../src/lib/content/fence-lint.ts';
import { retypeFence, type Piece } from '../../tools/lib/import/fences.ts';

const code = (pieces: Piece[]) => pieces.filter((p): p is Extract<Piece, { kind: 'code' }> => p.kind === 'code');
const clean = (pieces: Piece[]) => code(pieces).every((p) => lintFence(p.lang, p.meta, p.value).length === 0);

test('a block with prompts becomes console, pure output text, pure commands bash', () => {
  const transcript = retypeFence('bash', '', '[root@host /data/install]# ls\nfoo bar');
  assert.equal(code(transcript.pieces)[0]!.lang, 'console');
  assert.match(transcript.notes.join(), /console/);
  assert.equal(code(retypeFence('bash', '', '[2018-08-23 11:11:18]: check agent status\n[2018-08-23 11:11:19]: check agent status').pieces)[0]!.lang, 'text');
  assert.equal(code(retypeFence('', '', 'cd /usr/local/gse\n./gsectl status').pieces)[0]!.lang, 'bash');
});

test('stray Copy lines and broken info strings are cleaned, and said so', () => {
  const r = retypeFence('bashplainplainplain', '', 'ps -ef | grep unifytlogc\nCopy');
  assert.deepEqual(code(r.pieces).map((p) => [p.lang, p.value]), [['bash', 'ps -ef | grep unifytlogc']]);
  assert.equal(r.notes.length, 2);
  const json = retypeFence('json', '', '"agentip":"LAN_IP",\nCopy');
  assert.deepEqual(code(json.pieces).map((p) => [p.lang, p.value]), [['json', '"agentip":"LAN_IP",']]);
  const broken = retypeFence('ci', 'initialization', '[1] 19:29:00 [SUCCESS] done');
  assert.equal(code(broken.pieces)[0]!.lang, 'text');
  assert.match(broken.notes.join(), /ci initialization/);
});

test('a block mixing a log, a sentence and commands is split in order', () => {
  const r = retypeFence('', '', '[1] 19:29:00 [SUCCESS] 172.16.1.49\n{\n  "status" : 500\n}\nSolution: Try to register the callback again.\nsource /data/install/load_env.sh\n./pcmd.sh -H "$IP" curl -vsX POST http://localhost/');
  assert.deepEqual(r.pieces.map((p) => (p.kind === 'prose' ? 'prose' : p.lang)), ['text', 'prose', 'bash']);
  assert.ok(clean(r.pieces));
});

test('destructive or service-stopping commands get danger= / caution= as a marked guess', () => {
  const danger = code(retypeFence('bash', '', 'rm -rf /tmp/x').pieces)[0]!;
  assert.match(danger.meta, /^danger="rm -r\/-f \(marked by the import: check\)"$/);
  const caution = code(retypeFence('bash', '', './bkcec stop gse\n./bkcec start gse').pieces)[0]!;
  assert.match(caution.meta, /^caution="/);
  assert.ok(clean([danger, caution]));
});

test('a known language keeps its fence', () => {
  const r = retypeFence('json', '', '{"a": 1}');
  assert.deepEqual(code(r.pieces).map((p) => p.lang), ['json']);
  assert.deepEqual(r.notes, []);
});
