// The pages the e2e gates visit (tests/e2e/gates.spec.ts), derived from the built data export
// (dist/api/entries.json) so they follow the content: every page type, in both languages, picked
// from the entry with the most causes (the richest entry page: code blocks, placeholders, copy
// buttons) rather than from hard-coded slugs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './dist.ts';
import type { ExportedEntry, EntriesExport } from '../../src/lib/entries-export.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/lib/locales.ts';

export type GateKind =
  | 'root'
  | 'home'
  | 'component'
  | 'entry'
  | 'search'
  | 'wizard'
  | 'permalink'
  | 'moved'
  | 'retired'
  | 'not-found';

export interface GatePage {
  kind: GateKind;
  /** Language of the page; the root chooser and permalinks are bilingual (html lang of the default language). */
  lang: Lang;
  /** Path with query and hash, from the site root (the e2e server serves at /). */
  path: string;
  /** Short label for test titles. */
  name: string;
  /** The response for this URL is a 404 (the 404 page itself). */
  notFound?: boolean;
}

export function readExport(): EntriesExport {
  return JSON.parse(readFileSync(join(DIST, 'api', 'entries.json'), 'utf8')) as EntriesExport;
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search + u.hash;
};

/** The active entry with the most causes (ties: lowest ID), the one every per-entry gate uses. */
export function richestEntry(data: EntriesExport): ExportedEntry {
  const active = data.entries.filter((e) => e.status === 'active' && e.causes.length > 0 && e.where.length > 0);
  if (active.length === 0) throw new Error('no active entry with causes and a wizard place in dist/api/entries.json');
  return [...active].sort((a, b) => b.causes.length - a.causes.length || a.id.localeCompare(b.id))[0]!;
}

export function gatePages(data: EntriesExport = readExport()): GatePage[] {
  const entry = richestEntry(data);
  const cause = entry.causes[Math.min(1, entry.causes.length - 1)]!;
  const query = entry.signatures[0] ?? entry.title.en ?? entry.id;
  const pages: GatePage[] = [
    { kind: 'root', lang: DEFAULT_LANG, path: '/', name: 'language chooser /' },
    { kind: 'permalink', lang: DEFAULT_LANG, path: pathOf(entry.permalink), name: `permalink ${entry.id}` },
    { kind: 'permalink', lang: DEFAULT_LANG, path: pathOf(cause.permalink), name: `permalink ${entry.id}#${cause.anchor}` },
    { kind: 'not-found', lang: DEFAULT_LANG, path: '/no-such-page/', name: '404 at the root', notFound: true },
  ];
  const moved = data.entries.find((e) => e.status === 'active' && e.redirect_from.length > 0);
  const retired = data.entries.find((e) => e.status === 'retired');
  for (const lang of LANGS) {
    const url = pathOf(entry.url[lang]);
    const wizard = `/${lang}/wizard/`;
    const state = `?where=${entry.where[0]}&symptom=${entry.id}&entry=${entry.id}&cause=${cause.key}`;
    pages.push(
      { kind: 'home', lang, path: `/${lang}/`, name: `${lang} home` },
      { kind: 'component', lang, path: `/${lang}/components/${entry.component}/`, name: `${lang} component ${entry.component}` },
      { kind: 'entry', lang, path: url, name: `${lang} entry ${entry.id}` },
      { kind: 'search', lang, path: `/${lang}/search/?q=${encodeURIComponent(query)}`, name: `${lang} search ?q=` },
      { kind: 'search', lang, path: `/${lang}/search/#q=${encodeURIComponent(query)}`, name: `${lang} search #q=` },
      { kind: 'wizard', lang, path: wizard, name: `${lang} wizard step 1` },
      { kind: 'wizard', lang, path: `${wizard}${state}`, name: `${lang} wizard step 3 (${cause.key})` },
      { kind: 'wizard', lang, path: `${wizard}${state}&result=fixed`, name: `${lang} wizard fixed` },
      { kind: 'not-found', lang, path: `/${lang}/faq/no-such-entry/`, name: `${lang} 404`, notFound: true },
    );
    if (moved) pages.push({ kind: 'moved', lang, path: `/${lang}/faq/${moved.redirect_from[0]}/`, name: `${lang} moved ${moved.redirect_from[0]}` });
    if (retired) pages.push({ kind: 'retired', lang, path: pathOf(retired.url[lang]), name: `${lang} retired ${retired.id}` });
  }
  return pages;
}
