// Every internal link is built here, from the base path, so sub-path deployment cannot miss one.
import type { Lang } from './taxonomy.ts';

export interface Urls {
  home(lang: Lang): string;
  entry(lang: Lang, slug: string, causeKey?: string): string;
  component(lang: Lang, component: string, page?: number): string;
  search(lang: Lang, query?: string): string;
  wizard(lang: Lang): string;
  permalink(id: string, causeKey?: string): string;
  asset(path: string): string;
  root(): string;
}

export function causeAnchor(key: string): string {
  return `cause-${key}`;
}

export function makeUrls(base: string): Urls {
  const b = base.endsWith('/') ? base : `${base}/`;
  const hash = (key?: string) => (key ? `#${causeAnchor(key)}` : '');
  return {
    root: () => b,
    home: (lang) => `${b}${lang}/`,
    entry: (lang, slug, key) => `${b}${lang}/faq/${slug}/${hash(key)}`,
    component: (lang, component, page = 1) =>
      `${b}${lang}/components/${component}/${page > 1 ? `${page}/` : ''}`,
    search: (lang, query) => `${b}${lang}/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
    wizard: (lang) => `${b}${lang}/wizard/`,
    permalink: (id, key) => `${b}kb/${id}/${hash(key)}`,
    asset: (path) => `${b}${path.replace(/^\//, '')}`,
  };
}

/** The same page in the other language: swap the language segment right after the base. */
export function switchLanguagePath(pathname: string, base: string, to: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const swapped = /^(zh|en)(\/|$)/.test(rest) ? rest.replace(/^(zh|en)/, to) : `${to}/`;
  return `${b}${swapped}`;
}
