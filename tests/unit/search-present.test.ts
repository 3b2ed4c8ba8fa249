// What a result shows beyond its rank (src/lib/search/present.ts): marks only on words that carry meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanExcerpt, highlightWords, meaningful } from '../../src/lib/search/present.ts';
import { understand } from '../../src/lib/search/store.ts';
import { FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { memoryStore } from '../helpers/search-store.ts';

const { store } = await memoryStore(FIXTURE_LANG, FIXTURE);

test('marks only on words that say something alone: not "found", "open", "error" or 失败', () => {
  for (const w of ['found', 'Open', 'error', 'failed', '失败', 'x']) assert.equal(meaningful(w), false, w);
  for (const w of ['paas_agent', 'license', '跳转', 'supervisord.sock']) assert.equal(meaningful(w), true, w);
  assert.equal(cleanExcerpt('component class <mark>not</mark> <mark>found</mark> in <mark>esb</mark>'), 'component class not found in <mark>esb</mark>');
  // Cut out of the page's text: an ellipsis on each side that is not the page's own start or end.
  const page = 'The ESB answers: component class not found in esb. Check the component’s directory & restart esb.';
  assert.equal(cleanExcerpt('component class <mark>not</mark> found in <mark>esb</mark>', page), '… component class not found in <mark>esb</mark> …');
  assert.equal(cleanExcerpt('The <mark>ESB</mark> answers', page), 'The <mark>ESB</mark> answers …');
  assert.equal(cleanExcerpt('directory &amp; restart <mark>esb</mark>.', page), '… directory &amp; restart <mark>esb</mark>.');
});

test('Pagefind\'s marks fit whole words: punctuation outside, inflections inside, parts of other words unmarked', () => {
  assert.equal(cleanExcerpt('Exited too <mark>quickly.</mark> Then'), 'Exited too <mark>quickly</mark>. Then');
  assert.equal(cleanExcerpt('error <mark>(2003,</mark> refused'), 'error (<mark>2003</mark>, refused');
  assert.equal(cleanExcerpt('the <mark>install</mark>s of <mark>reboot</mark>ed hosts'), 'the <mark>installs</mark> of <mark>rebooted</mark> hosts');
  assert.equal(cleanExcerpt('on <mark>paas</mark>agent hosts, x<mark>license</mark>'), 'on paasagent hosts, xlicense');
});

test('Chinese words are marked whole, not as the character pairs search matches by', async () => {
  const u = await understand('登录后又回到登录页面', store);
  const words = highlightWords(u.analysis, u.matches);
  assert.ok(words.includes('登录'), words.join(' '));
  for (const w of words) assert.ok(!['录后', '录页', '后又'].includes(w), w);
});

test('the words marked for a query leave out the weak ones', async () => {
  const u = await understand('failed to open license file: not found', store);
  const words = highlightWords(u.analysis, u.matches);
  assert.ok(words.includes('license'));
  for (const w of ['failed', 'open', 'found', 'file']) assert.ok(!words.includes(w), w);
});
