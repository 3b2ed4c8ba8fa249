// Drafts (status: draft, written by `npm run import`) must be absent from a normal build, everywhere:
// no page, permalink, search index record, wizard path, feed item, API record, sitemap URL or count.
// With KB_DRAFTS=1 the same content builds the draft's page with a banner and its review notes.
// Real `astro build` runs on a copy of the fixture corpus with one zh-only draft added.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { copyFixtureCorpus, removeDir } from '../helpers/fixture-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

const DRAFT_ID = 'PAAS-903';
const DRAFT_TITLE = '导入的草稿：gse_agent 进程不存在';
const DRAFT_NOTE = '组件是猜的（platform），请核对';
const draft = `---
id: ${DRAFT_ID}
title: ${DRAFT_TITLE}
component: platform
type: problem
symptom: 节点管理显示 agent 状态异常。
where: [service-start]
signatures: [draft-only-signature-xyzzy]
reviewed: 2026-11-30
status: draft
review_notes: ["${DRAFT_NOTE}"]
causes:
  - key: agent-not-running
    title: gse_agent 进程没有运行
    check: |
      在该机器上执行 \`ps -ef | grep gse_agent\`，看进程是否成对出现。
    fix: |
      用 gsectl 重新拉起 gse_agent，再看状态。
---

草稿正文 draft-only-body-text。
`;

function build(contentDir: string, outDir: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, KB_DRAFTS: '', ...env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out.push(join(e.parentPath, e.name));
  }
  return out;
}

test('a draft leaves no trace in a normal build and gets a bannered page with KB_DRAFTS=1', { timeout: 400_000 }, async () => {
  const content = await copyFixtureCorpus();
  const out = await mkdtemp(join(tmpdir(), 'kb-out-'));
  const outDrafts = await mkdtemp(join(tmpdir(), 'kb-out-drafts-'));
  try {
    await writeFile(join(content, 'entries', 'zh', 'imported-draft.md'), draft);

    const normal = build(content, out);
    assert.equal(normal.status, 0, `normal build failed:\n${normal.stdout}\n${normal.stderr}`);
    assert.ok(existsSync(join(out, 'zh', 'faq', 'agent-port-in-use', 'index.html')), 'the published fixture entries are built');
    assert.ok(!existsSync(join(out, 'zh', 'faq', 'imported-draft')), 'no zh page for the draft');
    assert.ok(!existsSync(join(out, 'en', 'faq', 'imported-draft')), 'no en (fallback) page for the draft');
    // Every text file of the site (pages, search shards, API, feeds, sitemap, wizard data): none
    // mentions the draft's id, title, signature or body.
    const leaks: string[] = [];
    for (const file of await filesUnder(out)) {
      if (!/\.(html|json|xml|js|txt)$/.test(file)) continue;
      const text = await readFile(file, 'utf8');
      for (const needle of [DRAFT_ID, DRAFT_TITLE, 'draft-only-signature-xyzzy', 'draft-only-body-text']) {
        if (text.includes(needle)) leaks.push(`${file.slice(out.length)}: ${needle}`);
      }
    }
    assert.deepEqual(leaks, [], 'the normal build mentions the draft');
    const api = JSON.parse(await readFile(join(out, 'api', 'entries.json'), 'utf8')) as { count: number; entries: { id: string }[] };
    assert.equal(api.count, api.entries.length);
    assert.ok(api.entries.every((e) => e.id !== DRAFT_ID));

    const withDrafts = build(content, outDrafts, { KB_DRAFTS: '1' });
    assert.equal(withDrafts.status, 0, `KB_DRAFTS=1 build failed:\n${withDrafts.stdout}\n${withDrafts.stderr}`);
    const page = await readFile(join(outDrafts, 'zh', 'faq', 'imported-draft', 'index.html'), 'utf8');
    assert.match(page, new RegExp(`data-entry-id="${DRAFT_ID}"`));
    const banner = /<div[^>]*data-draft-banner[^>]*>([\s\S]*?)<\/div>/.exec(page);
    assert.ok(banner, 'the draft page has a draft banner');
    assert.match(banner[1]!, /草稿/);
    assert.ok(banner[1]!.includes(DRAFT_NOTE), 'the banner shows the reviewer notes');
    // The untranslated draft falls back on its en page, banner included.
    const en = await readFile(join(outDrafts, 'en', 'faq', 'imported-draft', 'index.html'), 'utf8');
    assert.match(en, /data-draft-banner[\s\S]*Draft/);
    // Published entries carry no banner.
    const published = await readFile(join(outDrafts, 'zh', 'faq', 'agent-port-in-use', 'index.html'), 'utf8');
    assert.doesNotMatch(published, /data-draft-banner/);
  } finally {
    await removeDir(content);
    for (const dir of [out, outDrafts]) {
      await removeDir(dir);
      await removeDir(`${dir}-cache`);
    }
  }
});
