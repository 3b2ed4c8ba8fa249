// The importer on real FAQ pages (tests/fixtures/import: four BKDocs pages and the two seeds our
// hand-written entries came from). Drafts must pass the content check next to the real content (the
// seeds' drafts next to the entries made from them), at
// most 5 % of a page's non-blank lines may be left unplaced, every line said to be in a draft must
// really be there, and importing a seed must give back ≥ 90 % of the hand-written entries' error
// strings and causes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readEntryFiles } from '../../src/lib/content/read.ts';
import { formatProblems } from '../../src/lib/content/problem.ts';
import { importPage } from '../../tools/lib/import/page.ts';
import { planImport } from '../../tools/lib/import/plan.ts';
import { roundTrip, type HandEntry } from '../../tools/lib/import/round-trip.ts';
import { readSource } from '../../tools/lib/import/source.ts';
import { guessLang } from '../../tools/lib/import/lang.ts';
import { CONTENT_DIR } from '../helpers/real-content.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
const SAMPLES = ['bkdocs-zh-5.1-gse-faq.md', 'bkdocs-zh-5.1-job-faq.md', 'bkdocs-zh-5.1-nodeman-faq.md', 'bkdocs-en-devops-3.0-web-error-faq.md'];
const SEEDS = ['seed-000.md', 'seed-001.md'];

function load(name: string) {
  const source = readSource(name, readFileSync(`${FIXTURES}${name}`));
  const lang = guessLang(source.text);
  return { source, lang, page: importPage(source, { lang }) };
}

/** The words of a text: ASCII words and pairs of CJK characters. */
function words(text: string): string[] {
  const out = (text.match(/[A-Za-z][A-Za-z0-9_]{2,}/g) ?? []).map((w) => w.toLowerCase());
  for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

describe('the six development pages', async () => {
  const existing = await readEntryFiles(CONTENT_DIR);
  for (const name of [...SAMPLES, ...SEEDS]) {
    test(name, () => {
      const { source, lang, page } = load(name);
      assert.ok(page.drafts.length > 0);
      const { files, problems } = planImport({ drafts: page.drafts.map((draft) => ({ draft, lang })), existing, ledgerText: readFileSync(`${CONTENT_DIR}/retired-ids.json`, 'utf8'), ledgerFile: 'content/retired-ids.json', contentDir: 'content', reviewed: '2026-12-01' });
      assert.deepEqual(problems, [], formatProblems(problems));
      assert.ok(files.every((f) => /\nstatus: draft\n/.test(f.text)));

      const a = page.accounted;
      assert.equal(a.drafts + a.references + a.title + a.dropped + a.unplaced, a.nonBlank, 'every non-blank line is accounted for');
      assert.ok(a.unplaced <= 0.05 * a.nonBlank, `${a.unplaced} of ${a.nonBlank} lines unplaced: ${JSON.stringify(page.unplaced)}`);

      // A line said to be in a draft must be found there: most of its words in that draft's file.
      // Two kinds of words are not text: a label (表象, 原因, 解决办法 …) becomes the field it names,
      // and a fence line's language may be retyped (the draft's notes say so).
      const LABEL = /表象|问题现象|现象|可能的原因|可能原因|常见原因|原因|解决办法|解决方法|解决方案|解决|处理方法|思路方法|Solution|Cause/g;
      const lost: string[] = [];
      for (const f of files) {
        const have = new Set(words(f.text));
        for (const n of f.draft.lines) {
          const line = source.lines[n - 1]!;
          if (/^\s*(```|~~~)/.test(line)) continue;
          const w = words(line.replace(LABEL, ' '));
          if (w.length === 0) continue;
          const found = w.filter((x) => have.has(x)).length;
          if (found < 0.8 * w.length) lost.push(`${name}:${n} ${line.trim()}`);
        }
      }
      assert.deepEqual(lost, [], 'lines the import says it placed but that are not in the draft');
    });
  }
});

test('importing the seeds gives back ≥ 90 % of the hand-written error strings and causes', async () => {
  const files = (await readEntryFiles(CONTENT_DIR)).filter((f) => f.lang === 'zh' && f.frontmatter);
  const hand: HandEntry[] = files.map((f) => {
    const fm = f.frontmatter as { id: string; title: string; signatures?: string[]; causes?: { title: string }[] };
    return { id: fm.id, title: fm.title, signatures: fm.signatures ?? [], causes: fm.causes ?? [] };
  });
  const drafts = SEEDS.flatMap((name) => {
    const { source, page } = load(name);
    return page.drafts.map((d) => ({ ...d, page: source.text }));
  });
  const r = roundTrip(hand, drafts);
  assert.equal(r.pairs.length, hand.length, 'every hand-written entry has a draft');
  assert.ok(r.signatures.expected > 0 && r.causes.expected > 0);
  assert.ok(r.signatures.recovered >= 0.9 * r.signatures.expected, `signatures ${r.signatures.recovered}/${r.signatures.expected}; missed ${JSON.stringify(r.signatures.missed)}`);
  assert.ok(r.causes.recovered >= 0.9 * r.causes.expected, `causes ${r.causes.recovered}/${r.causes.expected}; missed ${JSON.stringify(r.causes.missed)}`);
});

test('one draft per question heading on every page', () => {
  for (const name of [...SAMPLES, ...SEEDS]) {
    const { source, page } = load(name);
    const headings = source.lines.filter((l) => /^\s{0,3}##\s/.test(l)).length;
    assert.equal(page.drafts.length + page.references.length, headings, name);
  }
});
