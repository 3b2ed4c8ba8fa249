// The one place pages read entries from: the bilingual records (src/lib/content/entry.ts), built once
// per build from the content collection, and per language the view a page shows (its own text, or
// another language's, flagged as a fallback). `doc` is the collection item that renders the body.
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildEntries, viewOf, type EntryLangView, type KbEntry } from '../lib/content/entry.ts';
import { parseEntryPath } from '../lib/content/read.ts';
import type { EntryData } from '../lib/content/schema.ts';
import { LANGS, type Lang } from '../lib/locales.ts';

export type EntryDoc = CollectionEntry<'entries'>;

export interface EntryView extends EntryLangView {
  doc: EntryDoc;
}

interface Loaded {
  entries: KbEntry[];
  views: Map<Lang, EntryView[]>;
}

let cache: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const docs = new Map<string, EntryDoc>();
  const versions = [];
  for (const doc of await getCollection('entries')) {
    const where = parseEntryPath(doc.id);
    if (!where) continue;
    docs.set(doc.id, doc);
    // The loader stored only files that passed the content check, so the pairing reports nothing here.
    versions.push({ file: doc.filePath ?? doc.id, ...where, data: doc.data as EntryData, body: doc.body ?? '', bodyLine: 1 });
  }
  const { entries } = buildEntries(versions);
  const views = new Map<Lang, EntryView[]>();
  for (const lang of LANGS) {
    views.set(
      lang,
      entries.flatMap((entry) => {
        const view = viewOf(entry, lang);
        return view ? [{ ...view, doc: docs.get(`${view.contentLang}/${view.slug}`)! }] : [];
      }),
    );
  }
  return { entries, views };
}

/** Every entry, one bilingual record each, sorted by id (memoised for the whole build). */
export async function kbEntries(): Promise<KbEntry[]> {
  cache ??= load();
  return (await cache).entries;
}

/** All entries for a language page, sorted by id. */
export async function entriesFor(lang: Lang): Promise<EntryView[]> {
  cache ??= load();
  return (await cache).views.get(lang) ?? [];
}

/** Entries a reader should be offered (listings, counts): retired entries keep their stub page and
 *  permalink but are no longer listed. */
export async function activeEntriesFor(lang: Lang): Promise<EntryView[]> {
  return (await entriesFor(lang)).filter((e) => e.data.status !== 'retired');
}
