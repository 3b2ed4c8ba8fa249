// Pages the importer has not seen are built from the same pieces in other orders: random mixes of
// the fixture pages' blocks (headings, lists, fences cut loose from their context, HTML, tables) must
// import without a crash into drafts that pass the content check, or be refused as "no questions".
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../../src/lib/content/problem.ts';
import { readEntryFiles } from '../../src/lib/content/read.ts';
import { importPage } from '../../tools/lib/import/page.ts';
import { planImport } from '../../tools/lib/import/plan.ts';
import { ImportError, readSource } from '../../tools/lib/import/source.ts';
import { CONTENT_DIR } from '../helpers/real-content.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const MIXES = 40;

test(`${MIXES} random mixes of the fixture pages import into drafts that pass the check`, async () => {
  const pieces = readdirSync(FIXTURES)
    .filter((f) => f !== 'SAMPLES.md')
    .flatMap((f) => readFileSync(`${FIXTURES}${f}`, 'utf8').split(/\n(?=#{1,4} )|\n\n/));
  const existing = await readEntryFiles(CONTENT_DIR);
  let seed = 20261204;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let imported = 0;
  for (let i = 0; i < MIXES; i++) {
    const parts = Array.from({ length: 3 + Math.floor(random() * 25) }, () => pieces[Math.floor(random() * pieces.length)]!);
    const text = parts.join(random() < 0.5 ? '\n\n' : '\n');
    let page;
    try {
      page = importPage(readSource(`mix-${i}.md`, new TextEncoder().encode(text)), { lang: random() < 0.5 ? 'zh' : 'en' });
    } catch (error) {
      assert.ok(error instanceof ImportError && /no questions found/.test(error.message), `mix ${i}: ${(error as Error).stack}`);
      continue;
    }
    const { problems } = planImport({ drafts: page.drafts.map((draft) => ({ draft, lang: 'zh' as const })), existing, ledgerText: undefined, ledgerFile: 'content/retired-ids.json', contentDir: 'content', reviewed: '2026-12-01' });
    assert.deepEqual(problems, [], `mix ${i}:\n${formatProblems(problems)}\n--- page ---\n${text}`);
    const a = page.accounted;
    assert.equal(a.drafts + a.references + a.title + a.dropped + a.unplaced, a.nonBlank, `mix ${i}: every non-blank line accounted for`);
    imported++;
  }
  assert.ok(imported > MIXES / 2, `${imported} of ${MIXES} mixes imported`);
});
