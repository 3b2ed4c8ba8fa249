// Reading a query: paste or typed, which lines count, spelling (src/lib/search/query.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse, lookupTerms, readQueryText } from '../../src/lib/search/query.ts';
import { understand } from '../../src/lib/search/store.ts';
import { TUNING } from '../../src/lib/search/tuning.ts';
import { FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { memoryStore } from '../helpers/search-store.ts';

const { store } = await memoryStore(FIXTURE_LANG, FIXTURE);

test('several lines, or one long line, read as a paste; error lines come first for loading', () => {
  assert.equal(readQueryText('license expired').pasted, false);
  assert.equal(readQueryText('a\nb\nc').pasted, true);
  assert.equal(readQueryText('x '.repeat(TUNING.query.pasteChars)).pasted, true);
  // Two lines: a paste when one is a log line of a known format (what the wizard's error box sends),
  // the reader's own words when both are sentences.
  assert.equal(readQueryText('agent 起不来\nE1204 10:21:33.412345   23145 main.go:61] listen tcp :4245: bind: address already in use').pasted, true);
  assert.equal(readQueryText('nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n重启 nginx 就报这个').pasted, true);
  assert.equal(readQueryText('登录页打不开\n别的页面都正常').pasted, false);
  const q = readQueryText('INFO starting worker\nINFO loading config\nERROR license expired');
  assert.deepEqual(
    q.lines.map((l) => l.errorLine),
    [false, false, true],
  );
  assert.equal(lookupTerms(q)[0], 'license');
});

test('in a paste, the terms of error lines weigh more than the same kind of word elsewhere', async () => {
  const { analysis: a } = await understand('INFO agent starting\nINFO agent running\nERROR license expired', store);
  const weight = (term: string) => a.terms.find((t) => t.term === term)?.weight ?? 0;
  assert.equal(a.pasted, true);
  assert.ok(weight('license') > weight('agent'), `${weight('license')} vs ${weight('agent')}`);
});

test('a typed misspelt word is corrected from its first letter’s word list; a paste is not', async () => {
  const { analysis: a } = await understand('paas_agnet', store);
  assert.equal(a.corrections.get('paas_agnet'), 'paas_agent');
  assert.ok(a.keys[2]!.includes('paas_agent'));
  const pasted = await understand('paas_agnet\nfoo\nbar', store);
  assert.equal(pasted.analysis.corrections.size, 0);
  assert.deepEqual(pasted.analysis.spellingLetters, []);
});

test('without its word list loaded, analyse only names the letters it wants', () => {
  const a = analyse('servcie', { n: 1, term: () => ({ df: 0, postings: [] }), vocab: () => undefined, entry: () => undefined, indexOfId: () => undefined });
  assert.deepEqual(a.spellingLetters, ['s']);
  assert.equal(a.corrections.size, 0);
});

test('hostile input: a 1 MB paste of metacharacters is analysed without error, from its capped text', async () => {
  const big = '.*+?^${}()|[]\\<script>alert(1)</script> "\'\n'.repeat(25_000);
  assert.ok(big.length > 1_000_000);
  const { analysis: a } = await understand(big, store);
  assert.equal(a.pasted, true);
  assert.ok(a.keys[0]!.length <= TUNING.query.maxAnalysedChars + 1);
});

test('in a report, the reporter’s sentence outweighs pasted log lines, and identifiers only the logs carry are weak', async () => {
  const report = [
    '登录后又回到登录页，反复循环',
    '[2026-12-04 10:21:33,123] INFO [views.py:88] user admin login success, bk_token=1f2e3d4c5b6a app_code=bk_cmdb',
    '[2026-12-04 10:21:33,623] INFO [views.py:88] user admin login success, bk_token=6a5b4c3d2e1f app_code=bk_cmdb',
  ].join('\n');
  const { analysis: a } = await understand(report, store);
  assert.equal(a.pasted, true);
  const weight = (term: string) => a.terms.find((t) => t.term === term)?.weight ?? 0;
  assert.ok(weight('app_code') > 0 && weight('app_code') < weight('循环') / 2, `${weight('app_code')} vs ${weight('循环')}`);
  // the source location is not a word of the report
  assert.equal(weight('views.py'), 0);
});

test('a paste’s paths are read by their meaningful segments, whatever the install root', async () => {
  const a = (await understand('x\ny\nopen /data/bkee/paas_agent/apps/projects/bk_itsm/run/supervisord.sock failed', store)).analysis;
  const b = (await understand('x\ny\nopen ${BK_HOME}/paas_agent/apps/projects/bk_itsm/run/supervisord.sock failed', store)).analysis;
  const terms = (x: typeof a) => x.terms.map((t) => t.term).sort();
  assert.deepEqual(terms(a), terms(b));
  assert.ok(a.terms.some((t) => t.term === 'paas_agent'));
});
