// Reads a content tree and runs the content check: what the Astro loader, `npm run check`, the tests
// and the benches call, so the pipeline is wired in this one place.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent, type ContentCheck } from './check.ts';
import { readEntryFiles, type EntryFile } from './read.ts';
import { RETIRED_LEDGER } from './retired-ledger.ts';

/** The check of a content tree, with the files it read (the loader renders their bodies). */
export async function loadContent(contentDir: string): Promise<ContentCheck & { files: EntryFile[] }> {
  const ledgerFile = join(contentDir, RETIRED_LEDGER);
  const files = await readEntryFiles(contentDir);
  const check = checkContent({
    files,
    ledgerText: await readFile(ledgerFile, 'utf8').catch(() => undefined),
    ledgerFile,
    ownTaxonomy: describesCorpus(contentDir),
  });
  return { ...check, files };
}

/** Whether content/taxonomy describes this content directory (it holds the taxonomy: content/ does,
 *  fixture and bench corpora do not). */
function describesCorpus(contentDir: string): boolean {
  return existsSync(join(contentDir, 'taxonomy', 'symptoms.json'));
}
