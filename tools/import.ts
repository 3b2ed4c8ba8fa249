// `npm run import -- <file.md>… [--lang zh|en] [--component <id>] [--dry-run]`: turns FAQ Markdown
// pages into draft entries (status: draft) in content/entries/<lang>/, one per question, and prints a
// report (tools/lib/import/report.ts). All or nothing: every page is read, every draft built and the
// whole content tree with the drafts added is run through the content check before the first file is
// written; a page that cannot be imported, or a draft the check refuses, stops the import with the
// reason and writes nothing. KB_CONTENT_DIR names another content tree (tests).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, MENTIONED_SIGNATURE_MIN } from '../src/lib/content/check.ts';
import { formatProblem, formatProblems } from '../src/lib/content/problem.ts';
import { parseEntryFile, readEntryFiles } from '../src/lib/content/read.ts';
import { RETIRED_LEDGER, parseRetiredLedger } from '../src/lib/content/retired-ledger.ts';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import { componentIds } from '../src/lib/taxonomy.ts';
import { nextIds } from './lib/import/ids.ts';
import { guessLang } from './lib/import/lang.ts';
import { importPage, type PageImport } from './lib/import/page.ts';
import { formatReport, type Written } from './lib/import/report.ts';
import { entryFile } from './lib/import/serialise.ts';
import { slugFor } from './lib/import/guess.ts';
import { ImportError, readSource } from './lib/import/source.ts';

const USAGE = 'usage: npm run import -- <file.md>… [--lang zh|en] [--component <id>] [--dry-run]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, component: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { positionals: files, values } = args;
if (files.length === 0) fail(USAGE);
if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang)) fail(`--lang ${values.lang}: use one of ${LANGS.join(', ')}`);
if (values.component !== undefined && !componentIds.includes(values.component)) fail(`--component ${values.component}: use one of ${componentIds.join(', ')} (content/taxonomy/components.json)`);
const dryRun = values['dry-run'];
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';

// 1. Read and import every page; any failure stops everything before a file is written.
const pages: { page: PageImport; lang: Lang }[] = [];
const errors: string[] = [];
for (const file of files) {
  try {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new ImportError(file, error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'a directory, not a file' : error.message);
    });
    const source = readSource(file, bytes);
    const lang = (values.lang as Lang | undefined) ?? guessLang(source.text);
    pages.push({ page: importPage(source, { lang, ...(values.component ? { component: values.component } : {}) }), lang });
  } catch (error) {
    if (error instanceof ImportError) errors.push(error.message);
    else throw error;
  }
}
if (errors.length > 0) fail(`Nothing imported:\n${errors.map((e) => `  ${e}`).join('\n')}`);

// 2. Ids after the highest ever used (retired ones included), slugs unique in every language.
const existing = await readEntryFiles(contentDir);
const ledgerFile = join(contentDir, RETIRED_LEDGER);
const ledgerText = await readFile(ledgerFile, 'utf8').catch(() => undefined);
const retired = parseRetiredLedger(ledgerText, ledgerFile).ledger.retired;
const used = [...existing.map((f) => String(f.frontmatter?.id ?? '')), ...retired];
const all = pages.flatMap(({ page, lang }) => page.drafts.map((draft) => ({ draft, lang })));
const ids = nextIds(used, all.length);
// A draft quoting an error a published entry lists (a long one: the check requires it listed) lists
// it too, and the reviewer hears of the entry it may duplicate.
const baseline = checkContent({ files: existing, ledgerText, ledgerFile });
for (const { draft } of all) {
  const text = `${draft.body}\n${draft.causes.map((c) => `${c.title}\n${c.check}\n${c.fix}`).join('\n')}`;
  for (const v of baseline.versions) {
    if (v.data.status === 'draft') continue;
    for (const s of v.data.signatures) {
      if (s.length < MENTIONED_SIGNATURE_MIN || !text.includes(s)) continue;
      if (!draft.signatures.includes(s)) draft.signatures.push(s);
      const note = `quotes an error ${v.data.id} lists ("${s}"): is this the same problem? then merge into ${v.data.id}`;
      if (!draft.notes.includes(note)) draft.notes.push(note);
    }
  }
}
const taken = new Set(existing.map((f) => f.slug));
const reviewed = new Date().toISOString().slice(0, 10);
const written = new Map<object, Written>();
const outputs = all.map(({ draft, lang }, i) => {
  const id = ids[i]!;
  const slug = slugFor(draft.title, taken, `imported-${id.toLowerCase()}`);
  taken.add(slug);
  const file = join(contentDir, 'entries', lang, `${slug}.md`);
  written.set(draft, { id, file });
  return { file, lang, slug, text: entryFile(draft, { id, slug, reviewed }) };
});

// 3. The content check over the tree as it would be: only problems the drafts bring in count.
const key = (p: Parameters<typeof formatProblem>[0]) => formatProblem({ ...p, line: undefined } as typeof p);
const before = new Set(baseline.problems.map(key));
const drafted = outputs.map((o) => parseEntryFile(o.file, o.lang, o.slug, o.text));
const after = checkContent({ files: [...existing, ...drafted], ledgerText, ledgerFile }).problems.filter((p) => !before.has(key(p)));

console.log(formatReport(pages.map((p) => p.page), written, dryRun));
if (after.length > 0) fail(`\nNothing written: the drafts fail the content check.\n${formatProblems(after)}`);

// 4. Write every file, or none: a file that already exists, or a failed write, undoes the rest.
if (dryRun) {
  console.log(`\nDry run: ${outputs.length} drafts checked, nothing written.`);
  process.exit(0);
}
const done: string[] = [];
try {
  for (const o of outputs) {
    await writeFile(o.file, o.text, { flag: 'wx' });
    done.push(o.file);
  }
} catch (error) {
  await Promise.all(done.map((f) => rm(f, { force: true })));
  fail(`\nNothing written: ${(error as Error).message}`);
}
console.log(`\nWrote ${outputs.length} drafts (status: draft). Review each, resolve its review_notes, then set status: active.`);
