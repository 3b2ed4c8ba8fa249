// Links written by the first wizard (`symptom=<entry id>|any`) open the same place in the new one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readQuery } from '../../src/lib/wizard.ts';
import { buildLookups, fromLegacy, legacyIds, lookupShard } from '../../src/lib/wizard-legacy.ts';
import { buildWizardModel, type WizardSourceEntry } from '../../src/lib/wizard-questions.ts';

const e = (id: string, where: string[], symptoms: string[]): WizardSourceEntry => ({ id, title: id, type: 'problem', component: 'x', where, symptoms, related: [], causes: [], url: '/' });
const entries = [e('PAAS-001', ['a'], ['one']), e('PAAS-002', ['a', 'b'], ['two', 'one']), e('PAAS-003', ['b'], ['three'])];
const model = buildWizardModel(
  {
    places: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
    classes: ['one', 'two', 'three'].map((id) => ({ id, label: id, where: [] })),
    components: {},
  },
  entries,
);
const lookups = buildLookups(entries, 2);
const classesOf = (id: string) => lookups[lookupShard(id, 2)]![id];
const map = (search: string) => fromLegacy(readQuery(search), model, classesOf);

test('lookup files: every entry in exactly one, found by its shard', () => {
  assert.equal(lookups.reduce((n, l) => n + Object.keys(l).length, 0), entries.length);
  for (const entry of entries) assert.deepEqual(classesOf(entry.id), [...new Set(entry.symptoms)]);
});

test('symptom=<entry id> opens that entry\'s class in the place, and keeps entry and cause', () => {
  assert.deepEqual(map('?where=a&symptom=PAAS-001').raw, { where: 'a', class: 'one', entry: 'PAAS-001' });
  assert.deepEqual(map('?where=a&symptom=PAAS-001&entry=PAAS-002&cause=k&result=fixed').raw, { where: 'a', class: 'one', entry: 'PAAS-002', cause: 'k', result: 'fixed' });
  // The entry being checked is not in the symptom's class: its own class, as offered in the place.
  assert.deepEqual(map('?where=b&symptom=PAAS-003&entry=PAAS-002').raw, { where: 'b', class: 'two', entry: 'PAAS-002' });
  assert.deepEqual(legacyIds(readQuery('?where=b&symptom=PAAS-003&entry=PAAS-002')), ['PAAS-003', 'PAAS-002']);
});

test('symptom=any opens the place\'s question, or the class of the entry it was checking', () => {
  assert.deepEqual(map('?where=a&symptom=any'), { raw: { where: 'a' }, rejected: [] });
  assert.deepEqual(map('?where=a&symptom=any&result=none'), { raw: { where: 'a' }, rejected: [] });
  assert.deepEqual(map('?where=b&symptom=any&entry=PAAS-003&cause=c').raw, { where: 'b', class: 'three', entry: 'PAAS-003', cause: 'c' });
});

test('a symptom that names no entry is reported with what follows it', () => {
  const { raw, rejected } = map('?where=a&symptom=%3Cscript%3E&entry=PAAS-001&cause=k');
  assert.deepEqual(raw, { where: 'a' });
  assert.deepEqual(rejected.map((r) => r.param), ['symptom', 'entry', 'cause']);
  assert.equal(rejected[0]!.value, '<script>');
});

test('new URLs pass through untouched', () => {
  assert.deepEqual(map('?where=a&class=one').raw, { where: 'a', class: 'one' });
  assert.deepEqual(legacyIds(readQuery('?where=a&class=one')), []);
});
