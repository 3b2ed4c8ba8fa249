// One test per content mistake the build must catch, each on a copy of tests/fixtures/corpus with
// one file broken. Every message must name the file and the field an author has to fix.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { symptomClassProblems } from '../../src/lib/content/check.ts';
import { missingLangs } from '../../src/lib/content/entry.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { LANGS } from '../../src/lib/locales.ts';
import { SYMPTOMS_FILE, symptomClasses, whereIds, type SymptomClass } from '../../src/lib/taxonomy.ts';
import { CONTENT_DIR } from '../helpers/real-content.ts';
import { addOwnTaxonomy, contentProblems, copyFixtureCorpus, editFile, problemsAfter, removeDir } from '../helpers/fixture-corpus.ts';

let dir: string;
before(async () => {
  dir = await copyFixtureCorpus();
});
after(async () => removeDir(dir));

function withEdit(relative: string, edit: (t: string) => string) {
  return problemsAfter((dir) => editFile(dir, relative, edit));
}

function assertProblem(problems: Problem[], file: string, field: string, text?: RegExp, line?: number): Problem {
  const hit = problems.find((p) => p.file.endsWith(file) && p.field === field && (!text || text.test(p.message)) && (line === undefined || p.line === line));
  assert.ok(hit, `expected a problem for ${file}${line ? `:${line}` : ''} / ${field}; got:\n${JSON.stringify(problems, null, 2)}`);
  return hit;
}

/** The 1-based line of the first line of `text` matching `pattern`. */
function lineOf(text: string, pattern: RegExp): number {
  return text.split('\n').findIndex((l) => pattern.test(l)) + 1;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('content validation', () => {
  test('the fixture corpus itself is valid', async () => {
    assert.deepEqual(await contentProblems(dir), []);
  });

  test('a missing required field names the file and the field', async () => {
    const problems = await withEdit('entries/zh/agent-port-in-use.mdx', (t) => t.replace(/^symptom:.*\n/m, ''));
    assertProblem(problems, 'entries/zh/agent-port-in-use.mdx', 'symptom');
  });

  test('Markdown in a plain-text field (it would show its backticks in lists and results) names the file and the field', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace(/^symptom: (.*)$/m, 'symptom: $1 See `agent.log`.'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'symptom', /plain text/);
  });

  test('an unknown component is rejected and the known ones are listed', async () => {
    const problems = await withEdit('entries/en/check-health.mdx', (t) => t.replace('component: paas', 'component: paas-web'));
    assertProblem(problems, 'entries/en/check-health.mdx', 'component', /paas_agent/);
  });

  test('a duplicate id names the second file and the first', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('id: PAAS-902', 'id: PAAS-901'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'id', /agent-port-in-use/);
  });

  test('a related reference to no entry is rejected', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace('related: [PAAS-902]', 'related: [PAAS-999]'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'related.0', /PAAS-999/);
  });

  test('a zh/en pair whose shared fields disagree is rejected', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) =>
      t.replace('  - "FATAL Exited too quickly"', '  - "FATAL Exited too quickly!"'),
    );
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'signatures', /zh\/agent-port-in-use/);
  });

  test('cause keys that differ between languages are rejected', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace('key: bad-token', 'key: invalid-token'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'causes (keys)');
  });

  test('a malformed date is rejected', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 2026-13-45'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'reviewed', /date/);
  });

  test('a date in another format is rejected', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('reviewed: 2026-11-01', 'reviewed: 01/11/2026'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'reviewed', /YYYY-MM-DD/);
  });

  test('a duplicate cause key names the cause', async () => {
    const problems = await withEdit('entries/zh/agent-port-in-use.mdx', (t) => t.replace('key: bad-token', 'key: port-in-use'));
    assertProblem(problems, 'entries/zh/agent-port-in-use.mdx', 'causes.1.key', /port-in-use/);
  });

  test('a problem entry without causes is rejected', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('type: howto\n', 'type: problem\n'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'causes');
  });

  test('an active problem entry without a symptom class is rejected, with how to fix it', async () => {
    const problems = await problemsAfter(async (fresh) => {
      for (const lang of LANGS) await editFile(fresh, `entries/${lang}/agent-port-in-use.mdx`, (t) => t.replace(/^symptoms:.*\n/m, ''));
    });
    const hit = assertProblem(problems, 'entries/zh/agent-port-in-use.mdx', 'symptoms', /at least one symptom class/);
    assert.match(hit.fix ?? '', /content\/taxonomy\/symptoms\.json/);
    assert.ok(!problems.some((p) => p.file.endsWith('check-health.mdx')), 'a howto needs no class');
  });

  test('an unknown symptom class is rejected by the schema, naming the file', async () => {
    const problems = await withEdit('entries/en/check-health.mdx', (t) => t.replace('symptoms: [processes-fatal]', 'symptoms: [processes-fatal, no-such-class]'));
    assertProblem(problems, 'entries/en/check-health.mdx', 'symptoms.1', /unknown symptom class/);
  });

  test('symptom classes are shared: zh and en must list the same', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace('symptoms: [agent-wont-start]', 'symptoms: [agent-wont-start, processes-fatal]'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'symptoms', /zh\/agent-port-in-use/);
  });

  test('a duplicate class id or a class `where` naming no facet is a problem of the taxonomy file', () => {
    const cls = (id: string, where: string[]): SymptomClass => ({ id, where, zh: { label: id, phrasings: [] }, en: { label: id, phrasings: [] } });
    const problems = symptomClassProblems([cls('a', ['login-page']), cls('a', ['login-page']), cls('b', ['no-such-facet'])], whereIds, [], false);
    assertProblem(problems, SYMPTOMS_FILE, '1.id', /duplicate symptom class id "a"/);
    assertProblem(problems, SYMPTOMS_FILE, '2.where', /"no-such-facet" names no wizard facet/);
    assert.equal(problems.length, 2);
  });

  test('a class no active entry lists is a problem of the taxonomy file, for the corpus it describes', async () => {
    // The fixture corpus lists two classes; with the real taxonomy as its own, the others are unused.
    const problems = await problemsAfter(addOwnTaxonomy);
    const unused = symptomClasses.filter((c) => c.id !== 'agent-wont-start' && c.id !== 'processes-fatal');
    assert.equal(problems.length, unused.length, JSON.stringify(problems, null, 2));
    for (const c of unused) assertProblem(problems, SYMPTOMS_FILE, `${symptomClasses.indexOf(c)}.id`, new RegExp(`"${c.id}" is listed by no active entry`));
    assert.deepEqual(await contentProblems(dir), [], 'a corpus without its own taxonomy is not held to it');
  });

  test('a missing translation is not an error but is listed', async () => {
    const fresh = await copyFixtureCorpus();
    try {
      await rm(join(fresh, 'entries/en/check-health.mdx'));
      assert.deepEqual(await contentProblems(fresh), []);
      const { entries } = await loadContent(fresh);
      const missing = entries.filter((e) => missingLangs(e).length > 0);
      assert.deepEqual(missing.map((e) => [e.id, missingLangs(e)]), [['PAAS-902', ['en']]]);
    } finally {
      await removeDir(fresh);
    }
  });

  test('a retired entry must name its successor', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('type: howto\n', 'type: howto\nstatus: retired\n'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'superseded_by');
  });

  test('a problem names the line of its field, nested fields included', async () => {
    const file = 'entries/zh/agent-port-in-use.mdx';
    const text = await readFile(join(dir, file), 'utf8');
    const problems = await withEdit(file, (t) => t.replace('key: bad-token', 'key: port-in-use').replace('related: [PAAS-902]', 'related: [PAAS-999]'));
    assertProblem(problems, file, 'causes.1.key', /port-in-use/, lineOf(text, /key: bad-token/));
  });

  test('a reference to no entry names the line of `related`', async () => {
    const file = 'entries/en/agent-port-in-use.mdx';
    const text = await readFile(join(dir, file), 'utf8');
    const problems = await withEdit(file, (t) => t.replace('related: [PAAS-902]', 'related: [PAAS-999]'));
    assertProblem(problems, file, 'related.0', /PAAS-999/, lineOf(text, /^related:/));
  });

  test('a cause too thin to act on is rejected', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace('fix: Stop the process holding the port.', 'fix: Stop it.'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'causes.0.fix', /thin/);
  });

  test('a cause signature missing from the entry signatures is rejected', async () => {
    const problems = await withEdit('entries/en/agent-port-in-use.mdx', (t) => t.replace('    signatures: ["bind: address already in use"]', '    signatures: ["bind: address already in use!"]'));
    assertProblem(problems, 'entries/en/agent-port-in-use.mdx', 'causes.0.signatures', /not in the entry's signatures/);
  });

  test('an unmarked rm -rf in a bash block names the file, the line of the fence and the body', async () => {
    const file = 'entries/en/check-health.mdx';
    const problems = await withEdit(file, (t) => `${t.trimEnd()}\n\nClean up:\n\n\`\`\`bash\nrm -rf /tmp/kb-check\n\`\`\`\n`);
    const fresh = await readFile(join(dir, file), 'utf8');
    const fenceLine = fresh.trimEnd().split('\n').length + 4;
    assertProblem(problems, file, 'body', /rm -r\/-f without danger/, fenceLine);
  });

  for (const [what, command] of [['restart', './bin/dashboard.sh restart esb'], ['stop', './bkcec stop paas']] as const) {
    test(`an unmarked ${what} names the file, the line of the fence and the field`, async () => {
      const file = 'entries/en/check-health.mdx';
      const edit = (t: string) => `${t.trimEnd()}\n\nThen:\n\n\`\`\`bash\n${command}\n\`\`\`\n`;
      const edited = edit(await readFile(join(dir, file), 'utf8'));
      const problems = await withEdit(file, edit);
      assertProblem(problems, file, 'body', /without caution="…"/, edited.split('\n').lastIndexOf('```bash') + 1);
    });
  }

  test('a console block in the symptom section is rejected with its line', async () => {
    const file = 'entries/zh/check-health.mdx';
    const edit = (t: string) => `${t.trimEnd()}\n\n## 现象\n\n\`\`\`console\n[root@h install]# ./bkcec status paas\n[<paas_ip>] open_paas: EXIT\n\`\`\`\n`;
    const edited = edit(await readFile(join(dir, file), 'utf8'));
    const problems = await withEdit(file, edit);
    assertProblem(problems, file, 'body', /block in the "现象" section/, edited.split('\n').lastIndexOf('```console') + 1);
  });

  test('a path placeholder one layout lacks needs the block marked with its layout, and the layout must exist', async () => {
    const file = 'entries/en/check-health.mdx';
    const block = (meta: string) => (t: string) => `${t.trimEnd()}\n\n\`\`\`bash${meta}\ncd \${CTRL_DIR}\n\`\`\`\n`;
    assertProblem(await withEdit(file, block('')), file, 'body', /no value on a layout \(standalone: CTRL_DIR\)/);
    assert.deepEqual(await withEdit(file, block(' layout="bkce"')), []);
    assertProblem(await withEdit(file, block(' layout="bkcee"')), file, 'body', /layout="bkcee" names no layout/);
  });

  test('a real intranet address in a command is rejected', async () => {
    const problems = await withEdit('entries/en/check-health.mdx', (t) => `${t.trimEnd()}\n\n\`\`\`bash\ncurl http://10.120.3.4/\n\`\`\`\n`);
    assertProblem(problems, 'entries/en/check-health.mdx', 'body', /intranet address/);
  });

  test('an error string mentioned in the text but not listed names the file and `signatures`', async () => {
    const file = 'entries/zh/check-health.mdx';
    const text = await readFile(join(dir, file), 'utf8');
    const problems = await withEdit(file, (t) => `${t.trimEnd()}\n\n日志里出现 \`bind: address already in use\`。\n`);
    const hit = assertProblem(problems, file, 'signatures', /bind: address already in use/);
    // The entry has no `signatures:` key: the problem points at the frontmatter's first line.
    assert.equal(hit.line, text.includes('\nsignatures:') ? lineOf(text, /^signatures:/) : 1);
  });

  test('an error string mentioned while pointing to the entry that lists it is fine', async () => {
    const problems = await problemsAfter(async (fresh) => {
      for (const lang of LANGS) {
        await editFile(fresh, `entries/${lang}/check-health.mdx`, (t) =>
          `${t.replace('where: [service-start]', 'where: [service-start]\nrelated: [PAAS-901]').trimEnd()}\n\n\`bind: address already in use\`: PAAS-901.\n`,
        );
      }
    });
    assert.deepEqual(problems, []);
  });

  test('a copy of an entry pair with a new id and slug passes the check', async () => {
    const problems = await problemsAfter(async (fresh) => {
      for (const lang of LANGS) {
        const text = await readFile(join(fresh, 'entries', lang, 'agent-port-in-use.mdx'), 'utf8');
        await writeFile(join(fresh, 'entries', lang, 'agent-port-in-use-copy.mdx'), text.replace('id: PAAS-901', 'id: PAAS-990').replace(/^signatures:\n(  - .*\n)+/m, '').replace(/^    signatures: .*\n/m, ''));
      }
    });
    assert.deepEqual(problems, []);
  });

  test('a copy of a real entry pair with a new id and slug passes the check', async () => {
    const fresh = await copyFixtureCorpus();
    try {
      await rm(join(fresh, 'entries'), { recursive: true });
      await cp(join(CONTENT_DIR, 'entries'), join(fresh, 'entries'), { recursive: true });
      await cp(join(CONTENT_DIR, 'retired-ids.json'), join(fresh, 'retired-ids.json')).catch(() => undefined);
      const before = await loadContent(fresh);
      const source = before.entries.find((e) => e.shared.status === 'active' && e.shared.signatures.length === 0) ?? before.entries[0]!;
      const maxId = Math.max(...before.entries.map((e) => Number(e.id.slice('PAAS-'.length))));
      const newId = `PAAS-${String(maxId + 1).padStart(3, '0')}`;
      for (const lang of LANGS) {
        const from = source.files[lang]!;
        const name = from.split('/').at(-1)!.replace(/(\.mdx?)$/, '-copy$1');
        const text = (await readFile(from, 'utf8')).replace(`id: ${source.id}`, `id: ${newId}`).replace(/^redirect_from:.*\n(  - .*\n)*/m, '');
        await writeFile(join(fresh, 'entries', lang, name.replace(/^.*\//, '')), text);
      }
      const after = await loadContent(fresh);
      assert.deepEqual(after.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`), []);
      assert.equal(after.entries.length, before.entries.length + 1);
    } finally {
      await removeDir(fresh);
    }
  });

  test('`node tools/check-content.ts <dir>` prints file:line field for every problem and exits 1', async () => {
    const fresh = await copyFixtureCorpus();
    try {
      const broken = join(fresh, 'entries/en/check-health.mdx');
      const unsafe = join(fresh, 'entries/zh/check-health.mdx');
      await editFile(fresh, 'entries/en/check-health.mdx', (t) => t.replace('component: paas', 'component: paas-web'));
      await editFile(fresh, 'entries/zh/check-health.mdx', (t) => `${t.trimEnd()}\n\n\`\`\`bash\nrm -rf /tmp/x\n\`\`\`\n`);
      const run = spawnSync(process.execPath, ['tools/check-content.ts', fresh], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(run.status, 1, run.stdout + run.stderr);
      const brokenLine = lineOf(await readFile(broken, 'utf8'), /^component:/);
      const unsafeLine = lineOf(await readFile(unsafe, 'utf8'), /^```bash/);
      assert.ok(run.stderr.includes(`${broken}:${brokenLine} component: unknown component`), run.stderr);
      assert.ok(run.stderr.includes(`${unsafe}:${unsafeLine} body: rm -r/-f without danger=`), run.stderr);
      const ok = spawnSync(process.execPath, ['tools/check-content.ts', dir], { cwd: ROOT, encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    } finally {
      await removeDir(fresh);
    }
  });
});
