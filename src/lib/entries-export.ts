// The shape of /api/entries.json (issue 7, documented in the README "Data for tools"): every entry
// with its per-language texts and absolute links. Pure: takes the parsed entry records.
import type { EntryData } from './entry-schema.ts';
import type { Lang } from './taxonomy.ts';
import { LANGS } from './taxonomy.ts';
import { causeAnchor, makeUrls } from './urls.ts';

export const EXPORT_SCHEMA_VERSION = 1;

export interface ExportSource {
  lang: Lang;
  slug: string;
  data: EntryData;
}

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
  status: 'active' | 'retired';
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

export function buildEntriesExport(sources: readonly ExportSource[], site: string, base: string): EntriesExport {
  const origin = new URL(site).origin;
  const urls = makeUrls(base);
  const abs = (path: string) => `${origin}${path}`;
  const byId = new Map<string, ExportSource[]>();
  for (const s of sources) byId.set(s.data.id, [...(byId.get(s.data.id) ?? []), s]);

  const entries: ExportedEntry[] = [];
  for (const [id, versions] of byId) {
    versions.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
    const first = versions[0]!;
    const shared = first.data;
    const per = <T,>(pick: (d: EntryData) => T): PerLang<T> =>
      Object.fromEntries(versions.map((v) => [v.lang, pick(v.data)])) as PerLang<T>;
    // Pages exist in both languages (a missing translation falls back), all at the same slug.
    const url = Object.fromEntries(LANGS.map((l) => [l, abs(urls.entry(l, first.slug))])) as Record<Lang, string>;
    entries.push({
      id,
      status: shared.status,
      ...(shared.superseded_by ? { superseded_by: shared.superseded_by } : {}),
      type: shared.type,
      component: shared.component,
      languages: versions.map((v) => v.lang),
      title: per((d) => d.title),
      symptom: per((d) => d.symptom),
      aliases: per((d) => d.aliases),
      url,
      permalink: abs(urls.permalink(id)),
      signatures: shared.signatures,
      where: shared.where,
      related: shared.related,
      applies_to: shared.applies_to,
      reviewed: shared.reviewed,
      redirect_from: shared.redirect_from,
      causes: shared.causes.map((cause, i) => ({
        key: cause.key,
        anchor: causeAnchor(cause.key),
        permalink: abs(urls.permalink(id, cause.key)),
        title: Object.fromEntries(versions.map((v) => [v.lang, v.data.causes[i]?.title ?? cause.title])) as PerLang<string>,
        signatures: cause.signatures,
      })),
    });
  }
  entries.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
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
