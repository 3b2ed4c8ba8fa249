// What search knows about one entry beyond Pagefind's full text, for one site language: the entry's
// ID, slug, titles, signatures, aliases, symptom and cause titles, in both languages where the entry
// has both (error strings are the same in both; a reader may type either language's words).
import type { EntryData } from '../content/schema.ts';
import { componentById, label, otherLang, type Lang } from '../taxonomy.ts';

export interface IndexCause {
  key: string;
  title: string;
}

/** One entry as the search index's record files carry it. */
export interface IndexEntry {
  id: string;
  slug: string;
  title: string;
  component: string;
  componentLabel: string;
  /** Language the entry's text is written in (differs from the site language for a fallback). */
  contentLang: string;
  symptom: string;
  causes: IndexCause[];
  /** [signature, cause key or ""]: the entry's error strings and the cause each one points at. */
  signatures: [string, string][];
  /** Searchable text per field, both languages: titles, aliases, symptoms, cause titles. */
  fields: { title: string; alias: string[]; symptom: string; cause: string[][] };
}

/** An entry as a page of one language shows it (its own text, or the other language's as a fallback). */
export interface EntrySource {
  slug: string;
  contentLang: string;
  data: EntryData;
}

/**
 * The index records of one site language, in the order given. `other` holds the same entries'
 * other-language text by ID (used only when it really is the other language, not a fallback copy).
 */
export function indexEntries(lang: Lang, own: readonly EntrySource[], other: ReadonlyMap<string, EntrySource>): IndexEntry[] {
  return own.map((e) => {
    const o = other.get(e.data.id);
    const od = o && o.contentLang !== e.contentLang ? o.data : undefined;
    const d = e.data;
    const component = componentById(d.component);
    const signatures = new Map<string, string>();
    for (const s of d.signatures) signatures.set(s, '');
    for (const c of d.causes) for (const s of c.signatures) signatures.set(s, c.key);
    return {
      id: d.id,
      slug: e.slug,
      title: d.title,
      component: d.component,
      componentLabel: component ? `${label(component, lang)}${od ? ` ${label(component, otherLang(lang))}` : ''}` : d.component,
      contentLang: e.contentLang,
      symptom: d.symptom,
      causes: d.causes.map((c) => ({ key: c.key, title: c.title })),
      signatures: [...signatures],
      fields: {
        title: od ? `${d.title} ${od.title}` : d.title,
        alias: [...new Set([...d.aliases, ...(od?.aliases ?? [])])],
        symptom: od ? `${d.symptom} ${od.symptom}` : d.symptom,
        cause: d.causes.map((c) => {
          const oc = od?.causes.find((x) => x.key === c.key);
          return oc ? [c.title, oc.title] : [c.title];
        }),
      },
    };
  });
}
