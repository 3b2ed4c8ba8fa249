// One test per content mistake the build must catch, each on a copy of tests/fixtures/corpus with
// one file broken. Every message must name the file and the field an author has to fix.
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { loadRecords } from '../../tools/lib/load-records.ts';
import { listUntranslated } from '../../src/lib/corpus.ts';
import { contentProblems, copyFixtureCorpus, editFile, removeDir } from '../helpers/fixture-corpus.ts';

let dir: string;
before(async () => {
  dir = await copyFixtureCorpus();
});
after(async () => removeDir(dir));

async function withEdit(relative: string, edit: (t: string) => string) {
  const fresh = await copyFixtureCorpus();
  try {
    await editFile(fresh, relative, edit);
    return await contentProblems(fresh);
  } finally {
    await removeDir(fresh);
  }
}

function assertProblem(problems: { file: string; field: string; message: string }[], file: string, field: string, text?: RegExp) {
  const hit = problems.find((p) => p.file.endsWith(file) && p.field === field && (!text || text.test(p.message)));
  assert.ok(hit, `expected a problem for ${file} / ${field}; got:\n${JSON.stringify(problems, null, 2)}`);
}

describe('content validation', () => {
  test('the fixture corpus itself is valid', async () => {
    assert.deepEqual(await contentProblems(dir), []);
  });

  test('a missing required field names the file and the field', async () => {
    const problems = await withEdit('entries/zh/agent-port-in-use.mdx', (t) => t.replace(/^symptom:.*\n/m, ''));
    assertProblem(problems, 'entries/zh/agent-port-in-use.mdx', 'symptom');
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

  test('a missing translation is not an error but is listed', async () => {
    const fresh = await copyFixtureCorpus();
    try {
      await rm(join(fresh, 'entries/en/check-health.mdx'));
      assert.deepEqual(await contentProblems(fresh), []);
      const { records } = await loadRecords(fresh, (f) => readFile(f, 'utf8'));
      const missing = listUntranslated(records);
      assert.equal(missing.length, 1);
      assert.equal(missing[0]!.id, 'PAAS-902');
      assert.equal(missing[0]!.missing, 'en');
    } finally {
      await removeDir(fresh);
    }
  });

  test('a retired entry must name its successor', async () => {
    const problems = await withEdit('entries/zh/check-health.mdx', (t) => t.replace('type: howto\n', 'type: howto\nstatus: retired\n'));
    assertProblem(problems, 'entries/zh/check-health.mdx', 'superseded_by');
  });
});

