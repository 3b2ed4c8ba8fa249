// The site's languages, in one place. `id` is the URL segment and the content folder
// (content/entries/<id>/), `htmlLang` the BCP 47 tag of <html lang> (also the sitemap's hreflang),
// `pagefind` the language Pagefind files the index under (lower-case, as its Node API wants it),
// `label` the language's own name for choosers. The first locale is the default.
// Nothing else in the code may spell a language id or tag: ask this module.

export interface Locale {
  readonly id: string;
  readonly htmlLang: string;
  readonly pagefind: string;
  readonly label: string;
}

export const LOCALES = [
  { id: 'zh', htmlLang: 'zh-CN', pagefind: 'zh-cn', label: '简体中文' },
  { id: 'en', htmlLang: 'en', pagefind: 'en', label: 'English' },
] as const satisfies readonly Locale[];

export type Lang = (typeof LOCALES)[number]['id'];

/** Language ids in display order (default first). */
export const LANGS: readonly Lang[] = LOCALES.map((l) => l.id);

export const DEFAULT_LANG: Lang = LOCALES[0].id;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function localeOf(lang: Lang): Locale {
  return LOCALES.find((l) => l.id === lang)!;
}

/** BCP 47 tag for <html lang> and hreflang (docs/contracts.md: zh-CN, en). */
export function htmlLang(lang: Lang): string {
  return localeOf(lang).htmlLang;
}

/** The language's own name, e.g. for a chooser ("简体中文", "English"). */
export function localeLabel(lang: Lang): string {
  return localeOf(lang).label;
}

/** The other languages, in display order: where a page looks when its own translation is missing. */
export function fallbackLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}

/** The first language to fall back to (with two languages: the other one). */
export function otherLang(lang: Lang): Lang {
  return fallbackLangs(lang)[0]!;
}

/** A language from a BCP 47 tag or a `lang` attribute ("zh-CN", "en-GB", "ZH"), else the default. */
export function langFromTag(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGS.find((l) => l === primary) ?? DEFAULT_LANG;
}

/** Regular-expression alternation of the language ids ("zh|en"), for matching URL and file paths. */
export const LANG_ALTERNATION = LANGS.join('|');

/**
 * The collation entry ids sort in (numerically, see `compareIds` in content/entry.ts): one fixed
 * locale, not the reader's language, so every page, index and export lists entries in the same order.
 * The ids are ASCII, so any locale with numeric collation gives that order.
 */
export const ID_COLLATION_LOCALE = 'en';
