import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import type { Lang } from '../lib/taxonomy.ts';

export type UiKey = keyof typeof zh;
const strings: Record<Lang, Record<UiKey, string>> = { zh, en };

/** UI string in `lang`, with {name} slots filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
