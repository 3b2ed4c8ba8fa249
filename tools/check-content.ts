// Validates every entry file outside Astro (same schema, same corpus checks as the build) and
// lists entries that lack a translation. Exit 1 on any error. Usage: node tools/check-content.ts [contentDir]
import { readFile } from 'node:fs/promises';
import { loadRecords } from './lib/load-records.ts';
import { formatProblems, listUntranslated, validateCorpus } from '../src/lib/corpus.ts';
import { parseRetiredLedger, RETIRED_LEDGER, validateLinkStability } from '../src/lib/link-stability.ts';
import { join } from 'node:path';

const contentDir = process.argv[2] ?? process.env.KB_CONTENT_DIR ?? 'content';
const { records, problems } = await loadRecords(contentDir, (file) => readFile(file, 'utf8'));
problems.push(...validateCorpus(records));
const ledgerFile = join(contentDir, RETIRED_LEDGER);
const ledger = parseRetiredLedger(await readFile(ledgerFile, 'utf8').catch(() => undefined), ledgerFile);
problems.push(...ledger.problems, ...validateLinkStability(records, ledger.ledger, ledgerFile));

const untranslated = listUntranslated(records);
const ids = new Set(records.map((r) => r.data.id));
console.log(`${records.length} entry files, ${ids.size} entries.`);
if (untranslated.length > 0) {
  console.log(`Untranslated (${untranslated.length}); these pages fall back to the other language:`);
  for (const u of untranslated) console.log(`  ${u.id} has no ${u.missing} version (source: ${u.file})`);
} else {
  console.log('Every entry exists in zh and en.');
}
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
