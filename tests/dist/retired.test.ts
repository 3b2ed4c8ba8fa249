// A retired entry (docs/decisions/0700-ticket-links-and-subpath.md): built from a copy of the
// fixture corpus with one entry retired, its old address shows a stub naming the successor, its
// permalink still works, its cause anchors still land, it leaves the feeds, stays in the API marked
// retired, and no link in the build is broken. This suite builds its own site.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatReport } from '../../tools/check-links.ts';
import { copyFixtureCorpus, removeDir } from '../helpers/fixture-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
let content: string;
let out: string;

const retired = (lang: 'zh' | 'en', title: string, causeTitle: string) => `---
id: PAAS-903
title: "${title}"
component: paas_agent
symptom: "${lang === 'zh' ? '旧条目。' : 'Old entry.'}"
where: [service-start]
reviewed: 2026-10-01
status: retired
superseded_by: PAAS-901
causes:
  - key: old-cause
    title: "${causeTitle}"
    check: "Look for the old error in the agent log."
    fix: "Follow the steps of the successor entry."
---

Old body.
`;

before(async () => {
  content = await copyFixtureCorpus();
  out = await mkdtemp(join(tmpdir(), 'kb-retired-'));
  await writeFile(join(content, 'entries/zh/old-agent-page.mdx'), retired('zh', '旧的 agent 页面', '旧原因'));
  await writeFile(join(content, 'entries/en/old-agent-page.mdx'), retired('en', 'Old agent page', 'Old cause'));
  await writeFile(join(content, 'retired-ids.json'), JSON.stringify({ retired: ['PAAS-903'] }));
  await mkdir(out, { recursive: true });
  const build = spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, KB_CONTENT_DIR: content, KB_OUT_DIR: out, BASE_PATH: '/', SITE_URL: 'http://kb.test' },
    encoding: 'utf8',
    timeout: 300_000,
  });
  assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
});

after(async () => {
  await removeDir(content);
  await removeDir(out);
  await removeDir(`${out}-cache`);
});

test('the old address shows a stub that names the successor', { timeout: 300_000 }, async () => {
  for (const [lang, says] of [['zh', '该条目已停用'], ['en', 'This entry was retired']] as const) {
    const html = await readFile(join(out, lang, 'faq/old-agent-page/index.html'), 'utf8');
    assert.match(html, new RegExp(says));
    assert.match(html, /<meta name="robots" content="noindex">/);
    assert.match(html, new RegExp(`<a href="/${lang}/faq/agent-port-in-use/" data-successor="PAAS-901">`));
    assert.match(html, /id="cause-old-cause"/, 'links to a cause of the retired entry still land on the stub');
    assert.doesNotMatch(html, /Old body/, 'the stub does not show the retired content');
  }
  const permalink = await readFile(join(out, 'kb/PAAS-903/index.html'), 'utf8');
  assert.match(permalink, /data-target-zh="\/zh\/faq\/old-agent-page\/"/);
});

test('the retired entry leaves the feeds and is marked in the API', async () => {
  assert.doesNotMatch(await readFile(join(out, 'en/feed.xml'), 'utf8'), /PAAS-903/);
  const api = JSON.parse(await readFile(join(out, 'api/entries.json'), 'utf8'));
  const entry = api.entries.find((e: { id: string }) => e.id === 'PAAS-903');
  assert.equal(entry.status, 'retired');
  assert.equal(entry.superseded_by, 'PAAS-901');
});

test('no link in that build is broken', () => {
  const report = checkLinks({ dir: out, base: '/', site: 'http://kb.test' });
  assert.equal(report.broken.length, 0, formatReport(report));
});

test('the retired entry is no longer listed on the home page or its component page', async () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const page of ['index.html', 'components/paas_agent/index.html']) {
      const html = await readFile(join(out, lang, page), 'utf8');
      assert.doesNotMatch(html, /PAAS-903/, `${lang}/${page} lists the retired entry`);
      assert.match(html, /PAAS-901/, `${lang}/${page} still lists its successor`);
    }
  }
});
