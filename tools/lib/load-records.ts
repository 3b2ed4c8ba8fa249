// Reads content/entries/{zh,en}/*.md(x) and validates each file's frontmatter with the entry schema.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { entrySchema, rawDateProblems, schemaProblems } from '../../src/lib/entry-schema.ts';
import type { EntryRecord, Problem } from '../../src/lib/corpus.ts';
import { LANGS } from '../../src/lib/taxonomy.ts';

export interface LoadedRecord extends EntryRecord {
  body: string;
}

export async function loadRecords(
  contentDir: string,
  read: (file: string) => Promise<string>,
): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  const records: LoadedRecord[] = [];
  const problems: Problem[] = [];
  for (const lang of LANGS) {
    const dir = join(contentDir, 'entries', lang);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => /\.mdx?$/.test(n)).sort();
    for (const name of names) {
      const file = join(dir, name);
      const source = await read(file);
      const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'remove' });
      const parsed = entrySchema.safeParse(frontmatter);
      const dateProblems = rawDateProblems(source).map((p) => ({ file, ...p }));
      if (!parsed.success || dateProblems.length > 0) {
        problems.push(...dateProblems, ...(parsed.success ? [] : schemaProblems(file, parsed.error.issues)));
        continue;
      }
      records.push({ file, lang, slug: name.replace(/\.mdx?$/, ''), data: parsed.data, body: content });
    }
  }
  return { records, problems };
}
