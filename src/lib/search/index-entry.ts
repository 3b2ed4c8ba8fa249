// What search knows about one entry beyond Pagefind's full text, for one site language: the entry's
// ID, slug, titles, signatures, aliases, symptom and cause titles, in both languages where the entry
// has both (error strings are the same in both; a reader may type either language's words).
import { viewOf, type KbEntry } from '../content/entry.ts';
import type { EntryText } from '../content/schema.ts';
import { LANGS, type Lang } from '../locales.ts';
import { componentById, label, symptomClasses } from '../taxonomy.ts';

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
  /**
   * Searchable text per field, both languages: titles, aliases, symptoms, cause titles, and the
   * everyday phrasings of the symptom classes the entry belongs to (content/taxonomy/symptoms.json).
   */
  fields: { title: string; alias: string[]; symptom: string; cause: string[][]; phrasing: string[] };
}

/** The phrasings (every language) of the given symptom classes: what a reader may say for what they see. */
export function classPhrasings(classIds: readonly string[]): string[] {
  const out = new Set<string>();
  for (const c of symptomClasses) {
    if (!classIds.includes(c.id)) continue;
    for (const l of LANGS) for (const p of c[l].phrasings) out.add(p);
  }
  return [...out];
}

/**
 * The index records of one site language, in the order given. Each entry is indexed as the language's
 * pages show it (its own text, or a fallback language's), enriched with the text of every other
 * language the entry is written in (a fallback's own language adds nothing new).
 */
export function indexEntries(lang: Lang, entries: readonly KbEntry[]): IndexEntry[] {
  return entries.flatMap((entry) => {
    const view = viewOf(entry, lang);
    if (!view) return [];
    const d = view.data;
    const others = LANGS.filter((l) => l !== view.contentLang && entry.text[l]);
    const otherTexts = others.map((l) => entry.text[l]!);
    const component = componentById(d.component);
    const signatures = new Map<string, string>();
    for (const s of d.signatures) signatures.set(s, '');
    for (const c of d.causes) for (const s of c.signatures) signatures.set(s, c.key);
    const joined = (own: string, other: (t: EntryText) => string) => [own, ...otherTexts.map(other)].join(' ');
    return [
      {
        id: d.id,
        slug: view.slug,
        title: d.title,
        component: d.component,
        componentLabel: component ? [lang, ...others].map((l) => label(component, l)).join(' ') : d.component,
        contentLang: view.contentLang,
        symptom: d.symptom,
        causes: d.causes.map((c) => ({ key: c.key, title: c.title })),
        signatures: [...signatures],
        fields: {
          title: joined(d.title, (t) => t.title),
          alias: [...new Set([...d.aliases, ...otherTexts.flatMap((t) => t.aliases)])],
          symptom: joined(d.symptom, (t) => t.symptom),
          cause: d.causes.map((c, i) => [c.title, ...otherTexts.map((t) => t.causes[i]!.title)]),
          phrasing: classPhrasings(d.symptoms),
        },
      },
    ];
  });
}
