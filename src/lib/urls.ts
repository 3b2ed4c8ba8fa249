// Every internal URL is built here, from the base path normalised once, so a sub-path deployment
// cannot miss one: pages, causes, permalinks, assets and the search page (with where a query travels).
import type { Lang } from './locales.ts';
import { LANG_ALTERNATION } from './locales.ts';
import { capText } from './search/paste-limit.ts';

export interface Urls {
  root(): string;
  home(lang: Lang): string;
  entry(lang: Lang, slug: string, causeKey?: string): string;
  component(lang: Lang, component: string, page?: number): string;
  /** The search page; a query goes in `?q=`, or in `#q=` when long (see searchHref). */
  search(lang: Lang, query?: string, component?: string): string;
  wizard(lang: Lang): string;
  /** The wizard without JavaScript: a place's symptom classes, and a class's entries (paged). */
  wizardPlace(lang: Lang, place: string): string;
  wizardClass(lang: Lang, symptomClass: string, page?: number): string;
  /** The wizard's step-3 data: a class's candidates, and the entry → classes lookup for old links. */
  wizardClassData(lang: Lang, symptomClass: string): string;
  wizardLookupData(lang: Lang, shard: number): string;
  permalink(id: string, causeKey?: string): string;
  asset(path: string): string;
}

/** The id of the element that holds a cause on its entry page (docs/contracts.md: `cause-<key>`). */
export function causeAnchor(key: string): string {
  return `cause-${key}`;
}

/** "/" or "/docs/kb/" from any spelling of a base path ("", "/docs/kb", "docs/kb/"). */
export function withSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function makeUrls(base: string): Urls {
  const b = withSlashes(base);
  const hash = (key?: string) => (key ? `#${causeAnchor(key)}` : '');
  return {
    root: () => b,
    home: (lang) => `${b}${lang}/`,
    entry: (lang, slug, key) => `${b}${lang}/faq/${slug}/${hash(key)}`,
    component: (lang, component, page = 1) => `${b}${lang}/components/${component}/${page > 1 ? `${page}/` : ''}`,
    search: (lang, query = '', component = '') => searchHref(b, lang, query, component),
    wizard: (lang) => `${b}${lang}/wizard/`,
    wizardPlace: (lang, place) => `${b}${lang}/wizard/place/${place}/`,
    wizardClass: (lang, symptomClass, page = 1) => `${b}${lang}/wizard/symptom/${symptomClass}/${page > 1 ? `${page}/` : ''}`,
    wizardClassData: (lang, symptomClass) => `${b}${lang}/wizard/data/class/${symptomClass}.json`,
    wizardLookupData: (lang, shard) => `${b}${lang}/wizard/data/lookup/${shard}.json`,
    permalink: (id, key) => `${b}kb/${id}/${hash(key)}`,
    asset: (path) => `${b}${path.replace(/^\//, '')}`,
  };
}

/** The same page in the other language: swap the language segment right after the base. */
export function switchLanguagePath(pathname: string, base: string, to: Lang): string {
  const b = withSlashes(base);
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const segment = new RegExp(`^(${LANG_ALTERNATION})(\\/|$)`);
  const swapped = segment.test(rest) ? rest.replace(segment, `${to}$2`) : `${to}/`;
  return `${b}${swapped}`;
}

// Where a query travels: short queries in `?q=` (shareable, see docs/contracts.md); a long paste in
// the fragment `#q=`, which the browser never sends to any server (no access-log copy of someone's
// log lines, and no 414 from a web server's URL limit). The search page reads both. A paste longer
// than the search analyses is cut to the part it analyses, so the link gives the same results.

/** Queries longer than this (or with line breaks) go in the fragment. */
export const MAX_QUERY_IN_URL = 200;

export function keepsInFragment(q: string): boolean {
  return q.length > MAX_QUERY_IN_URL || /[\r\n]/.test(q);
}

export function searchHref(base: string, lang: Lang, q: string, component = ''): string {
  const path = `${withSlashes(base)}${lang}/search/`;
  const params = new URLSearchParams();
  const trimmed = capText(q.trim());
  if (component) params.set('component', component);
  if (trimmed && !keepsInFragment(trimmed)) params.set('q', trimmed);
  const search = params.toString();
  const fragment = trimmed && keepsInFragment(trimmed) ? `#q=${encodeURIComponent(trimmed)}` : '';
  return `${path}${search ? `?${search}` : ''}${fragment}`;
}

export interface UrlQuery {
  q: string;
  component: string;
}

/** The query of a search-page URL: `#q=` wins over `?q=`. */
export function readQuery(search: string, hash: string): UrlQuery {
  const params = new URLSearchParams(search);
  let q = params.get('q') ?? '';
  if (hash.startsWith('#q=')) {
    try {
      q = decodeURIComponent(hash.slice(3));
    } catch {
      q = hash.slice(3);
    }
  }
  return { q, component: params.get('component') ?? '' };
}
