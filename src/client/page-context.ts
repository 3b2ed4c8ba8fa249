// What every browser script knows about the page it runs on, read once: the base path, language and
// search index version the layout writes on <html> (data-base, lang, data-search-index), the URL
// builder for that base, and the UI strings the page handed over (src/components/ClientStrings.astro).
import type { ClientKey, StringSet } from '../i18n/client-strings.ts';
import { formatText, type UiText, type Vars } from '../i18n/format.ts';
import { langFromTag, type Lang } from '../lib/locales.ts';
import { makeUrls, type Urls } from '../lib/urls.ts';

const root = document.documentElement;

/** The base path ("/" or "/docs/kb/"). */
export const base: string = root.dataset.base ?? '/';
/** The page's language. */
export const lang: Lang = langFromTag(root.lang);
export const urls: Urls = makeUrls(base);
/** The version hash of the language's search index this page was built with (pages that search). */
export const searchIndexVersion: string | undefined = root.dataset.searchIndex;

export type UiFormat<S extends StringSet> = (key: ClientKey<S>, vars?: Vars) => string;

/**
 * The strings of `set` written into the page, as a formatter: {name} slots filled from `vars`, a
 * counted string in the plural form for `vars.n`. A string the page did not carry shows as its key.
 */
export function uiStrings<S extends StringSet>(set: S): UiFormat<S> {
  const strings: Partial<Record<string, UiText>> = {};
  for (const block of document.querySelectorAll<HTMLScriptElement>(`script[type="application/json"][data-ui-strings="${set}"]`)) {
    Object.assign(strings, JSON.parse(block.textContent || '{}'));
  }
  return (key, vars) => formatText(strings[key] ?? key, root.lang, vars);
}
