import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildEntries, compareIds, missingLangs, viewOf, type EntryVersion } from '../../src/lib/content/entry.ts';
import { SHARED_FIELDS, entrySchema, joinEntry, splitEntry, textShape } from '../../src/lib/content/schema.ts';
import { LANGS, otherLang } from '../../src/lib/locales.ts';

const [first, second] = LANGS as [(typeof LANGS)[number], (typeof LANGS)[number]];

function version(lang: (typeof LANGS)[number], fields: Record<string, unknown> = {}): EntryVersion {
  const data = entrySchema.parse({
    id: 'PAAS-007',
    title: `title ${lang}`,
    symptom: `symptom ${lang}`,
    component: 'paas_agent',
    where: ['service-start'],
    reviewed: '2026-11-01',
    signatures: ['FATAL'],
    causes: [{ key: 'port', title: `port ${lang}`, check: 'check it', fix: 'fix it', signatures: ['FATAL'] }],
    ...fields,
  });
  return { file: `${lang}/agent.md`, lang, slug: 'agent', data, body: `body ${lang}`, bodyLine: 10 };
}

test('a pair becomes one record: shared fields once, text per language', () => {
  const { entries, problems } = buildEntries([version(second), version(first)]);
  assert.deepEqual(problems, []);
  assert.equal(entries.length, 1);
  const [entry] = entries;
  assert.deepEqual(Object.keys(entry!.text), [first, second]);
  assert.equal(entry!.text[second]!.causes[0]!.title, `port ${second}`);
  assert.deepEqual(entry!.shared.causes, [{ key: 'port', signatures: ['FATAL'] }]);
  assert.deepEqual(missingLangs(entry!), []);
});

test('shared fields that differ are reported on the second language, by field', () => {
  const { problems } = buildEntries([version(first), version(second, { component: 'paas', causes: [] , type: 'howto' })]);
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [
    [`${second}/agent.md`, 'component'],
    [`${second}/agent.md`, 'type'],
    [`${second}/agent.md`, 'causes (keys)'],
  ]);
});

test('a missing language falls back, flagged, to another written one', () => {
  const { entries } = buildEntries([version(first)]);
  const view = viewOf(entries[0]!, otherLang(first))!;
  assert.equal(view.fallback, true);
  assert.equal(view.contentLang, first);
  assert.equal(view.data.title, `title ${first}`);
  assert.equal(viewOf(entries[0]!, first)!.fallback, false);
  assert.deepEqual(missingLangs(entries[0]!), [otherLang(first)]);
});

test('splitting a file into shared and text parts and joining them gives the file back', () => {
  const v = version(first, { superseded_by: 'PAAS-001', status: 'retired' });
  const { shared, text } = splitEntry(v.data, v.body);
  assert.deepEqual(joinEntry(shared, text), v.data);
  assert.deepEqual(JSON.stringify(joinEntry(shared, text)), JSON.stringify(v.data), 'same key order: serialised views stay identical');
  assert.deepEqual(Object.keys(shared).filter((k) => k !== 'causes').sort(), [...SHARED_FIELDS].sort());
});

test('the file schema is exactly the shared and the per-language fields', () => {
  const fileKeys = Object.keys(entrySchema.shape).filter((k) => k !== 'causes').sort();
  assert.deepEqual(fileKeys, [...SHARED_FIELDS, ...Object.keys(textShape)].sort());
});

test('entry ids sort numerically, not as text', () => {
  assert.deepEqual(['PAAS-10', 'PAAS-9', 'PAAS-100', 'PAAS-011'].sort(compareIds), ['PAAS-9', 'PAAS-10', 'PAAS-011', 'PAAS-100']);
});
