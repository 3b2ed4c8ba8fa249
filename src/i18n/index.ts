// The UI strings of every language (src/i18n/<lang>.json) and `t()` to read them. A key whose value
// is an object ({ "one": …, "other": … }) holds a count: `t()` needs its `n` and picks the plural form.
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { htmlLang, type Lang } from '../lib/locales.ts';
import { formatText, type UiText, type Vars } from './format.ts';

type Catalogue = typeof en;
export type UiKey = keyof Catalogue;
/** Keys whose text depends on a count `n`. */
export type PluralKey = { [K in UiKey]: Catalogue[K] extends string ? never : K }[UiKey];
export type PlainKey = Exclude<UiKey, PluralKey>;

/** Every language has every key (a missing one is a type error here). */
export const catalogues: Record<Lang, Record<UiKey, UiText>> = { zh, en };

/** UI string in `lang`, with {name} slots filled from `vars`. */
export function t(lang: Lang, key: PlainKey, vars?: Vars): string;
/** A counted UI string in `lang`: the plural form for `vars.n`. */
export function t(lang: Lang, key: PluralKey, vars: Vars & { n: number }): string;
export function t(lang: Lang, key: UiKey, vars: Vars = {}): string {
  return formatText(catalogues[lang][key], htmlLang(lang), vars);
}
