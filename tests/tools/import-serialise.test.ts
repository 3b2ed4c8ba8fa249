// A draft as an entry file (tools/lib/import/serialise.ts): whatever the text holds, the file parses
// back to the same values through the site's own reader.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseEntryFile } from '../../src/lib/content/read.ts';
import type { Draft } from '../../tools/lib/import/draft.ts';
import { entryFile } from '../../tools/lib/import/serialise.ts';

const hostile = 'a: b # c\n  "quoted" \\ back\\slash \t tab\n---\n- not a list\n{not: yaml}\n';
const draft: Draft = {
  title: 'title: with "quotes" & #hash',
  symptom: '> starts like a quote: 1',
  type: 'problem',
  component: 'platform',
  where: ['service-start'],
  symptoms: [],
  signatures: ['FATAL     Exited too quickly (process log may have details)', '"code":"20004"'],
  aliases: ['[category]'],
  causes: [{ key: 'cause-1', title: '原因: 一', check: `  leading spaces\n${hostile}`, fix: `${hostile}trailing   `, signatures: ['"code":"20004"'] }],
  body: 'body text',
  blocks: 0,
  notes: ['imported from x', 'replaced ${PAAS_ROOT}'],
  lines: new Set(),
  dropped: [],
  from: 1,
  to: 2,
};

test('every value survives the YAML, hostile text included', () => {
  const text = entryFile(draft, { id: 'PAAS-901', slug: 's', reviewed: '2026-12-01' });
  const f = parseEntryFile('zh/s.md', 'zh', 's', text);
  assert.ok(f.frontmatter, f.yamlError ?? 'frontmatter');
  const fm = f.frontmatter as Record<string, unknown> & { causes: Record<string, unknown>[] };
  assert.equal(fm.title, draft.title);
  assert.equal(fm.symptom, draft.symptom);
  assert.deepEqual(fm.signatures, draft.signatures);
  assert.deepEqual(fm.review_notes, draft.notes);
  assert.equal(fm.status, 'draft');
  assert.equal(fm.causes[0]!.check, draft.causes[0]!.check);
  // Trailing spaces at line ends carry nothing in Markdown and are dropped.
  assert.equal(fm.causes[0]!.fix, draft.causes[0]!.fix.split('\n').map((l) => l.trimEnd()).join('\n'));
  assert.equal(f.body, 'body text');
});
