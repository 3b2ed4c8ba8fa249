// One FAQ page → its drafts and the accounting of every non-blank source line: in a draft, in a
// reference section (reported, not imported), the page's own title, dropped on purpose (stray
// `Copy` lines), or unplaced. Pure: takes the page's text, returns drafts and report data.
import type { Lang } from '../../../src/lib/locales.ts';
import { buildDraft, type Draft } from './draft.ts';
import { linesOf, parseMarkdown } from './markdown.ts';
import { outline } from './sections.ts';
import { ImportError, type SourceText } from './source.ts';

export interface PageImport {
  file: string;
  title?: string;
  drafts: Draft[];
  /** Sections reported rather than imported. */
  references: { heading: string; from: number; to: number; why: string }[];
  /** Non-blank lines by where they went. */
  accounted: { drafts: number; references: number; title: number; dropped: number; unplaced: number; nonBlank: number };
  /** Lines that landed nowhere, with their text. */
  unplaced: { line: number; text: string }[];
  dropped: { line: number; why: string }[];
}

export interface PageOptions {
  lang: Lang;
  component?: string;
}

export function importPage(source: SourceText, opts: PageOptions): PageImport {
  const root = parseMarkdown(source.text);
  const page = outline(root, source.lines);
  if (page.questions.length === 0) {
    const refs = page.references.length > 0 ? ` (only reference sections: ${page.references.map((r) => r.heading).join(', ')})` : '';
    throw new ImportError(source.file, `no questions found${refs}: expected ## or ### headings, or numbered paragraphs ("1. …", "Q1: …")`);
  }
  const name = page.title?.text ?? source.file.split('/').pop()!;
  const drafts = page.questions.map((q) => buildDraft(q, source.text, { lang: opts.lang, ...(opts.component ? { component: opts.component } : {}), page: name }));

  const where = new Map<number, 'drafts' | 'references' | 'title' | 'dropped'>();
  for (const d of drafts) for (const l of d.lines) where.set(l, 'drafts');
  const references = page.references.map((r) => ({ heading: r.heading, from: r.headingLine, to: r.endLine, why: r.reference ?? 'reference' }));
  for (const r of references) for (let l = r.from; l <= r.to; l++) if (!where.has(l)) where.set(l, 'references');
  if (page.title) where.set(page.title.line, 'title');
  // A category heading is in each of its questions' drafts, as an alias.
  for (const c of page.categories) if (drafts.some((d) => d.aliases.includes(c.text))) where.set(c.line, 'drafts');
  const dropped = drafts.flatMap((d) => d.dropped);
  for (const d of dropped) where.set(d.line, 'dropped');

  const accounted = { drafts: 0, references: 0, title: 0, dropped: 0, unplaced: 0, nonBlank: 0 };
  const unplaced: PageImport['unplaced'] = [];
  source.lines.forEach((text, i) => {
    if (!text.trim()) return;
    accounted.nonBlank++;
    const w = where.get(i + 1);
    if (w) accounted[w]++;
    else {
      accounted.unplaced++;
      unplaced.push({ line: i + 1, text });
    }
  });
  return { file: source.file, ...(page.title ? { title: page.title.text } : {}), drafts, references, accounted, unplaced, dropped };
}

