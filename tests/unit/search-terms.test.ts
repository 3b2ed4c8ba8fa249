// From text to search terms: log noise, tokens, stemming, edit distance (src/lib/search/terms.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from '../../src/lib/search/normalise.ts';
import { editDistance, stem, stripNoise, tokens } from '../../src/lib/search/terms.ts';

test('stripNoise removes timestamps, IPs, MACs, hex ids and request ids but keeps the words', () => {
  const s = stripNoise(normalise('2026-03-14 10:21:33.412 [ERROR] 10.0.3.21:8080 mac 00:16:3e:0a:1b:2c request_id=7f3a9c2e4b1d license expired deadbeef1234'));
  assert.doesNotMatch(s, /2026|10:21|10\.0\.3|00:16|7f3a|deadbeef/);
  assert.match(s, /license expired/);
});

test('tokens: Latin words kept whole and split, CJK as pairs, stop words dropped', () => {
  const ts = tokens(normalise('The paas_agent.license 无限跳转')).map((t) => t.term);
  assert.ok(ts.includes('paas_agent.license'));
  assert.ok(ts.includes('paas'));
  assert.ok(ts.includes('无限') && ts.includes('限跳') && ts.includes('跳转'));
  assert.ok(!ts.includes('the'));
  assert.equal(stem('logs'), 'log');
  assert.equal(stem('expired'), 'expir');
  assert.equal(stem(stem('redirects')), stem('redirects'));
});

test('editDistance counts transpositions as one edit and stops early', () => {
  assert.equal(editDistance('agnet', 'agent', 2), 1);
  assert.equal(editDistance('quikly', 'quickly', 2), 1);
  assert.ok(editDistance('license', 'gateway', 2) > 2);
});
