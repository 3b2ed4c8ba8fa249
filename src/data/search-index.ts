// The sharded search index of each language, built once per build from the entries (memoised: every
// index file is a static endpoint that asks for it).
import { indexEntries } from '../lib/search/index-entry.ts';
import { buildShardedIndex, indexFiles } from '../lib/search/sharded-index.ts';
import { otherLang, type Lang } from '../lib/taxonomy.ts';
import { entriesFor } from './entries.ts';

const cache = new Map<Lang, Promise<Map<string, unknown>>>();

/** Every file of the language's search index, by path under /<lang>/search/. */
export function searchIndexFiles(lang: Lang): Promise<Map<string, unknown>> {
  let files = cache.get(lang);
  if (!files) {
    files = (async () => {
      const own = await entriesFor(lang);
      const other = new Map((await entriesFor(otherLang(lang))).map((e) => [e.id, e]));
      return indexFiles(buildShardedIndex(lang, indexEntries(lang, own, other)));
    })();
    cache.set(lang, files);
  }
  return files;
}
