// The import's report, printed by `npm run import`: per page the line accounting and the sections
// reported instead of imported, per draft its id, title, counts and what was guessed, then every
// line that landed nowhere, quoted, so a reviewer can place it by hand.
import type { PageImport } from './page.ts';

export interface Written {
  id: string;
  file: string;
}

export function formatReport(pages: readonly PageImport[], written: ReadonlyMap<object, Written>, dryRun: boolean): string {
  const out: string[] = [];
  for (const page of pages) {
    const a = page.accounted;
    const pct = a.nonBlank > 0 ? ((100 * a.unplaced) / a.nonBlank).toFixed(1) : '0.0';
    out.push(`${page.file}${page.title ? ` (${page.title})` : ''}`);
    out.push(`  ${page.drafts.length} drafts, ${sum(page, 'signatures')} signatures, ${sum(page, 'causes')} causes; ${a.nonBlank} non-blank lines: ${a.drafts} in drafts, ${a.references} in reference sections, ${a.title} page title, ${a.dropped} dropped, ${a.unplaced} unplaced (${pct} %)`);
    for (const d of page.drafts) {
      const w = written.get(d);
      out.push(`  ${w?.id ?? '?'}  ${d.title}`);
      out.push(`      ${w ? `${dryRun ? 'would write' : 'wrote'} ${w.file}; ` : ''}${d.type}, ${d.signatures.length} signatures, ${d.causes.length} causes, ${d.blocks} code blocks; lines ${d.from}–${d.to}`);
      for (const n of d.notes.slice(1)) out.push(`      guessed: ${n}`);
    }
    for (const r of page.references) out.push(`  reference section, not imported: "${r.heading}" (lines ${r.from}–${r.to}): ${r.why}`);
    for (const d of page.dropped) out.push(`  dropped line ${d.line}: ${d.why}`);
    for (const u of page.unplaced) out.push(`  unplaced line ${u.line}: ${u.text.trim().slice(0, 160)}`);
  }
  return out.join('\n');
}

function sum(page: PageImport, what: 'signatures' | 'causes'): number {
  return page.drafts.reduce((n, d) => n + d[what].length, 0);
}
