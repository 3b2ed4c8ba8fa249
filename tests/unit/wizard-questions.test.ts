// Step 2's questions, derived from the data: never more than MAX_CHOICES choices, the question that
// best narrows the classes when a place has too many, groups when nothing in the data divides them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classesUnder, MAX_CHOICES, type WizardQuestion } from '../../src/lib/wizard.ts';
import { buildWizardModel, questionFigures, type WizardSourceEntry } from '../../src/lib/wizard-questions.ts';

const components = Object.fromEntries(['nginx', 'mysql', 'login', 'esb'].map((c) => [c, c.toUpperCase()]));

function corpus(classCount: number, componentOf: (k: number) => string, typeOf: (k: number) => 'problem' | 'howto' = () => 'problem') {
  const classes = Array.from({ length: classCount }, (_, k) => ({ id: `c${k}`, label: `Class ${k}`, where: ['place'] }));
  const entries: WizardSourceEntry[] = classes.flatMap((c, k) =>
    [0, 1].map((j) => ({ id: `E-${k}-${j}`, title: 't', type: typeOf(k), component: componentOf(k), where: ['place'], symptoms: [c.id], related: [], causes: [], url: '/' })),
  );
  return buildWizardModel({ places: [{ id: 'place', label: 'Place' }], classes, components }, entries);
}

function everyQuestion(q: WizardQuestion, out: WizardQuestion[] = []): WizardQuestion[] {
  out.push(q);
  if (q.ask !== 'class') for (const o of q.options) everyQuestion(o.next, out);
  return out;
}

test('a place with few classes asks for the class at once', () => {
  const model = corpus(MAX_CHOICES, () => 'nginx');
  assert.equal(model.places[0]!.question.ask, 'class');
  assert.deepEqual(questionFigures(model), { maxChoices: MAX_CHOICES, longestPath: 2 });
});

test('more classes than a step may show: the attribute that divides them best is asked first', () => {
  // Classes follow the component closely; problem/how-to divides them less well.
  const model = corpus(40, (k) => ['nginx', 'mysql', 'login', 'esb'][k % 4]!, (k) => (k < 30 ? 'problem' : 'howto'));
  const q = model.places[0]!.question;
  assert.equal(q.ask, 'component');
  const values = q.ask === 'component' ? q.options.map((o) => o.value) : [];
  assert.deepEqual(values.sort(), ['esb', 'login', 'mysql', 'nginx']);
  assert.deepEqual(model.labels, components);
  // Every class stays reachable, every step shows at most MAX_CHOICES choices.
  assert.equal(classesUnder(q).size, 40);
  for (const question of everyQuestion(q)) {
    const n = question.ask === 'class' ? question.classes.length : question.options.length;
    assert.ok(n <= MAX_CHOICES, `${question.ask} offers ${n}`);
  }
  const figures = questionFigures(model);
  assert.ok(figures.maxChoices <= MAX_CHOICES);
  assert.ok(figures.longestPath >= 3);
});

test('nothing in the data divides the classes: they come in groups, most entries first', () => {
  const model = corpus(30, () => 'nginx');
  const q = model.places[0]!.question;
  assert.equal(q.ask, 'group');
  if (q.ask !== 'group') return;
  assert.equal(q.options.length, 3);
  assert.ok(q.options.every((o) => o.next.ask === 'class' && o.next.classes.length <= MAX_CHOICES));
  assert.equal(classesUnder(q).size, 30);
});

test('too many component values: the smallest are answered together as "other"', () => {
  const many = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`comp${i}`, `Comp ${i}`]));
  const classes = Array.from({ length: 60 }, (_, k) => ({ id: `c${k}`, label: `Class ${k}`, where: ['place'] }));
  const entries: WizardSourceEntry[] = classes.map((c, k) => ({ id: `E-${k}`, title: 't', type: 'problem', component: `comp${k % 20}`, where: ['place'], symptoms: [c.id], related: [], causes: [], url: '/' }));
  const model = buildWizardModel({ places: [{ id: 'place', label: 'Place' }], classes, components: many }, entries);
  const q = model.places[0]!.question;
  assert.equal(q.ask, 'component');
  if (q.ask !== 'component') return;
  assert.ok(q.options.length <= MAX_CHOICES);
  const other = q.options.find((o) => o.value === 'other')!;
  assert.ok(other.match.length > 1);
  assert.equal(classesUnder(q).size, 60);
});

test('a link keeps its class when the questions before it changed; a stale answer alone is reported', async () => {
  const { parseSteps, readQuery } = await import('../../src/lib/wizard.ts');
  const model = corpus(30, () => 'nginx');
  // Groups are numbered from the data of the day: group 9 does not exist (any more).
  assert.deepEqual(parseSteps(readQuery('?where=place&group=9&class=c29'), model), { state: { where: 'place', class: 'c29' }, rejected: [], check: {} });
  // An answer that still exists but no longer leads to the class is dropped too.
  assert.deepEqual(parseSteps(readQuery('?where=place&group=1&class=c29'), model).state, { where: 'place', class: 'c29' });
  assert.deepEqual(parseSteps(readQuery('?where=place&group=3&class=c29'), model).state, { where: 'place', group: '3', class: 'c29' });
  const stale = parseSteps(readQuery('?where=place&group=9'), model);
  assert.deepEqual(stale.state, { where: 'place' });
  assert.deepEqual(stale.rejected.map((r) => r.param), ['group']);
});
