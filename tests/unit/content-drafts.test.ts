// Draft entries (status: draft) pass the same content check as published ones, with what an import
// cannot know yet allowed (one language only, no symptom class, no cause), and nothing published may
// lean on them: they are absent from a normal build (drafts.ts, the Astro loader).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { draftsShown } from '../../src/lib/content/drafts.ts';
import { parseEntryFile, slugIndex } from '../../src/lib/content/read.ts';
import { editFile, problemsAfter } from '../helpers/fixture-corpus.ts';

const draft = (extra = '') => `---
id: PAAS-950
title: 导入的草稿
component: platform
type: problem
symptom: 某个现象。
where: [service-start]
signatures: ["FATAL Exited too quickly"]
reviewed: 2026-11-30
status: draft
review_notes: ["组件是猜的"]
${extra}---

正文。
`;

const addDraft = (text: string) => (dir: string) => writeFile(join(dir, 'entries', 'zh', 'imported.md'), text);

describe('drafts in the content check', () => {
  test('a zh-only draft without symptom class or cause passes', async () => {
    assert.deepEqual(await problemsAfter(addDraft(draft())), []);
  });

  test('a draft still gets every other rule: an unknown component is named', async () => {
    const problems = await problemsAfter(addDraft(draft().replace('component: platform', 'component: gse')));
    assert.ok(problems.some((p) => p.file.endsWith('zh/imported.md') && p.field === 'component'), JSON.stringify(problems));
  });

  test('a published entry with review notes left in is a problem', async () => {
    const problems = await problemsAfter(addDraft(draft().replace('status: draft', 'status: active').replace('type: problem', 'type: howto').replace('where:', 'symptoms: [processes-fatal]\nwhere:')));
    const hit = problems.find((p) => p.field === 'review_notes');
    assert.ok(hit, JSON.stringify(problems));
    assert.match(hit.message, /resolve/);
  });

  test('a published entry relating to a draft is a problem (the draft has no page)', async () => {
    const problems = await problemsAfter(async (dir) => {
      await addDraft(draft())(dir);
      for (const lang of ['zh', 'en']) await editFile(dir, `entries/${lang}/agent-port-in-use.mdx`, (t) => t.replace('related: [PAAS-902]', 'related: [PAAS-902, PAAS-950]'));
    });
    const hit = problems.find((p) => p.file.endsWith('agent-port-in-use.mdx') && p.field === 'related.1');
    assert.ok(hit, JSON.stringify(problems));
    assert.match(hit.message, /PAAS-950 is a draft/);
  });

  test("a draft's signatures are no claim: a published entry quoting one unlisted is not flagged", async () => {
    const long = 'draft-only error string that is long enough';
    const problems = await problemsAfter(async (dir) => {
      await addDraft(draft().replace('["FATAL Exited too quickly"]', JSON.stringify([long])))(dir);
      await editFile(dir, 'entries/zh/check-health.mdx', (t) => `${t}\n另见 \`${long}\`。\n`);
    });
    assert.deepEqual(problems, []);
  });
});

test('drafts are shown by the dev server and by KB_DRAFTS=1 only', () => {
  assert.equal(draftsShown(true, {}), true);
  assert.equal(draftsShown(false, { KB_DRAFTS: '1' }), true);
  assert.equal(draftsShown(false, {}), false);
  assert.equal(draftsShown(false, { KB_DRAFTS: '' }), false);
});

test('prose links never point at a draft unless drafts are built', () => {
  const file = parseEntryFile('zh/imported.md', 'zh', 'imported', draft());
  assert.deepEqual(slugIndex([file]), {});
  assert.deepEqual(slugIndex([file], { drafts: true }), { 'PAAS-950': 'imported' });
});
