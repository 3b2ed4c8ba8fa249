// `npm run bench:import`: what `npm run import` makes of the six development pages in
// tests/fixtures/import (drafts, signatures, causes, code blocks, unplaced lines per page) and how much
// of the hand-written entries the two seeds give back (tools/lib/import/round-trip.ts). Prints a
// table; the figures are recorded in docs/decisions/1700-importer-and-drafts.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readEntryFiles } from '../src/lib/content/read.ts';
import { guessLang } from './lib/import/lang.ts';
import { importPage } from './lib/import/page.ts';
import { roundTrip, type HandEntry } from './lib/import/round-trip.ts';
import { readSource } from './lib/import/source.ts';

const FIXTURES = fileURLToPath(new URL('../tests/fixtures/import/', import.meta.url));
const PAGES = ['bkdocs-zh-5.1-gse-faq.md', 'bkdocs-zh-5.1-job-faq.md', 'bkdocs-zh-5.1-nodeman-faq.md', 'bkdocs-en-devops-3.0-web-error-faq.md', 'seed-000.md', 'seed-001.md'];

const rows: string[][] = [['page', 'questions', 'drafts', 'reference', 'signatures', 'causes', 'blocks', 'non-blank', 'unplaced', 'ms']];
const seedDrafts = [];
for (const name of PAGES) {
  const source = readSource(name, readFileSync(`${FIXTURES}${name}`));
  const start = performance.now();
  const page = importPage(source, { lang: guessLang(source.text) });
  const ms = performance.now() - start;
  const sum = (f: (d: (typeof page.drafts)[number]) => number) => page.drafts.reduce((n, d) => n + f(d), 0);
  const headings = source.lines.filter((l) => /^\s{0,3}#{2,3}\s/.test(l)).length;
  const a = page.accounted;
  rows.push([name, String(headings), String(page.drafts.length), String(page.references.length), String(sum((d) => d.signatures.length)), String(sum((d) => d.causes.length)), String(sum((d) => d.blocks)), String(a.nonBlank), `${a.unplaced} (${((100 * a.unplaced) / a.nonBlank).toFixed(1)} %)`, ms.toFixed(0)]);
  if (name.startsWith('seed-')) seedDrafts.push(...page.drafts.map((d) => ({ ...d, page: source.text })));
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
console.log('(questions: ## and ### headings on the page, a rough count; reference: sections reported, not imported)');

const hand: HandEntry[] = (await readEntryFiles(fileURLToPath(new URL('../content', import.meta.url))))
  .filter((f) => f.lang === 'zh' && f.frontmatter)
  .map((f) => {
    const fm = f.frontmatter as { id: string; title: string; signatures?: string[]; causes?: { title: string }[] };
    return { id: fm.id, title: fm.title, signatures: fm.signatures ?? [], causes: fm.causes ?? [] };
  });
const r = roundTrip(hand, seedDrafts);
const pct = (a: number, b: number) => `${a}/${b} (${((100 * a) / b).toFixed(1)} %)`;
console.log(`\nSeed round trip against the ${hand.length} hand-written entries (content/entries/zh):`);
console.log(`  error strings the seeds print, recovered as signatures: ${pct(r.signatures.recovered, r.signatures.expected)}`);
console.log(`  causes recovered as causes:                             ${pct(r.causes.recovered, r.causes.expected)}`);
for (const m of [...r.signatures.missed, ...r.causes.missed]) console.log(`  missed: ${m}`);
