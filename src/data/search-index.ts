// The sharded search index of each language, built once per build from the entries (memoised: every
// index file is a static endpoint that asks for it, and every page names its language's version).
import { LANGS, type Lang } from '../lib/locales.ts';
import { languageIndexEntries, searchIndexVersion, type IndexVersion } from '../lib/search/build.ts';
import { indexFilePath } from '../lib/search/index-location.ts';
import { kbEntries } from './entries.ts';

const cache = new Map<Lang, Promise<IndexVersion>>();

/** The language's search index: its version hash and its files. */
export function searchIndex(lang: Lang): Promise<IndexVersion> {
  let version = cache.get(lang);
  if (!version) {
    version = kbEntries().then((entries) => searchIndexVersion(lang, languageIndexEntries(lang, entries)));
    cache.set(lang, version);
  }
  return version;
}

let byPath: Promise<Map<string, string>> | undefined;

/** Every file of every language's search index as JSON text (the text its hash is of), by its path under the base (index-location.ts). */
export function searchIndexFilesByPath(): Promise<Map<string, string>> {
  byPath ??= (async () => {
    const out = new Map<string, string>();
    for (const lang of LANGS) {
      const { hash, json } = await searchIndex(lang);
      for (const [name, body] of json) out.set(indexFilePath(lang, hash, name), body);
    }
    return out;
  })();
  return byPath;
}
