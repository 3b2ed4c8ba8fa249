import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitEntryIds } from '../../src/lib/markdown/rehype-entry-refs.ts';

const known = new Set(['PAAS-002', 'PAAS-015']);

test('known ids become links, unknown ones stay text', () => {
  assert.deepEqual(splitEntryIds('see PAAS-015 and PAAS-999.', known), [
    { text: 'see ' },
    { id: 'PAAS-015' },
    { text: ' and PAAS-999.' },
  ]);
});

test('ids next to CJK punctuation are found', () => {
  assert.deepEqual(splitEntryIds('见 PAAS-015。开发框架见PAAS-002', known), [
    { text: '见 ' },
    { id: 'PAAS-015' },
    { text: '。开发框架见' },
    { id: 'PAAS-002' },
  ]);
});

test('text without ids is one run', () => {
  assert.deepEqual(splitEntryIds('no ids here', known), [{ text: 'no ids here' }]);
});
