import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildEntries, type EntryVersion, type KbEntry } from '../../src/lib/content/entry.ts';
import { entrySchema } from '../../src/lib/content/schema.ts';
import { buildEntriesExport } from '../../src/lib/entries-export.ts';
import type { Lang } from '../../src/lib/locales.ts';

function source(lang: Lang, slug: string, fields: Record<string, unknown>): EntryVersion {
  const data = entrySchema.parse({
    component: 'paas_agent',
    where: ['service-start'],
    reviewed: '2026-11-01',
    ...fields,
  });
  return { file: `${lang}/${slug}.md`, lang, slug, data, body: '', bodyLine: 1 };
}

function records(versions: EntryVersion[]): KbEntry[] {
  const { entries, problems } = buildEntries(versions);
  assert.deepEqual(problems, []);
  return entries;
}

const cause = (key: string, title: string) => ({ key, title, check: 'c', fix: 'f', signatures: [`${key} sig`] });

const sources = [
  source('en', 'agent-wont-start', { id: 'PAAS-007', title: 'Agent will not start', symptom: 'It exits.', causes: [cause('port-in-use', 'Port taken')], signatures: ['FATAL'], redirect_from: ['agent-start-failed'] }),
  source('zh', 'agent-wont-start', { id: 'PAAS-007', title: 'agent 启动不了', symptom: '退出。', causes: [cause('port-in-use', '端口被占用')], signatures: ['FATAL'], redirect_from: ['agent-start-failed'] }),
  source('zh', 'only-zh', { id: 'PAAS-010', title: '只有中文', symptom: '中文。', type: 'howto', reviewed: '2026-11-20' }),
];

describe('buildEntriesExport', () => {
  const out = buildEntriesExport(records(sources), 'http://kb.example/ignored', '/docs/kb/');

  test('top level: schema version, site root, count and the newest review date', () => {
    assert.equal(out.schema, 1);
    assert.equal(out.site, 'http://kb.example/docs/kb/');
    assert.equal(out.count, 2);
    assert.equal(out.updated, '2026-11-20');
    assert.deepEqual(out.entries.map((e) => e.id), ['PAAS-007', 'PAAS-010']);
  });

  test('per-language texts, absolute urls and permalinks under the base path', () => {
    const e = out.entries[0]!;
    assert.deepEqual(e.languages, ['zh', 'en']);
    assert.deepEqual(e.title, { zh: 'agent 启动不了', en: 'Agent will not start' });
    assert.deepEqual(e.url, { zh: 'http://kb.example/docs/kb/zh/faq/agent-wont-start/', en: 'http://kb.example/docs/kb/en/faq/agent-wont-start/' });
    assert.equal(e.permalink, 'http://kb.example/docs/kb/kb/PAAS-007/');
    assert.deepEqual(e.redirect_from, ['agent-start-failed']);
    assert.deepEqual(e.causes, [
      {
        key: 'port-in-use',
        anchor: 'cause-port-in-use',
        permalink: 'http://kb.example/docs/kb/kb/PAAS-007/#cause-port-in-use',
        title: { zh: '端口被占用', en: 'Port taken' },
        signatures: ['port-in-use sig'],
      },
    ]);
  });

  test('an untranslated entry lists only the language it is written in, but links both pages', () => {
    const e = out.entries[1]!;
    assert.deepEqual(e.languages, ['zh']);
    assert.deepEqual(Object.keys(e.title), ['zh']);
    assert.equal(e.url.en, 'http://kb.example/docs/kb/en/faq/only-zh/');
    assert.deepEqual(e.causes, []);
  });

  test('hostile text is data, and survives a JSON round trip unchanged', () => {
    const title = '</script><script>alert(1)</script> "quotes" \u2028 end';
    const res = buildEntriesExport(records([source('en', 'x', { id: 'PAAS-001', title, symptom: 's', type: 'howto' })]), 'http://kb.example', '/');
    assert.equal(JSON.parse(JSON.stringify(res)).entries[0].title.en, title);
  });
});
