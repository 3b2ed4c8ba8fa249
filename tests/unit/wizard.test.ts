// The wizard's URL state and step 3, on a small hand-made model and class list.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  advance,
  MAX_SHOWN_VALUE,
  orderCandidates,
  parseCheck,
  parseSteps,
  pick,
  positions,
  positionStates,
  readQuery,
  serialiseState,
  stepOf,
  type Candidate,
  type ClassList,
  type WizardState,
} from '../../src/lib/wizard.ts';
import { buildClassLists, buildWizardModel, type WizardSourceEntry } from '../../src/lib/wizard-questions.ts';

function entry(id: string, where: string[], symptoms: string[], causes: string[], extra: Partial<WizardSourceEntry> = {}): WizardSourceEntry {
  return { id, title: `Title ${id}`, type: 'problem', component: 'login', where, symptoms, related: [], causes: causes.map((key) => ({ key, title: `Cause ${key}` })), url: `/en/faq/${id.toLowerCase()}/`, ...extra };
}

const taxonomy = {
  places: [
    { id: 'login-page', label: 'Login page' },
    { id: 'logs', label: 'Logs' },
    { id: 'empty', label: 'Nothing here' },
  ],
  classes: [
    { id: 'loop', label: 'Redirect loop', where: ['login-page'] },
    { id: 'no-logs', label: 'No logs', where: ['logs'] },
    { id: 'unused', label: 'Nobody', where: ['logs'] },
  ],
  components: { login: 'Login' },
};
const source = [
  entry('PAAS-020', ['logs'], ['loop'], ['dns']),
  entry('PAAS-010', ['login-page'], ['loop'], ['cookie', 'clock'], { related: ['PAAS-003', 'PAAS-099'] }),
  entry('PAAS-002', ['login-page', 'logs'], ['no-logs'], [], { type: 'howto' }),
  entry('PAAS-003', ['logs'], ['no-logs'], ['rotate']),
];
const model = buildWizardModel(taxonomy, source);
const lists = buildClassLists(source);
const loop = lists.get('loop')!;

/** Parses a query the way the browser does, with the class file for step 3. */
function parse(search: string) {
  const steps = parseSteps(readQuery(search), model);
  const list = steps.state.class ? lists.get(steps.state.class)! : undefined;
  const candidates = list ? orderCandidates(list, steps.state, model) : [];
  return { ...parseCheck(steps, candidates), candidates };
}

describe('model', () => {
  test('places and classes without entries are left out; counts come from the entries', () => {
    assert.deepEqual(model.places.map((p) => [p.id, p.count]), [['login-page', 2], ['logs', 3]]);
    assert.deepEqual(model.classes.map((c) => [c.id, c.count]), [['loop', 2], ['no-logs', 2]]);
  });

  test('a place offers the classes its entries list and those the taxonomy puts there', () => {
    const q = model.places.find((p) => p.id === 'logs')!.question;
    assert.equal(q.ask, 'class');
    assert.deepEqual(q.ask === 'class' && q.classes.map((i) => model.classes[i]!.id).sort(), ['loop', 'no-logs']);
  });

  test('class lists hold every entry of the class by id, and the related entries that are not in it', () => {
    assert.deepEqual(loop.entries.map((c) => c.id), ['PAAS-010', 'PAAS-020']);
    assert.deepEqual(loop.related.map((r) => r.id), ['PAAS-003']);
    assert.deepEqual(lists.get('no-logs')!.entries.find((c) => c.id === 'PAAS-002')!.howto, true);
  });
});

describe('step 3 order', () => {
  test('entries that show in the chosen place come first', () => {
    const ids = (state: WizardState) => orderCandidates(loop, state, model).map((c) => c.id);
    assert.deepEqual(ids({ where: 'logs', class: 'loop' }), ['PAAS-020', 'PAAS-010']);
    assert.deepEqual(ids({ where: 'login-page', class: 'loop' }), ['PAAS-010', 'PAAS-020']);
  });

  test('"not this" walks every cause, "skip" jumps to the next entry, past the last: none', () => {
    const candidates = orderCandidates(loop, { where: 'login-page', class: 'loop' }, model);
    assert.deepEqual(positions(candidates), [
      { entry: 'PAAS-010', cause: 'cookie' },
      { entry: 'PAAS-010', cause: 'clock' },
      { entry: 'PAAS-020', cause: 'dns' },
    ]);
    const start: WizardState = { where: 'login-page', class: 'loop' };
    const run = { from: 'PAAS-010', fromcause: 'cookie' };
    const second = advance(candidates, start, 'not');
    assert.deepEqual(second, { ...start, ...run, entry: 'PAAS-010', cause: 'clock' });
    assert.deepEqual(advance(candidates, second, 'not'), { ...start, ...run, entry: 'PAAS-020', cause: 'dns' });
    assert.deepEqual(advance(candidates, start, 'skip'), { ...start, ...run, entry: 'PAAS-020', cause: 'dns' });
    assert.deepEqual(advance(candidates, second, 'fixed'), { ...second, result: 'fixed' });
    assert.deepEqual(advance(candidates, start, 'fixed'), { ...start, entry: 'PAAS-010', cause: 'cookie', result: 'fixed' });
    assert.deepEqual(advance(candidates, { ...start, entry: 'PAAS-020', cause: 'dns' }, 'not'), { ...start, result: 'none' });
  });

  test('what "not this" passed over is ruled out; what a link or a pick skipped is not', () => {
    const candidates = orderCandidates(loop, { where: 'login-page', class: 'loop' }, model);
    const list = positions(candidates);
    const start: WizardState = { where: 'login-page', class: 'loop' };
    assert.deepEqual(positionStates(list, start), ['current', 'upcoming', 'upcoming']);
    const walked = advance(candidates, advance(candidates, start, 'not'), 'not');
    assert.deepEqual(positionStates(list, walked), ['ruled-out', 'ruled-out', 'current']);
    // A link straight to the second entry (an old link, a ticket) says nothing about the first.
    const linked = parse('?where=login-page&class=loop&entry=PAAS-020&cause=dns');
    assert.deepEqual(positionStates(list, linked.state), ['upcoming', 'upcoming', 'current']);
    // Picking a later cause opens it, and rules out nothing on the way; "not this" from there
    // rules out only from there on.
    const picked = pick(start, list[1]!);
    assert.deepEqual(picked, { ...start, entry: 'PAAS-010', cause: 'clock' });
    assert.deepEqual(positionStates(list, picked), ['upcoming', 'current', 'upcoming']);
    assert.deepEqual(positionStates(list, advance(candidates, picked, 'not')), ['upcoming', 'ruled-out', 'current']);
    // A pick from the end states starts a new run too.
    assert.deepEqual(pick({ ...walked, result: 'fixed' }, list[0]!), { ...start, entry: 'PAAS-010', cause: 'cookie' });
    // An entry without causes is picked as a whole.
    assert.deepEqual(pick({ where: 'logs', class: 'no-logs' }, { entry: 'PAAS-002' }), { where: 'logs', class: 'no-logs', entry: 'PAAS-002' });
  });
});

describe('URL state', () => {
  test('every state the wizard writes reads back the same, parameters in one order', () => {
    for (const state of [
      {},
      { where: 'logs' },
      { where: 'logs', class: 'no-logs' },
      { where: 'logs', class: 'no-logs', entry: 'PAAS-003', cause: 'rotate' },
      { where: 'logs', class: 'no-logs', from: 'PAAS-002', entry: 'PAAS-003', cause: 'rotate' },
      { where: 'logs', class: 'loop', from: 'PAAS-020', fromcause: 'dns', entry: 'PAAS-010', cause: 'clock', result: 'fixed' as const },
      { where: 'logs', class: 'no-logs', entry: 'PAAS-002', result: 'fixed' as const },
      { where: 'logs', class: 'loop', result: 'none' as const },
    ]) {
      const search = serialiseState(state);
      const back = parse(search);
      assert.deepEqual(back.rejected, [], search);
      assert.deepEqual(back.state, state, search);
    }
    assert.equal(serialiseState({ cause: 'c', where: 'logs', entry: 'E', class: 'loop' }), '?where=logs&class=loop&entry=E&cause=c');
  });

  test('steps follow the state', () => {
    assert.equal(stepOf(parse('').state), 'where');
    assert.equal(stepOf(parse('?where=logs').state), 'symptom');
    assert.equal(stepOf(parse('?where=logs&class=loop').state), 'check');
    assert.equal(stepOf(parse('?where=logs&class=loop&entry=PAAS-010&cause=clock&result=fixed').state), 'fixed');
  });

  test('the longest valid prefix is kept and the rest reported', () => {
    assert.deepEqual(parse('?where=nowhere&class=loop').rejected.map((r) => r.param), ['where', 'class']);
    assert.deepEqual(parse('?where=logs&class=nope&entry=PAAS-010').state, { where: 'logs' });
    // A class an entry of the place lists is offered there, though the taxonomy puts it elsewhere.
    const other = parse('?where=login-page&class=no-logs');
    assert.deepEqual(other.state, { where: 'login-page', class: 'no-logs' });
    const wrongCause = parse('?where=logs&class=loop&entry=PAAS-010&cause=nope&result=fixed');
    assert.deepEqual(wrongCause.state, { where: 'logs', class: 'loop', entry: 'PAAS-010', cause: 'cookie' });
    assert.deepEqual(wrongCause.rejected.map((r) => r.param), ['cause', 'result']);
    assert.deepEqual(parse('?where=logs&class=loop&entry=PAAS-003').rejected.map((r) => r.param), ['entry']);
  });

  test('a start of the run that names no place is reported; one at or after the current place is dropped quietly', () => {
    const at = '?where=logs&class=loop&entry=PAAS-010&cause=cookie';
    assert.deepEqual(parse(`${at}&from=PAAS-099&fromcause=x`).rejected.map((r) => r.param), ['from', 'fromcause']);
    assert.deepEqual(parse(`${at}&from=PAAS-020`).rejected.map((r) => r.param), ['from'], 'PAAS-020 has a cause, so it needs one');
    assert.deepEqual(parse(`${at}&fromcause=dns`).rejected.map((r) => r.param), ['fromcause']);
    const later = parse('?where=logs&class=loop&from=PAAS-010&fromcause=clock&entry=PAAS-010&cause=cookie');
    assert.deepEqual(later.rejected, []);
    assert.deepEqual(later.state, { where: 'logs', class: 'loop', entry: 'PAAS-010', cause: 'cookie' });
    assert.deepEqual(parse('?where=logs&class=loop&from=PAAS-020&fromcause=dns&result=none').state, { where: 'logs', class: 'loop', result: 'none' });
    assert.deepEqual(parse('?where=logs&from=PAAS-020').rejected.map((r) => r.param), ['from']);
  });

  test('hostile values name nothing, are cut for display, and prototype names find nothing', () => {
    const long = 'x'.repeat(5000);
    const { state, rejected } = parse(`?where=logs&class=${encodeURIComponent(`<img src=x onerror=alert(1)>${long}`)}`);
    assert.deepEqual(state, { where: 'logs' });
    assert.equal(Array.from(rejected[0]!.value).length, MAX_SHOWN_VALUE + 1);
    for (const name of ['__proto__', 'constructor', 'toString']) {
      assert.deepEqual(parse(`?where=${name}`).state, {});
      assert.deepEqual(parse(`?where=logs&class=${name}`).state, { where: 'logs' });
      assert.deepEqual(parse(`?where=logs&class=loop&entry=${name}`).state, { where: 'logs', class: 'loop' });
    }
  });

  test('a 1 MB query is read quickly', () => {
    const started = performance.now();
    parse(`?where=logs&class=loop&entry=${'A'.repeat(1_000_000)}`);
    assert.ok(performance.now() - started < 1000);
  });
});

test('candidate lists carry no more than a candidate needs', () => {
  const c: Candidate = loop.entries[0]!;
  assert.deepEqual(Object.keys(c).sort(), ['causes', 'component', 'howto', 'id', 'title', 'url', 'where']);
  const list: ClassList = loop;
  assert.equal(list.class, 'loop');
});
