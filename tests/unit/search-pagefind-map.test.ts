// The Pagefind id → entry position map written after Pagefind runs (src/lib/search/pagefind-map.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LOCALES } from '../../src/lib/locales.ts';
import { langOfPagefindId, pagefindMap } from '../../src/lib/search/pagefind-map.ts';
import { pagefindFileOf } from '../../src/lib/search/sharded-index.ts';
import { TUNING } from '../../src/lib/search/tuning.ts';

test('a Pagefind id names its site language by Pagefind’s language tag', () => {
  for (const l of LOCALES) assert.equal(langOfPagefindId(`${l.pagefind}_0481b31`), l.id);
  assert.equal(langOfPagefindId('xx_0481b31'), undefined);
});

test('the map gives each page its entry’s position in the index records; pages of unknown entries are left out', () => {
  const records = [{ id: 'PAAS-001' }, { id: 'PAAS-002' }, { id: 'PAAS-003' }];
  const { prefix, files } = pagefindMap(
    [
      ['en_b2', 'PAAS-003'],
      ['en_a1', 'PAAS-001'],
      ['en_c3', 'PAAS-999'],
    ],
    records,
  );
  assert.equal(prefix, 0);
  assert.deepEqual([...files], [['all', { en_a1: 0, en_b2: 2 }]]);
});

test('many pages split the map by the first hex characters of their ids', () => {
  const n = TUNING.index.pagefindIdsOneFile + 1;
  const records = Array.from({ length: n }, (_, i) => ({ id: `PAAS-${i}` }));
  const pages = records.map((r, i) => [`en_${i.toString(16).padStart(7, '0')}`, r.id] as const);
  const { prefix, files } = pagefindMap(pages, records);
  assert.equal(prefix, 1);
  for (const [pfId, id] of pages) assert.equal(files.get(pagefindFileOf(pfId, prefix))?.[pfId], records.findIndex((r) => r.id === id));
});
