// The shape of /api/entries.json (documented in the README "Data for tools"): every entry with its
// per-language texts and absolute links. Pure: takes the bilingual entry records.
import { compareIds, type KbEntry } from './content/entry.ts';
import type { EntryText } from './content/schema.ts';
import { LANGS, type Lang } from './locales.ts';
import { causeAnchor, makeUrls } from './urls.ts';

export const EXPORT_SCHEMA_VERSION = 1;

type PerLang<T> = Partial<Record<Lang, T>>;

export interface ExportedCause {
  key: string;
  anchor: string;
  permalink: string;
  title: PerLang<string>;
  signatures: string[];
}

export interface ExportedEntry {
  id: string;
  /** 'draft' only in a KB_DRAFTS=1 build: a normal build has no drafts at all. */
  status: 'active' | 'retired' | 'draft';
  superseded_by?: string;
  type: 'problem' | 'howto';
  component: string;
  languages: Lang[];
  title: PerLang<string>;
  symptom: PerLang<string>;
  aliases: PerLang<string[]>;
  url: Record<Lang, string>;
  permalink: string;
  signatures: string[];
  where: string[];
  /** Symptom class ids (content/taxonomy/symptoms.json). */
  symptoms: string[];
  related: string[];
  applies_to: string[];
  reviewed: string;
  redirect_from: string[];
  causes: ExportedCause[];
}

export interface EntriesExport {
  schema: number;
  site: string;
  languages: Lang[];
  updated: string | null;
  count: number;
  entries: ExportedEntry[];
}

export function buildEntriesExport(records: readonly KbEntry[], site: string, base: string): EntriesExport {
  const origin = new URL(site).origin;
  const urls = makeUrls(base);
  const abs = (path: string) => `${origin}${path}`;

  const entries: ExportedEntry[] = [];
  for (const { id, slug, shared, text } of records) {
    const languages = LANGS.filter((l) => text[l]);
    const per = <T,>(pick: (t: EntryText) => T): PerLang<T> => Object.fromEntries(languages.map((l) => [l, pick(text[l]!)])) as PerLang<T>;
    // Pages exist in every language (a missing translation falls back), all at the same slug.
    const url = Object.fromEntries(LANGS.map((l) => [l, abs(urls.entry(l, slug))])) as Record<Lang, string>;
    entries.push({
      id,
      status: shared.status,
      ...(shared.superseded_by ? { superseded_by: shared.superseded_by } : {}),
      type: shared.type,
      component: shared.component,
      languages,
      title: per((t) => t.title),
      symptom: per((t) => t.symptom),
      aliases: per((t) => t.aliases),
      url,
      permalink: abs(urls.permalink(id)),
      signatures: shared.signatures,
      where: shared.where,
      symptoms: shared.symptoms,
      related: shared.related,
      applies_to: shared.applies_to,
      reviewed: shared.reviewed,
      redirect_from: shared.redirect_from,
      causes: shared.causes.map((cause, i) => ({
        key: cause.key,
        anchor: causeAnchor(cause.key),
        permalink: abs(urls.permalink(id, cause.key)),
        title: per((t) => t.causes[i]!.title),
        signatures: cause.signatures,
      })),
    });
  }
  entries.sort((a, b) => compareIds(a.id, b.id));
  const updated = entries.reduce<string | null>((max, e) => (max === null || e.reviewed > max ? e.reviewed : max), null);
  return {
    schema: EXPORT_SCHEMA_VERSION,
    site: abs(urls.root()),
    languages: [...LANGS],
    updated,
    count: entries.length,
    entries,
  };
}
