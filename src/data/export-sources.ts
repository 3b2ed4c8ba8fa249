// Entry records for the data exports (/api/entries.json): one per written language version.
import { getCollection } from 'astro:content';
import { parseEntryPath } from '../lib/corpus.ts';
import type { ExportSource } from '../lib/entries-export.ts';

export async function exportSources(): Promise<ExportSource[]> {
  const docs = await getCollection('entries');
  const out: ExportSource[] = [];
  for (const doc of docs) {
    const where = parseEntryPath(doc.id);
    if (where) out.push({ ...where, data: doc.data });
  }
  return out;
}
