import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatBytes, KB } from '../../tools/lib/bytes.ts';

test('auto picks the unit that keeps the number short', () => {
  assert.equal(formatBytes(0), '0 B');
  assert.equal(formatBytes(1023), '1023 B');
  assert.equal(formatBytes(KB), '1.0 KB');
  assert.equal(formatBytes(201 * KB), '201.0 KB');
  assert.equal(formatBytes(5.7 * KB ** 2), '5.7 MB');
  assert.equal(formatBytes(3.67 * KB ** 3), '3.67 GB');
});

test('unit KB writes every size in kilobytes, with the decimals asked for', () => {
  assert.equal(formatBytes(1536, { unit: 'KB' }), '1.5 KB');
  assert.equal(formatBytes(512, { unit: 'KB' }), '0.5 KB');
  assert.equal(formatBytes(3 * KB ** 2, { unit: 'KB' }), '3072.0 KB');
  assert.equal(formatBytes(12.6 * KB, { unit: 'KB', digits: 0 }), '13 KB');
});
