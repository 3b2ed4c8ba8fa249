// The batch of draft files an import would write, and what the content check says about them: ids
// after the highest ever used, slugs unique in every language, published signatures a draft quotes
// listed (with a note naming the entry it may duplicate), then the whole tree with the drafts added
// run through the content check. Pure: takes the parsed tree, returns the files and new problems.
import { isDraft } from '../../../src/lib/content/drafts.ts';
import { checkContent, MENTIONED_SIGNATURE_MIN } from '../../../src/lib/content/check.ts';
import { formatProblem, type Problem } from '../../../src/lib/content/problem.ts';
import { parseEntryFile, type EntryFile } from '../../../src/lib/content/read.ts';
import { parseRetiredLedger } from '../../../src/lib/content/retired-ledger.ts';
import type { Lang } from '../../../src/lib/locales.ts';
import type { Draft } from './draft.ts';
import { slugFor } from './guess.ts';
import { nextIds } from './ids.ts';
import { entryFile } from './serialise.ts';

export interface PlanInput {
  drafts: readonly { draft: Draft; lang: Lang }[];
  existing: readonly EntryFile[];
  ledgerText: string | undefined;
  ledgerFile: string;
  /** Directory the entry files go under (<dir>/entries/<lang>/<slug>.md). */
  contentDir: string;
  /** YYYY-MM-DD, the import date. */
  reviewed: string;
}

export interface PlannedFile {
  draft: Draft;
  id: string;
  file: string;
  lang: Lang;
  slug: string;
  text: string;
}

export function planImport(input: PlanInput): { files: PlannedFile[]; problems: Problem[] } {
  const { drafts, existing, ledgerText, ledgerFile, contentDir, reviewed } = input;
  const retired = parseRetiredLedger(ledgerText, ledgerFile).ledger.retired;
  const ids = nextIds([...existing.map((f) => String(f.frontmatter?.id ?? '')), ...retired], drafts.length);
  const baseline = checkContent({ files: existing, ledgerText, ledgerFile });
  const published = baseline.versions.filter((v) => !isDraft(v)).map((v) => v.data);
  for (const { draft } of drafts) listPublishedSignatures(draft, published);
  const taken = new Set(existing.map((f) => f.slug));
  const files = drafts.map(({ draft, lang }, i): PlannedFile => {
    const id = ids[i]!;
    const slug = slugFor(draft.title, taken, `imported-${id.toLowerCase()}`);
    taken.add(slug);
    const file = `${contentDir.replace(/\/+$/, '')}/entries/${lang}/${slug}.md`;
    return { draft, id, file, lang, slug, text: entryFile(draft, { id, slug, reviewed }) };
  });
  // Only problems the drafts bring in count: a tree that was already broken is not the import's doing.
  const key = (p: Problem) => formatProblem({ ...p, line: undefined });
  const before = new Set(baseline.problems.map(key));
  const parsed = files.map((f) => parseEntryFile(f.file, f.lang, f.slug, f.text));
  const problems = checkContent({ files: [...existing, ...parsed], ledgerText, ledgerFile }).problems.filter((p) => !before.has(key(p)));
  return { files, problems };
}

/** A draft quoting an error a published entry lists (one long enough that the check requires it
 *  listed) lists it too; the reviewer is told which entry it may duplicate. */
function listPublishedSignatures(draft: Draft, published: readonly { id: string; signatures: string[] }[]): void {
  const text = `${draft.body}\n${draft.causes.map((c) => `${c.title}\n${c.check}\n${c.fix}`).join('\n')}`;
  for (const entry of published) {
    for (const s of entry.signatures) {
      if (s.length < MENTIONED_SIGNATURE_MIN || !text.includes(s)) continue;
      if (!draft.signatures.includes(s)) draft.signatures.push(s);
      const note = `quotes an error ${entry.id} lists ("${s}"): if it is the same problem, merge this draft into ${entry.id}`;
      if (!draft.notes.includes(note)) draft.notes.push(note);
    }
  }
}
