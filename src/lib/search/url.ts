// Where a query travels: short queries in `?q=` (shareable, the contract of GUIDE §4); a long paste in
// the fragment `#q=`, which the browser never sends to any server (no access-log copy of someone's
// log lines, and no 414 from a web server's URL limit). The search page reads both. A paste longer
// than the search analyses (MAX_ANALYSED) is cut to the part it analyses, so the URL stays well under
// the browser's 2 MB limit and the link gives the same results.
import { capText } from './normalise.ts';

/** Queries longer than this (or with line breaks) go in the fragment. */
export const MAX_QUERY_IN_URL = 200;

export function keepsInFragment(q: string): boolean {
  return q.length > MAX_QUERY_IN_URL || /[\r\n]/.test(q);
}

export function searchHref(base: string, lang: string, q: string, component = ''): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = `${b}${lang}/search/`;
  const params = new URLSearchParams();
  const trimmed = capText(q.trim());
  if (!trimmed) return component ? `${path}?component=${encodeURIComponent(component)}` : path;
  if (component) params.set('component', component);
  if (keepsInFragment(trimmed)) {
    const search = params.toString();
    return `${path}${search ? `?${search}` : ''}#q=${encodeURIComponent(trimmed)}`;
  }
  params.set('q', trimmed);
  return `${path}?${params.toString()}`;
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
