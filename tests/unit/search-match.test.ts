// Signatures and aliases found in a query (src/lib/search/match.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGS } from '../../src/lib/locales.ts';
import { languageIndexEntries } from '../../src/lib/search/build.ts';
import { matchEntries } from '../../src/lib/search/match.ts';
import { understand } from '../../src/lib/search/store.ts';
import { loadRealContent, seedErrorStrings } from '../helpers/real-content.ts';
import { FIXTURE, FIXTURE_LANG } from '../helpers/search-fixture.ts';
import { memoryStore } from '../helpers/search-store.ts';

const { store } = await memoryStore(FIXTURE_LANG, FIXTURE);

test('a signature inside a pasted log is found, with its cause', async () => {
  const log = [
    '2026-03-14 10:21:33 INFO agent starting pid 2231',
    '2026-03-14 10:21:33 INFO loading /data/bkce/paas_agent/etc/paas_agent_config.yaml',
    '2026-03-14 10:21:34 ERROR 10.0.3.21 license expired (trace 3f9a1c77e0b2)',
  ].join('\n');
  const { matches } = await understand(log, store);
  assert.equal(matches.signatureHits[0]?.id, 'PAAS-007');
  assert.equal(matches.signatureHits[0]?.cause, 'license-expired');
});

test('a signature with placeholders matches the concrete message; a short query matches part of one', async () => {
  const full = await understand('{"message": "Not found, component class not found, generic.v2.cc.search_host"}', store);
  assert.equal(full.matches.signatureHits[0]?.id, 'PAAS-012');
  const part = await understand('connect to mysql server', store);
  assert.equal(part.matches.signatureHits[0]?.id, 'PAAS-016');
});

test('aliases: Latin ones stand as words, CJK ones may sit inside a sentence', async () => {
  const cjk = await understand('我的 mysql 连不上了', store);
  assert.ok(cjk.matches.aliasHits.has(cjk.view.indexOfId('PAAS-016')!));
  const latin = await understand('licenses', store);
  assert.equal(latin.matches.aliasHits.size, 0);
});

test('matching returns a value and leaves the analysis as it was; only the given candidates match', async () => {
  const u = await understand('license expired', store);
  const before = structuredClone(u.analysis);
  const none = matchEntries(u.analysis, u.view, []);
  assert.deepEqual(none.signatureHits, []);
  assert.equal(none.matched.size, 0);
  assert.deepEqual(u.analysis, before);
  const again = matchEntries(u.analysis, u.view, u.candidates);
  assert.deepEqual(again.signatureHits, u.matches.signatureHits);
});

test('a symptom-class phrasing counts when the query has all its words, in any order and with words between', async () => {
  const said = await understand('登录以后又回到了登录页面', store);
  assert.ok((said.matches.phrasingHits.get(said.view.indexOfId('PAAS-028')!) ?? 0) > 0);
  const browser = await understand('Chrome: paas.bk.com redirected you too many times.', store);
  assert.ok((browser.matches.phrasingHits.get(browser.view.indexOfId('PAAS-028')!) ?? 0) > 0);
  const partial = await understand('redirected once', store);
  assert.equal(partial.matches.phrasingHits.size, 0);
});

test('an error string pasted as the FAQ typed it (full-width commas) or as the software prints it names the same entry', async () => {
  const real = await loadRealContent();
  const retyped = (await seedErrorStrings()).filter((s) => s.printed);
  assert.ok(retyped.length > 0, 'no seed string with a printed form');
  for (const lang of LANGS) {
    const { store } = await memoryStore(lang, languageIndexEntries(lang, real.entries));
    for (const seed of retyped) {
      for (const form of [seed.text, seed.printed!]) {
        const { matches } = await understand(form, store);
        assert.ok(
          matches.signatureHits.some((h) => h.id === seed.id && h.whole),
          `${lang}: ${JSON.stringify(form)} does not name ${seed.id} (${JSON.stringify(matches.signatureHits.slice(0, 3))})`,
        );
      }
    }
  }
});
