import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupBy } from '../../src/lib/listing.ts';

test('groupBy follows the given order and drops empty groups', () => {
  const items = [
    { id: 1, c: 'esb' },
    { id: 2, c: 'paas' },
    { id: 3, c: 'esb' },
  ];
  const groups = groupBy(items, (i) => i.c, ['paas', 'login', 'esb']);
  assert.deepEqual(
    groups.map((g) => [g.key, g.items.map((i) => i.id)]),
    [
      ['paas', [2]],
      ['esb', [1, 3]],
    ],
  );
});
