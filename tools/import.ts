// `npm run import -- <file.md>… [--lang zh|en] [--component <id>] [--dry-run]`: turns FAQ Markdown
// pages into draft entries (status: draft) in content/entries/<lang>/, one per question, and prints a
// report (tools/lib/import/report.ts). All or nothing: every page is read, every draft built and the
// whole content tree with the drafts added is run through the content check before the first file is
// written; a page that cannot be imported, or a draft the check refuses, stops the import with the
// reason and writes nothing. KB_CONTENT_DIR names another content tree (tests).
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblems } from '../src/lib/content/problem.ts';
import { readEntryFiles } from '../src/lib/content/read.ts';
import { RETIRED_LEDGER } from '../src/lib/content/retired-ledger.ts';
import { LANGS, type Lang } from '../src/lib/locales.ts';
import { componentIds } from '../src/lib/taxonomy.ts';
import { guessLang } from './lib/import/lang.ts';
import { importPage, type PageImport } from './lib/import/page.ts';
import { planImport } from './lib/import/plan.ts';
import { formatReport, type Written } from './lib/import/report.ts';
import { ImportError, readSource } from './lib/import/source.ts';

const USAGE = 'usage: npm run import -- <file.md>… [--lang zh|en] [--component <id>] [--dry-run]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parse() {
  return parseArgs({ allowPositionals: true, options: { lang: { type: 'string' }, component: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
}
let args: ReturnType<typeof parse>;
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
const { positionals: inputs, values } = args;
if (inputs.length === 0) fail(USAGE);
if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang)) fail(`--lang ${values.lang}: use one of ${LANGS.join(', ')}`);
if (values.component !== undefined && !componentIds.includes(values.component)) fail(`--component ${values.component}: use one of ${componentIds.join(', ')} (content/taxonomy/components.json)`);
const dryRun = values['dry-run'];
const contentDir = process.env.KB_CONTENT_DIR ?? 'content';

// 1. Read and import every page; any failure stops everything before a file is written.
const pages: { page: PageImport; lang: Lang }[] = [];
const errors: string[] = [];
for (const input of inputs) {
  try {
    const bytes = await readFile(input).catch((error: NodeJS.ErrnoException) => {
      throw new ImportError(input, error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'a directory, not a file' : error.message);
    });
    const source = readSource(input, bytes);
    const lang = (values.lang as Lang | undefined) ?? guessLang(source.text);
    pages.push({ page: importPage(source, { lang, ...(values.component ? { component: values.component } : {}) }), lang });
  } catch (error) {
    if (error instanceof ImportError) errors.push(error.message);
    else throw error;
  }
}
if (errors.length > 0) fail(`Nothing imported:\n${errors.map((e) => `  ${e}`).join('\n')}`);

// 2. Ids, slugs and the content check over the tree as it would be.
const ledgerFile = join(contentDir, RETIRED_LEDGER);
const { files, problems } = planImport({
  drafts: pages.flatMap(({ page, lang }) => page.drafts.map((draft) => ({ draft, lang }))),
  existing: await readEntryFiles(contentDir),
  ledgerText: await readFile(ledgerFile, 'utf8').catch(() => undefined),
  ledgerFile,
  contentDir,
  reviewed: new Date().toISOString().slice(0, 10),
});
const written = new Map<object, Written>(files.map((f) => [f.draft, { id: f.id, file: f.file }]));
console.log(formatReport(pages.map((p) => p.page), written, dryRun));
if (problems.length > 0) fail(`\nNothing written: the drafts fail the content check.\n${formatProblems(problems)}`);

// 3. Write every file, or none: a file that already exists, or a failed write, undoes the rest.
if (dryRun) {
  console.log(`\nDry run: ${files.length} drafts checked, nothing written.`);
  process.exit(0);
}
const done: string[] = [];
try {
  for (const dir of new Set(files.map((f) => dirname(f.file)))) await mkdir(dir, { recursive: true });
  for (const f of files) {
    await writeFile(f.file, f.text, { flag: 'wx' });
    done.push(f.file);
  }
} catch (error) {
  await Promise.all(done.map((f) => rm(f, { force: true })));
  fail(`\nNothing written: ${(error as Error).message}`);
}
console.log(`\nWrote ${files.length} drafts (status: draft). Review each, resolve its review_notes, then set status: active.`);
