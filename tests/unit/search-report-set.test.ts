// The report query set (tests/fixtures/search-reports.json): queries written the way trouble reports
// are, split into a tuning half and a held-out half by a fixed rule, so nobody picks which queries
// the engine is tuned on. The bench (`npm run bench:search`) reads both halves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LANGS, type Lang } from '../../src/lib/locales.ts';
import { loadRealContent } from '../helpers/real-content.ts';

interface ReportQuery {
  lang: Lang;
  q: string;
  expect: string[];
  kind: string;
  half: string;
}
const { queries } = JSON.parse(await readFile(new URL('../fixtures/search-reports.json', import.meta.url), 'utf8')) as { queries: ReportQuery[] };
const real = await loadRealContent();

/** The split rule: FNV-1a (32-bit) over the query's UTF-8 bytes; even → tuning, odd → held-out. */
function halfOf(q: string): string {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(q)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'tuning' : 'held-out';
}

test('every report sits in the half the fixed rule gives it', () => {
  for (const r of queries) assert.equal(r.half, halfOf(r.q), `half of ${JSON.stringify(r.q.slice(0, 40))}`);
});

test('the set is big enough to say something: at least 60 reports, 20 of them with no matching entry', () => {
  assert.ok(queries.length >= 60, `${queries.length} reports`);
  assert.ok(queries.filter((r) => r.expect.length === 0).length >= 20);
  for (const half of ['tuning', 'held-out']) {
    for (const lang of LANGS) {
      const part = queries.filter((r) => r.half === half && r.lang === lang);
      assert.ok(part.some((r) => r.expect.length > 0), `${half} ${lang}: a report with an answer`);
      assert.ok(part.some((r) => r.expect.length === 0), `${half} ${lang}: a report with no answer`);
    }
  }
});

test('each expected entry exists, and no report is listed twice', () => {
  const ids = new Set(real.entries.map((e) => e.id));
  for (const r of queries) for (const id of r.expect) assert.ok(ids.has(id), `unknown entry ${id}`);
  assert.equal(new Set(queries.map((r) => `${r.lang}\n${r.q}`)).size, queries.length);
});
