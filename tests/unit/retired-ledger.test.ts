// Retired ids are never reused and old slugs lead to one entry: what `npm run check` and the build
// say, on copies of tests/fixtures/corpus (the same content check as the build).
import assert from 'node:assert/strict';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseRetiredLedger } from '../../src/lib/content/retired-ledger.ts';
import { editFile, problemsAfter } from '../helpers/fixture-corpus.ts';
import { LANGS } from '../../src/lib/locales.ts';
import type { Problem } from '../../src/lib/content/problem.ts';

type Problems = Problem[];

const scenario = problemsAfter;

const retire = (dir: string) =>
  Promise.all(
    LANGS.map((lang) =>
      editFile(dir, `entries/${lang}/check-health.mdx`, (t) => t.replace('type: howto\n', 'type: howto\nstatus: retired\nsuperseded_by: PAAS-901\n')),
    ),
  );
const ledger = (dir: string, ids: string[]) => writeFile(join(dir, 'retired-ids.json'), JSON.stringify({ retired: ids }));

function find(problems: Problems, file: RegExp, field: string, message: RegExp) {
  const hit = problems.find((p) => file.test(p.file) && p.field === field && message.test(p.message));
  assert.ok(hit, `expected ${field} matching ${message}; got:\n${JSON.stringify(problems, null, 2)}`);
}

describe('retired ids', () => {
  test('a retired entry listed in the ledger is valid', async () => {
    const problems = await scenario(async (dir) => {
      await retire(dir);
      await ledger(dir, ['PAAS-902']);
    });
    assert.deepEqual(problems, []);
  });

  test('retiring an entry without recording it in the ledger is refused', async () => {
    const problems = await scenario(retire);
    find(problems, /check-health\.mdx$/, 'status', /PAAS-902 is retired: add it to .*retired-ids\.json/);
  });

  test('a retired id given to an active entry is refused, even after the stub was deleted', async () => {
    const problems = await scenario(async (dir) => {
      await ledger(dir, ['PAAS-902']);
    });
    find(problems, /check-health\.mdx$/, 'id', /PAAS-902 was retired .*never reused/);
  });

  test('deleting a retired entry (its stub) is refused', async () => {
    const problems = await scenario(async (dir) => {
      await ledger(dir, ['PAAS-903']);
    });
    find(problems, /retired-ids\.json$/, 'retired', /PAAS-903 has no entry file/);
  });

  test('a retired entry cannot point at another retired entry', async () => {
    const problems = await scenario(async (dir) => {
      await retire(dir);
      await ledger(dir, ['PAAS-902', 'PAAS-901']);
      for (const lang of LANGS) {
        await editFile(dir, `entries/${lang}/agent-port-in-use.mdx`, (t) =>
          t.replace('reviewed: 2026-11-01', 'reviewed: 2026-11-01\nstatus: retired\nsuperseded_by: PAAS-902'),
        );
      }
    });
    find(problems, /check-health\.mdx$/, 'superseded_by', /PAAS-901 is retired too/);
  });

  test('a broken ledger file is reported', () => {
    assert.equal(parseRetiredLedger('{"retired": [21]}').problems[0]?.field, 'retired');
    assert.equal(parseRetiredLedger('{').problems[0]?.field, '(file)');
    assert.deepEqual(parseRetiredLedger(undefined).ledger.retired, []);
  });
});

describe('old slugs', () => {
  const addRedirect = (dir: string, file: string, slug: string) =>
    Promise.all(
      LANGS.map((lang) =>
        editFile(dir, `entries/${lang}/${file}`, (t) => t.replace('reviewed: 2026-11-01', `reviewed: 2026-11-01\nredirect_from: [${slug}]`)),
      ),
    );

  test('one old slug claimed by two entries is refused', async () => {
    const problems = await scenario(async (dir) => {
      await addRedirect(dir, 'agent-port-in-use.mdx', 'old-agent-page');
      await addRedirect(dir, 'check-health.mdx', 'old-agent-page');
    });
    find(problems, /check-health\.mdx$/, 'redirect_from.0', /already redirects to PAAS-901/);
  });

  test("an entry's own slug is not an old slug", async () => {
    const problems = await scenario((dir) => addRedirect(dir, 'check-health.mdx', 'check-health'));
    find(problems, /check-health\.mdx$/, 'redirect_from.0', /own slug/);
  });

  test('a content tree without a ledger has nothing retired', async () => {
    const problems = await scenario(async (dir) => {
      await rm(join(dir, 'retired-ids.json'), { force: true });
    });
    assert.deepEqual(problems, []);
  });
});
