// The one place pages read entries from. For each id it picks the reader's language, falling back
// to the other language (marked, so the page can say so) when a translation is missing.
import { getCollection, type CollectionEntry } from 'astro:content';
import { parseEntryPath } from '../lib/corpus.ts';
import { LANGS, otherLang, type Lang } from '../lib/taxonomy.ts';

export type EntryDoc = CollectionEntry<'entries'>;

export interface EntryView {
  id: string;
  slug: string;
  /** Language of the page this view is for. */
  lang: Lang;
  /** Language the content is actually written in (differs when `fallback`). */
  contentLang: Lang;
  fallback: boolean;
  doc: EntryDoc;
  data: EntryDoc['data'];
}

let cache: Promise<Map<Lang, EntryView[]>> | undefined;

async function load(): Promise<Map<Lang, EntryView[]>> {
  const docs = await getCollection('entries');
  const byId = new Map<string, Partial<Record<Lang, { doc: EntryDoc; slug: string }>>>();
  for (const doc of docs) {
    const where = parseEntryPath(doc.id);
    if (!where) continue;
    const slot = byId.get(doc.data.id) ?? {};
    slot[where.lang] = { doc, slug: where.slug };
    byId.set(doc.data.id, slot);
  }
  const views = new Map<Lang, EntryView[]>();
  for (const lang of LANGS) {
    const list: EntryView[] = [];
    for (const [id, slot] of byId) {
      const own = slot[lang];
      const picked = own ?? slot[otherLang(lang)];
      if (!picked) continue;
      list.push({
        id,
        slug: picked.slug,
        lang,
        contentLang: own ? lang : otherLang(lang),
        fallback: !own,
        doc: picked.doc,
        data: picked.doc.data,
      });
    }
    list.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    views.set(lang, list);
  }
  return views;
}

/** All entries for a language page, sorted by id (memoised for the whole build). */
export async function entriesFor(lang: Lang): Promise<EntryView[]> {
  cache ??= load();
  return (await cache).get(lang) ?? [];
}

export async function entryById(lang: Lang, id: string): Promise<EntryView | undefined> {
  return (await entriesFor(lang)).find((e) => e.id === id);
}

/** Entries a reader should be offered (listings, counts): retired entries keep their stub page and
 *  permalink but are no longer listed. */
export async function activeEntriesFor(lang: Lang): Promise<EntryView[]> {
  return (await entriesFor(lang)).filter((e) => e.data.status !== 'retired');
}
