// Filling a UI string: pure, so the pages (build time) and the browser scripts format alike.
// A string is either one template or, when it holds a count, one template per plural category
// (Intl.PluralRules: English has "one" and "other", Chinese only "other"); the count is the `n` slot.

export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
export type UiText = string | PluralForms;
export type Vars = Record<string, string | number>;

const rules = new Map<string, Intl.PluralRules>();

/** The template for `n` in `locale` (a BCP 47 tag such as "zh-CN" or "en"). */
export function pluralTemplate(forms: PluralForms, locale: string, n: number): string {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(n)] ?? forms.other;
}

/** `text` with its {name} slots filled from `vars`; a plural text picks its form by `vars.n`. */
export function formatText(text: UiText, locale: string, vars: Vars = {}): string {
  const template = typeof text === 'string' ? text : pluralTemplate(text, locale, Number(vars.n));
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
