// What a content transcript copies: over every console block of the real content (bodies and cause
// Markdown), the copied text never contains a prompt or a line of output. The fence rules themselves
// (fence-lint.ts) run in the content check; their cases are in fence-lint.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fencedBlocks } from '../../src/lib/content/fence-lint.ts';
import { parseTranscript } from '../../src/lib/shell/transcript.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const { records } = await loadRealContent();
const blocks = records.flatMap((r) =>
  [r.body, ...r.data.causes.flatMap((c) => [c.check, c.fix])].flatMap((md) => fencedBlocks(md).map((code) => ({ file: r.file, code }))),
);

test('what a content transcript copies never contains a prompt or its output', () => {
  const transcripts = blocks.filter((b) => b.code.lang === 'console');
  assert.ok(transcripts.length > 0, 'the content has no console blocks to check');
  for (const { file, code } of transcripts) {
    const { lines, commands } = parseTranscript(code.value);
    const copied = commands.join('\n');
    for (const line of lines.filter((l) => l.kind === 'output' && l.text.trim().length > 8)) {
      assert.ok(!copied.includes(line.text), `${file}: output "${line.text}" copied`);
    }
    for (const command of commands) assert.doesNotMatch(command, /^\[[^\]]*\][#$] |^\$ /, file);
  }
});
