// The importer's first gate (tools/lib/import/source.ts): what is not FAQ Markdown is refused with
// the file named and the reason, before anything is parsed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ImportError, MAX_LINE_LENGTH, readSource } from '../../tools/lib/import/source.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const refused = (input: Uint8Array, why: RegExp) =>
  assert.throws(() => readSource('faq.md', input), (e: unknown) => e instanceof ImportError && e.message.startsWith('faq.md: ') && why.test(e.message));

test('Markdown comes back as text and lines, with CRLF and a BOM normalised', () => {
  const s = readSource('faq.md', bytes('\uFEFF# FAQ\r\n\r\n## Q\r\ntext'));
  assert.deepEqual(s.lines, ['# FAQ', '', '## Q', 'text']);
});

test('binary, non-UTF-8, empty, HTML pages and JSON are refused with the reason', () => {
  refused(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), /NUL bytes/);
  refused(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0a]), /not UTF-8/); // "你好" in GBK
  refused(new Uint8Array(), /empty/);
  refused(bytes('<!DOCTYPE html>\n<html><body><h2>Q</h2></body></html>'), /HTML page/);
  refused(bytes('{"questions": ["a"]}'), /JSON/);
});

test('a 1 MB line is refused, naming the line', () => {
  const line = 'x'.repeat(1024 * 1024);
  refused(bytes(`## Q\n\n${line}\n`), new RegExp(`line 3 is 1,048,576 characters long .*${MAX_LINE_LENGTH.toLocaleString('en')}`));
});

test('HTML inside Markdown is not refused here (the draft keeps it as text)', () => {
  assert.doesNotThrow(() => readSource('faq.md', bytes('## Q\n\n<script>alert(1)</script>\n')));
});
