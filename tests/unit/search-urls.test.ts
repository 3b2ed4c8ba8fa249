// Where a search query travels in a URL (searchHref / readQuery in src/lib/urls.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keepsInFragment, readQuery, searchHref } from '../../src/lib/urls.ts';

test('search URLs: short queries in ?q=, long or multi-line pastes in #q=, both read back', () => {
  assert.equal(searchHref('/', 'zh', '无限跳转'), `/zh/search/?q=${encodeURIComponent('无限跳转')}`);
  assert.equal(searchHref('/docs/kb/', 'en', 'a b'), '/docs/kb/en/search/?q=a+b');
  const paste = 'line one\nline two';
  assert.ok(keepsInFragment(paste));
  const href = searchHref('/', 'en', paste);
  assert.match(href, /^\/en\/search\/#q=/);
  const url = new URL(href, 'http://x');
  assert.equal(readQuery(url.search, url.hash).q, paste);
  assert.equal(readQuery('?q=a%20b&component=esb', '').q, 'a b');
  assert.equal(readQuery('?q=a%20b&component=esb', '').component, 'esb');
  assert.equal(readQuery('', '#q=%E0%A4%A').q, '%E0%A4%A');
});
