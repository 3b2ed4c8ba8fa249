// The wizard model and its URL state, on a small hand-made set of entries.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  advance,
  buildWizardModel,
  candidates,
  MAX_SHOWN_VALUE,
  parseState,
  positions,
  relatedAtEnd,
  serialiseState,
  stepOf,
  type WizardSourceEntry,
} from '../../src/lib/wizard.ts';

const facets = [
  { id: 'login-page', label: 'Login page' },
  { id: 'logs', label: 'Logs' },
  { id: 'empty', label: 'Nothing here' },
];

function entry(id: string, where: string[], causes: string[], extra: Partial<WizardSourceEntry> = {}): WizardSourceEntry {
  return {
    id,
    title: `Title ${id}`,
    symptom: `Symptom of ${id}`,
    type: 'problem',
    where,
    related: [],
    causes: causes.map((key) => ({ key, title: `Cause ${key}` })),
    url: `/en/faq/${id.toLowerCase()}/`,
    ...extra,
  };
}

const source = [
  entry('PAAS-010', ['login-page'], ['cookie', 'clock'], { related: ['PAAS-030', 'PAAS-099', 'PAAS-020'] }),
  entry('PAAS-002', ['login-page', 'logs'], [], { type: 'howto', symptom: 'You want to read the login log' }),
  entry('PAAS-020', ['login-page'], ['dns'], { symptom: '  Symptom   of PAAS-010 ' }),
  entry('PAAS-030', ['login-page'], ['port']),
  entry('PAAS-040', ['logs'], ['disk'], { related: ['PAAS-010'] }),
];
const model = buildWizardModel(facets, source);

describe('wizard model', () => {
  test('facets come from the entries, with counts; facets nobody uses are left out', () => {
    assert.deepEqual(
      model.facets.map((f) => [f.id, f.count]),
      [
        ['login-page', 4],
        ['logs', 2],
      ],
    );
  });

  test('symptoms: problems before how-tos, identical wording merged into one choice', () => {
    const login = model.facets[0]!;
    assert.deepEqual(
      login.symptoms.map((s) => [s.key, s.entryIds, s.howto]),
      [
        ['PAAS-010', ['PAAS-010', 'PAAS-020'], false],
        ['PAAS-030', ['PAAS-030'], false],
        ['PAAS-002', ['PAAS-002'], true],
      ],
    );
  });

  test('related ids that name no entry are dropped', () => {
    assert.deepEqual(model.entries['PAAS-010']!.related, ['PAAS-030', 'PAAS-020']);
  });

  test('candidates: the chosen symptom, then its related entries in the same place, then the rest', () => {
    assert.deepEqual(candidates(model, 'login-page', 'PAAS-010'), ['PAAS-010', 'PAAS-020', 'PAAS-030', 'PAAS-002']);
    assert.deepEqual(candidates(model, 'logs', 'PAAS-040'), ['PAAS-040', 'PAAS-002']);
    assert.deepEqual(candidates(model, 'logs', 'any'), ['PAAS-040', 'PAAS-002']);
    assert.deepEqual(candidates(model, 'logs', 'PAAS-030'), []);
  });

  test('the checklist lists every cause, and an entry without causes once', () => {
    assert.deepEqual(positions(model, ['PAAS-010', 'PAAS-002']), [
      { entry: 'PAAS-010', cause: 'cookie' },
      { entry: 'PAAS-010', cause: 'clock' },
      { entry: 'PAAS-002' },
    ]);
  });

  test('related entries offered at the end are not candidates already shown', () => {
    assert.deepEqual(relatedAtEnd(model, ['PAAS-040', 'PAAS-002']), ['PAAS-010']);
  });
});

describe('wizard state in the URL', () => {
  test('each step round-trips through the query string', () => {
    const states = [
      {},
      { where: 'logs' },
      { where: 'logs', symptom: 'any' },
      { where: 'login-page', symptom: 'PAAS-010', entry: 'PAAS-010', cause: 'clock' },
      { where: 'login-page', symptom: 'PAAS-010', entry: 'PAAS-002', result: 'fixed' as const },
      { where: 'login-page', symptom: 'PAAS-010', result: 'none' as const },
    ];
    for (const state of states) {
      const parsed = parseState(serialiseState(state), model);
      assert.deepEqual(parsed, { state, rejected: [] }, serialiseState(state));
    }
    assert.equal(serialiseState({}), '');
    assert.equal(serialiseState({ cause: 'x', where: 'logs' }), '?where=logs&cause=x');
  });

  test('the step follows from the state', () => {
    assert.equal(stepOf({}), 'where');
    assert.equal(stepOf({ where: 'logs' }), 'symptom');
    assert.equal(stepOf({ where: 'logs', symptom: 'any' }), 'check');
    assert.equal(stepOf({ where: 'logs', symptom: 'any', result: 'fixed' }), 'fixed');
    assert.equal(stepOf({ where: 'logs', symptom: 'any', result: 'none' }), 'none');
  });

  test('"not this" walks cause by cause, entry by entry, then ends; "skip" jumps to the next entry', () => {
    let state = parseState('?where=login-page&symptom=PAAS-010', model).state;
    const seen: string[] = [];
    for (let i = 0; i < 10 && stepOf(state) === 'check'; i++) {
      const list = positions(model, candidates(model, state.where, state.symptom));
      const here = state.entry ? state : list[0]!;
      seen.push(`${here.entry}/${here.cause ?? ''}`);
      state = advance(model, state, 'not');
    }
    assert.deepEqual(seen, ['PAAS-010/cookie', 'PAAS-010/clock', 'PAAS-020/dns', 'PAAS-030/port', 'PAAS-002/']);
    assert.equal(stepOf(state), 'none');

    const skipped = advance(model, { where: 'login-page', symptom: 'PAAS-010' }, 'skip');
    assert.deepEqual(skipped, { where: 'login-page', symptom: 'PAAS-010', entry: 'PAAS-020', cause: 'dns' });
    const fixed = advance(model, skipped, 'fixed');
    assert.deepEqual(fixed, { where: 'login-page', symptom: 'PAAS-010', entry: 'PAAS-020', cause: 'dns', result: 'fixed' });
  });

  test('a URL naming things that do not exist lands on the last good step and reports the rest', () => {
    const a = parseState('?where=login-page&symptom=PAAS-999&entry=PAAS-010', model);
    assert.deepEqual(a.state, { where: 'login-page' });
    assert.deepEqual(a.rejected, [
      { param: 'symptom', value: 'PAAS-999' },
      { param: 'entry', value: 'PAAS-010' },
    ]);

    const b = parseState('?where=login-page&symptom=PAAS-010&entry=PAAS-010&cause=nope&result=fixed', model);
    assert.deepEqual(b.state, { where: 'login-page', symptom: 'PAAS-010', entry: 'PAAS-010', cause: 'cookie' });
    assert.deepEqual(b.rejected.map((r) => r.param), ['cause', 'result']);

    // An entry that is not a candidate of this path (PAAS-040 shows under logs only).
    const c = parseState('?where=login-page&symptom=any&entry=PAAS-040', model);
    assert.deepEqual(c.state, { where: 'login-page', symptom: 'any' });
    assert.deepEqual(c.rejected, [{ param: 'entry', value: 'PAAS-040' }]);
  });

  test('hostile values are kept as plain strings, cut short, and never throw', () => {
    const script = '<script>alert(1)</script>';
    const a = parseState(`?where=${encodeURIComponent(script)}`, model);
    assert.deepEqual(a.state, {});
    assert.deepEqual(a.rejected, [{ param: 'where', value: script }]);

    const huge = 'x'.repeat(1_000_000);
    const started = performance.now();
    const b = parseState(`?where=logs&symptom=${huge}&cause=${'(a+)+$'.repeat(1000)}`, model);
    assert.ok(performance.now() - started < 1000, 'a 1 MB query is read quickly');
    assert.deepEqual(b.state, { where: 'logs' });
    assert.equal(Array.from(b.rejected[0]!.value).length, MAX_SHOWN_VALUE + 1); // + the ellipsis
    assert.ok(b.rejected[0]!.value.endsWith('…'));

    for (const search of ['?where=%E0%A4%A', '?where=__proto__', '?where=constructor&symptom=toString', '?&&==&where', '%']) {
      const parsed = parseState(search, model);
      assert.deepEqual(parsed.state, {}, search);
    }
    // Object keys that exist on every object never count as entries.
    assert.deepEqual(parseState('?where=logs&symptom=any&entry=constructor', model).state, { where: 'logs', symptom: 'any' });
  });

  test('the first of a repeated parameter wins; unknown parameters are ignored', () => {
    const parsed = parseState('?where=logs&where=login-page&utm=1&q=hello', model);
    assert.deepEqual(parsed, { state: { where: 'logs' }, rejected: [] });
  });
});
