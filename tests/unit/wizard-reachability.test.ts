// Walks the wizard built from the real content through the URL at every step, as a reader's browser
// would: every active entry is reached in both languages; every URL the wizard writes reads back;
// and every link the first wizard could write (`symptom=<entry id>`) opens that entry again.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viewOf, type EntryLangView } from '../../src/lib/content/entry.ts';
import { LANGS, type Lang } from '../../src/lib/locales.ts';
import { components, symptomClasses, whereFacets } from '../../src/lib/taxonomy.ts';
import {
  advance,
  ANY,
  orderCandidates,
  parseCheck,
  parseSteps,
  readQuery,
  serialiseState,
  stepOf,
  type WizardModel,
  type WizardQuestion,
  type WizardState,
} from '../../src/lib/wizard.ts';
import { buildLookups, fromLegacy, lookupShard } from '../../src/lib/wizard-legacy.ts';
import { buildClassLists, buildWizardModel, questionFigures, toWizardSource } from '../../src/lib/wizard-questions.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const { entries } = await loadRealContent();

function wizardFor(lang: Lang) {
  const views = entries.map((e) => viewOf(e, lang)).filter((v): v is EntryLangView => v !== undefined && v.data.status === 'active');
  const sources = views.map((v) => toWizardSource(v.data, `/${lang}/faq/${v.slug}/`));
  const model = buildWizardModel(
    {
      places: whereFacets.map((f) => ({ id: f.id, label: f[lang] })),
      classes: symptomClasses.map((c) => ({ id: c.id, label: c[lang].label, where: c.where })),
      components: Object.fromEntries(components.map((c) => [c.id, c[lang]])),
    },
    sources,
  );
  return { model, lists: buildClassLists(sources), lookups: buildLookups(sources, model.lookupShards), ids: views.map((v) => v.id) };
}

type Wizard = ReturnType<typeof wizardFor>;

/** Reads a query string the way src/client/wizard.ts does. */
function open(w: Wizard, search: string) {
  let raw = readQuery(search);
  const legacy = fromLegacy(raw, w.model, (id) => w.lookups[lookupShard(id, w.model.lookupShards)]![id]);
  raw = legacy.raw;
  const steps = parseSteps(raw, w.model);
  const list = steps.state.class ? w.lists.get(steps.state.class) : undefined;
  const candidates = list ? orderCandidates(list, steps.state, w.model) : [];
  const checked = parseCheck(steps, candidates);
  return { state: checked.state, rejected: [...legacy.rejected, ...checked.rejected], candidates };
}

/** The states a reader can reach in step 2 by answering every question, down to each class. */
function classStates(model: WizardModel, state: WizardState, q: WizardQuestion): WizardState[] {
  if (q.ask === 'class') return q.classes.map((i) => ({ ...state, class: model.classes[i]!.id }));
  return q.options.flatMap((o) => classStates(model, { ...state, [q.ask]: o.value }, o.next));
}

for (const lang of LANGS) {
  test(`${lang}: clicking through every place and class reaches every active entry`, () => {
    const w = wizardFor(lang);
    const reached = new Set<string>();
    const visit = (state: WizardState) => {
      const search = serialiseState(state);
      const back = open(w, search);
      assert.deepEqual(back.rejected, [], `the wizard wrote a URL it cannot read back: ${search}`);
      assert.deepEqual(back.state, state, search);
      return back;
    };
    assert.equal(stepOf(visit({}).state), 'where');
    for (const place of w.model.places) {
      assert.equal(stepOf(visit({ where: place.id }).state), 'symptom');
      for (const start of classStates(w.model, { where: place.id }, place.question)) {
        let { state, candidates } = visit(start);
        assert.ok(candidates.length > 0, `${serialiseState(start)} offers nothing to check`);
        for (let guard = 0; stepOf(state) === 'check'; guard++) {
          assert.ok(guard < 1000, 'the walk ends');
          const fixed = visit(advance(candidates, state, 'fixed'));
          assert.equal(stepOf(fixed.state), 'fixed');
          reached.add(fixed.state.entry!);
          state = visit(advance(candidates, state, 'not')).state;
        }
        assert.equal(stepOf(state), 'none');
      }
    }
    assert.deepEqual([...reached].sort(), [...w.ids].sort());
  });

  test(`${lang}: every link the first wizard wrote opens the same entry and cause`, () => {
    const w = wizardFor(lang);
    const list = new Map([...w.lists.values()].flatMap((l) => l.entries.map((c) => [c.id, c] as const)));
    for (const entry of list.values()) {
      for (const where of entry.where) {
        // Step 3 at the entry's first cause, at each cause, and "fixed" there.
        const opened = open(w, `?where=${where}&symptom=${entry.id}`);
        assert.deepEqual(opened.rejected, []);
        assert.equal(opened.state.entry, entry.id);
        assert.equal(opened.state.cause, entry.causes[0]?.key);
        for (const cause of entry.causes) {
          const at = open(w, `?where=${where}&symptom=${entry.id}&entry=${entry.id}&cause=${cause.key}&result=fixed`);
          assert.deepEqual(at.rejected, []);
          assert.deepEqual([at.state.entry, at.state.cause, at.state.result], [entry.id, cause.key, 'fixed']);
          const any = open(w, `?where=${where}&symptom=${ANY}&entry=${entry.id}&cause=${cause.key}`);
          assert.deepEqual([any.state.entry, any.state.cause], [entry.id, cause.key]);
        }
      }
    }
  });

  test(`${lang}: no step offers more than a dozen choices`, () => {
    const figures = questionFigures(wizardFor(lang).model);
    assert.ok(figures.maxChoices <= 12, `${figures.maxChoices} choices`);
  });
}

test('zh and en offer the same places, questions and candidates', () => {
  const [zh, en] = LANGS.map(wizardFor) as [Wizard, Wizard];
  assert.deepEqual(JSON.stringify(zh.model.places.map((p) => [p.id, p.question])), JSON.stringify(en.model.places.map((p) => [p.id, p.question])));
  for (const [id, list] of zh.lists) assert.deepEqual(list.entries.map((c) => c.id), en.lists.get(id)!.entries.map((c) => c.id));
});
