import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { KB } from '../../tools/lib/bytes.ts';
import { ENTRY_PAGE_BUDGET, kb, median, overBudget, pageCost, resourceKind, wireBytes, type Transfer } from '../../tools/lib/page-budget.ts';

describe('resourceKind', () => {
  test('reads the Content-Type first', () => {
    assert.equal(resourceKind('http://x/zh/faq/a/', 'text/html; charset=utf-8'), 'html');
    assert.equal(resourceKind('http://x/_astro/a.css', 'text/css'), 'css');
    assert.equal(resourceKind('http://x/a', 'text/javascript; charset=utf-8'), 'js');
    assert.equal(resourceKind('http://x/a', 'application/javascript'), 'js');
    assert.equal(resourceKind('http://x/f', 'font/woff2'), 'font');
    assert.equal(resourceKind('http://x/favicon.svg', 'image/svg+xml'), 'image');
    assert.equal(resourceKind('http://x/zh/search/t/3.json', 'application/json'), 'data');
    assert.equal(resourceKind('http://x/pagefind/wasm.zh-cn.pagefind', 'application/wasm'), 'data');
  });

  test('falls back to the extension when the type is missing or generic', () => {
    assert.equal(resourceKind('http://x/_astro/a.B2.js?v=1'), 'js');
    assert.equal(resourceKind('http://x/_astro/a.css', 'text/plain'), 'css');
    assert.equal(resourceKind('http://x/zh/'), 'html');
    assert.equal(resourceKind('http://x/fonts/a.woff2', 'application/octet-stream'), 'font');
    assert.equal(resourceKind('http://x/pagefind/wasm.unknown.pagefind', 'application/octet-stream'), 'data');
    assert.equal(resourceKind('/pagefind/index/zh_1.pf_index'), 'data');
    assert.equal(resourceKind('http://x/LICENSE'), 'other');
  });
});

describe('wireBytes', () => {
  test('text counts at its gzip size, never more than raw', () => {
    assert.equal(wireBytes({ url: 'http://x/a.js', kind: 'js', raw: 1000, gzip: 400 }), 400);
    assert.equal(wireBytes({ url: 'http://x/tiny.js', kind: 'js', raw: 10, gzip: 30 }), 10);
    assert.equal(wireBytes({ url: 'http://x/favicon.svg', kind: 'image', raw: 900, gzip: 500 }), 500);
  });

  test('fonts and raster images are sent as they are', () => {
    assert.equal(wireBytes({ url: 'http://x/a.woff2', kind: 'font', raw: 20000, gzip: 19900 }), 20000);
    assert.equal(wireBytes({ url: 'http://x/a.png?x', kind: 'image', raw: 5000, gzip: 4000 }), 5000);
  });
});

describe('pageCost and overBudget', () => {
  const t = (url: string, kind: Transfer['kind'], gzip: number): Transfer => ({ url, kind, raw: gzip * 3, gzip });

  test('sums per kind and in total', () => {
    const cost = pageCost([t('/', 'html', 6000), t('/a.css', 'css', 2000), t('/a.js', 'js', 1500), t('/b.js', 'js', 500)]);
    assert.equal(cost.requests, 4);
    assert.equal(cost.gzip, 10000);
    assert.equal(cost.raw, 30000);
    assert.deepEqual(cost.byKind.js, { count: 2, raw: 6000, gzip: 2000 });
    assert.equal(cost.byKind.font.count, 0);
    assert.deepEqual(overBudget(cost), []);
  });

  test('names each limit a page breaks', () => {
    const heavyJs = pageCost([t('/', 'html', 5000), t('/a.js', 'js', 10 * KB + 1)]);
    assert.deepEqual(overBudget(heavyJs), ['JS 10.0 KB gzip > 10.0 KB']);
    const heavy = pageCost([t('/', 'html', 25 * KB), t('/a.js', 'js', 11 * KB)]);
    assert.equal(overBudget(heavy).length, 2);
    assert.match(overBudget(heavy)[0], /^total 36\.0 KB gzip > 30\.0 KB$/);
    // Exactly at the limit fits.
    assert.deepEqual(overBudget(pageCost([t('/', 'html', 20 * KB), t('/a.js', 'js', 10 * KB)]), ENTRY_PAGE_BUDGET), []);
  });
});

test('median and kb', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
  assert.equal(kb(1536), '1.5 KB');
});
