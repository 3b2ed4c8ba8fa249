// Walks the wizard built from the real content, through the URL at every step as a reader's
// browser would, and checks that every entry can be reached in both languages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LANGS, type Lang } from '../../src/lib/locales.ts';
import { whereFacets } from '../../src/lib/taxonomy.ts';
import {
  advance,
  buildWizardModel,
  candidates,
  parseState,
  positions,
  serialiseState,
  stepOf,
  toWizardSource,
  type WizardModel,
} from '../../src/lib/wizard.ts';

import { loadRealContent } from '../helpers/real-content.ts';

const { records } = await loadRealContent();

function modelFor(lang: Lang): WizardModel {
  const mine = records.filter((r) => r.lang === lang && r.data.status === 'active');
  return buildWizardModel(
    whereFacets.map((f) => ({ id: f.id, label: f[lang] })),
    mine.map((r) => toWizardSource(r.data, `/${lang}/faq/${r.slug}/`)),
  );
}

/** Every entry id met by clicking through: each place, each symptom, "not this" to the end. */
function walk(model: WizardModel): { reached: Set<string>; urls: number } {
  const reached = new Set<string>();
  let urls = 0;
  const visit = (search: string) => {
    urls++;
    const { state, rejected } = parseState(search, model);
    assert.deepEqual(rejected, [], `the wizard wrote a URL it cannot read back: ${search}`);
    return state;
  };
  assert.equal(stepOf(visit('')), 'where');
  for (const facet of model.facets) {
    const two = visit(serialiseState({ where: facet.id }));
    assert.equal(stepOf(two), 'symptom');
    for (const symptom of [...facet.symptoms.map((s) => s.key), 'any']) {
      let state = visit(serialiseState({ ...two, symptom }));
      const total = positions(model, candidates(model, state.where, state.symptom)).length;
      assert.ok(total > 0, `${facet.id} / ${symptom} offers nothing to check`);
      for (let i = 0; stepOf(state) === 'check'; i++) {
        assert.ok(i < total, 'the walk ends');
        const list = positions(model, candidates(model, state.where, state.symptom));
        const here = state.entry ?? list[0]!.entry;
        reached.add(here);
        const fixed = visit(serialiseState(advance(model, state, 'fixed')));
        assert.equal(stepOf(fixed), 'fixed');
        assert.equal(fixed.entry, here);
        state = visit(serialiseState(advance(model, state, 'not')));
      }
      assert.equal(stepOf(state), 'none');
    }
  }
  return { reached, urls };
}

for (const lang of LANGS) {
  test(`every entry is reachable in the ${lang} wizard`, () => {
    const ids = new Set(records.filter((r) => r.lang === lang && r.data.status === 'active').map((r) => r.data.id));
    assert.ok(ids.size > 0, 'no active entries');
    const model = modelFor(lang);
    const { reached, urls } = walk(model);
    assert.deepEqual([...reached].sort(), [...ids].sort());
    assert.ok(urls > ids.size);
    // Every entry also appears under at least one symptom that names it first (the no-JS list).
    const listed = new Set(model.facets.flatMap((f) => f.symptoms.flatMap((s) => s.entryIds)));
    assert.deepEqual([...listed].sort(), [...ids].sort());
  });
}

test('the wizard place is language-neutral: the same URL names the same step in zh and en', () => {
  const [zh, en] = LANGS.map(modelFor) as [WizardModel, WizardModel];
  for (const facet of zh.facets) {
    for (const s of facet.symptoms) {
      const search = serialiseState({ where: facet.id, symptom: s.key });
      assert.deepEqual(parseState(search, en), parseState(search, zh), search);
      assert.deepEqual(candidates(en, facet.id, s.key), candidates(zh, facet.id, s.key));
    }
  }
});
