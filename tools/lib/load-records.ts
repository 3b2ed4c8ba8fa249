// The valid entry files of a content tree, one record per written language version, for the tools
// that index per-language files (bench:search-index). A thin view of src/lib/content/load.ts; the
// second argument is ignored (the content reader reads the files itself).
import { loadContent } from '../../src/lib/content/load.ts';
import type { EntryVersion } from '../../src/lib/content/entry.ts';
import type { Problem } from '../../src/lib/content/problem.ts';

export type LoadedRecord = EntryVersion;

export async function loadRecords(contentDir: string, _read?: (file: string) => Promise<string>): Promise<{ records: LoadedRecord[]; problems: Problem[] }> {
  const { versions, problems } = await loadContent(contentDir);
  return { records: versions, problems };
}
