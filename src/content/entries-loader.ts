// The glob loader, plus the corpus-wide checks after every load: a duplicate id, a dangling
// reference or a zh/en pair that disagrees stops `astro build` / `astro check` with a message
// naming the file and the field.
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { formatProblems, parseEntryPath, validateCorpus, type EntryRecord } from '../lib/corpus.ts';
import { rawDateProblems, type EntryData } from '../lib/entry-schema.ts';
import { parseRetiredLedger, RETIRED_LEDGER, validateLinkStability } from '../lib/link-stability.ts';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export function entriesLoader(base: string): Loader {
  const inner = glob({ pattern: ['zh/**/*.{md,mdx}', 'en/**/*.{md,mdx}'], base });
  return {
    name: 'kb-entries',
    load: async (context) => {
      await inner.load(context);
      // Astro's glob loader keeps a cached entry whose text is unchanged even when its file was
      // renamed (x.mdx → x.md has the same id): the entry keeps the old path and the old renderer,
      // and the next step fails on a file that no longer exists. Start from an empty store then.
      const stale = [...context.store.values()].some((e) => e.filePath && !existsSync(resolve(e.filePath)));
      if (stale) {
        context.store.clear();
        await inner.load(context);
      }
      const records: EntryRecord[] = [];
      const problems = [];
      for (const entry of context.store.values()) {
        const file = entry.filePath ?? entry.id;
        const where = parseEntryPath(entry.id);
        if (!where) throw new Error(`${file}: entries live in content/entries/zh/ or content/entries/en/`);
        records.push({ file, ...where, data: entry.data as EntryData });
        if (entry.filePath) {
          const source = await readFile(resolve(entry.filePath), 'utf8');
          problems.push(...rawDateProblems(source).map((p) => ({ file, ...p })));
        }
      }
      problems.push(...validateCorpus(records));
      // Retired ids are never reused; old slugs lead to one entry (issue 7).
      const ledgerFile = resolve(base, '..', RETIRED_LEDGER);
      const ledger = parseRetiredLedger(await readFile(ledgerFile, 'utf8').catch(() => undefined), ledgerFile);
      problems.push(...ledger.problems, ...validateLinkStability(records, ledger.ledger, ledgerFile));
      if (problems.length > 0) throw new Error(formatProblems(problems));
    },
  };
}
