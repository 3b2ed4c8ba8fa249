// Reads a content tree and runs the content check: what `npm run check`, the tests and the benches
// call. (The Astro loader does the same from astro-loader.ts, with the files it reads itself.)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent, type ContentCheck } from './check.ts';
import { readEntryFiles } from './read.ts';
import { RETIRED_LEDGER } from './retired-ledger.ts';

export async function loadContent(contentDir: string): Promise<ContentCheck> {
  const ledgerFile = join(contentDir, RETIRED_LEDGER);
  return checkContent({
    files: await readEntryFiles(contentDir),
    ledgerText: await readFile(ledgerFile, 'utf8').catch(() => undefined),
    ledgerFile,
    ownTaxonomy: describesCorpus(contentDir),
  });
}

/** Whether content/taxonomy describes this content directory (it holds the taxonomy: content/ does,
 *  fixture and bench corpora do not). */
export function describesCorpus(contentDir: string): boolean {
  return existsSync(join(contentDir, 'taxonomy', 'symptoms.json'));
}
