// The sharded search index of each language, built once per build from the entries (memoised: every
// index file is a static endpoint that asks for it).
import type { Lang } from '../lib/locales.ts';
import { languageIndexEntries, searchIndexFiles as buildFiles } from '../lib/search/build.ts';
import { kbEntries } from './entries.ts';

const cache = new Map<Lang, Promise<Map<string, unknown>>>();

/** Every file of the language's search index, by path under /<lang>/search/. */
export function searchIndexFiles(lang: Lang): Promise<Map<string, unknown>> {
  let files = cache.get(lang);
  if (!files) {
    files = kbEntries().then((entries) => buildFiles(lang, languageIndexEntries(lang, entries)));
    cache.set(lang, files);
  }
  return files;
}
