// The real `astro build` must refuse broken content and say which file, line and field to fix (the
// content check runs inside the collection loader), and must build both .md and .mdx entries. Each
// test runs a full build on a copy of the fixture corpus: slow, so these run as their own stage.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { LANGS } from '../../src/lib/locales.ts';
import { copyFixtureCorpus, editFile, removeDir } from '../helpers/fixture-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

function build(contentDir: string, outDir: string) {
  return spawnSync(process.execPath, [astro, 'build', '--silent'], {
    cwd: root,
    env: { ...process.env, KB_CONTENT_DIR: contentDir, KB_OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
}

test('astro build fails naming the file and `symptom` when an entry lacks it', { timeout: 200_000 }, async () => {
  const content = await copyFixtureCorpus();
  const out = await mkdtemp(join(tmpdir(), 'kb-out-'));
  try {
    await editFile(content, 'entries/en/check-health.mdx', (t) => t.replace(/^symptom:.*\n/m, ''));
    const result = build(content, out);
    const output = `${result.stdout}\n${result.stderr}`;
    assert.notEqual(result.status, 0, `build should fail; output:\n${output}`);
    assert.match(output, /en\/check-health\.mdx/, output);
    assert.match(output, /symptom/, output);
  } finally {
    await removeDir(content);
    await removeDir(out);
    await removeDir(`${out}-cache`);
  }
});

test('astro build fails naming the file and `related.0` for a dangling reference', { timeout: 200_000 }, async () => {
  const content = await copyFixtureCorpus();
  const out = await mkdtemp(join(tmpdir(), 'kb-out-'));
  try {
    await editFile(content, 'entries/zh/agent-port-in-use.mdx', (t) => t.replace('related: [PAAS-902]', 'related: [PAAS-777]'));
    const result = build(content, out);
    const output = `${result.stdout}\n${result.stderr}`;
    assert.notEqual(result.status, 0, `build should fail; output:\n${output}`);
    assert.match(output, /zh\/agent-port-in-use\.mdx:\d+ related\.0: no entry has id PAAS-777/, output);
  } finally {
    await removeDir(content);
    await removeDir(out);
    await removeDir(`${out}-cache`);
  }
});

// Entries moved from .mdx to .md (decision 0801): .md bodies are rendered by the loader, .mdx by the
// MDX integration. Both file types must build, and a rename must not need a cache wipe (the cached
// item of the .mdx file must not survive under its old path).
test('an entry renamed from .mdx to .md builds with the cache of the .mdx build', { timeout: 400_000 }, async () => {
  const content = await copyFixtureCorpus();
  const out = await mkdtemp(join(tmpdir(), 'kb-out-'));
  const page = join(out, 'en', 'faq', 'agent-port-in-use', 'index.html');
  try {
    const first = build(content, out);
    assert.equal(first.status, 0, `.mdx build failed:\n${first.stdout}\n${first.stderr}`);
    const before = await readFile(page, 'utf8');
    for (const lang of LANGS) {
      for (const slug of ['agent-port-in-use', 'check-health']) {
        await rename(join(content, 'entries', lang, `${slug}.mdx`), join(content, 'entries', lang, `${slug}.md`));
      }
    }
    const second = build(content, out);
    assert.equal(second.status, 0, `.md build after the rename failed:\n${second.stdout}\n${second.stderr}`);
    const after = await readFile(page, 'utf8');
    assert.match(after, /id="cause-port-in-use"/);
    // Same visible text (the serialisers differ only in escaping, e.g. &#39; vs ').
    const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&#x3C;|&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
    assert.equal(text(after), text(before));
  } finally {
    await removeDir(content);
    await removeDir(out);
    await removeDir(`${out}-cache`);
  }
});
