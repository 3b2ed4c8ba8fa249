// One bilingual record per entry, built once from the parsed files: the shared fields (taken from the
// default language's file when it exists), each language's text, and the files it came from. The
// pair rule is checked here, at construction: a second language whose shared fields differ is a
// problem naming that file and the field.
import { ID_COLLATION_LOCALE, LANGS, fallbackLangs, type Lang } from '../locales.ts';
import { SHARED_FIELDS, joinEntry, splitEntry, type EntryData, type EntryText, type SharedFields } from './schema.ts';
import type { Problem } from './problem.ts';

/** One language's file of an entry, parsed and valid. */
export interface EntryVersion {
  file: string;
  lang: Lang;
  slug: string;
  data: EntryData;
  /** The Markdown body, trimmed. */
  body: string;
  /** File line where the body starts (for problems inside it). */
  bodyLine: number;
}

export interface KbEntry {
  id: string;
  /** URL segment, the same in every language. */
  slug: string;
  shared: SharedFields;
  /** The languages the entry is written in; a missing one falls back (see `viewOf`). */
  text: Partial<Record<Lang, EntryText>>;
  /** Source file per written language. */
  files: Partial<Record<Lang, string>>;
}

/** An entry as one language's pages show it: its own text, or a fallback language's text. */
export interface EntryLangView {
  id: string;
  slug: string;
  /** Language of the page. */
  lang: Lang;
  /** Language the text is written in (differs when `fallback`). */
  contentLang: Lang;
  fallback: boolean;
  /** Shared fields and this view's text, as one file's frontmatter would read. */
  data: EntryData;
  body: string;
  file: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
// One Collator, made once: localeCompare with options builds one per call.
const idCollator = new Intl.Collator(ID_COLLATION_LOCALE, { numeric: true });

/** Orders entry ids: PAAS-9 before PAAS-10, the same order in every language. */
export function compareIds(a: string, b: string): number {
  return idCollator.compare(a, b);
}
const byId = (a: { id: string }, b: { id: string }) => compareIds(a.id, b.id);

/** Groups valid versions by id into records (sorted by id), reporting pairs that disagree. */
export function buildEntries(versions: readonly EntryVersion[]): { entries: KbEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const groups = new Map<string, EntryVersion[]>();
  for (const v of versions) groups.set(v.data.id, [...(groups.get(v.data.id) ?? []), v]);
  const entries: KbEntry[] = [];
  for (const [id, group] of groups) {
    group.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
    const first = group[0]!;
    const base = splitEntry(first.data, first.body);
    const entry: KbEntry = { id, slug: first.slug, shared: base.shared, text: { [first.lang]: base.text }, files: { [first.lang]: first.file } };
    for (const other of group.slice(1)) {
      if (entry.text[other.lang]) continue; // a duplicate id within one language: reported by corpusProblems
      const split = splitEntry(other.data, other.body);
      problems.push(...pairProblems(first, base.shared, other, split.shared));
      entry.text[other.lang] = split.text;
      entry.files[other.lang] = other.file;
    }
    entries.push(entry);
  }
  return { entries: entries.sort(byId), problems };
}

function pairProblems(a: EntryVersion, sharedA: SharedFields, b: EntryVersion, sharedB: SharedFields): Problem[] {
  const problems: Problem[] = [];
  const disagree = (field: string, left: unknown, right: unknown) =>
    problems.push({
      file: b.file,
      field,
      message: `differs from ${a.file} (${JSON.stringify(left)} vs ${JSON.stringify(right)})`,
      fix: 'shared fields must be identical in every language: copy the value from the other file',
    });
  if (a.slug !== b.slug) disagree('slug (file name)', a.slug, b.slug);
  for (const field of SHARED_FIELDS) {
    if (!same(sharedA[field], sharedB[field])) disagree(field, sharedA[field], sharedB[field]);
  }
  const keysA = sharedA.causes.map((c) => c.key);
  const keysB = sharedB.causes.map((c) => c.key);
  if (!same(keysA, keysB)) disagree('causes (keys)', keysA, keysB);
  else {
    sharedA.causes.forEach((cause, i) => {
      if (!same(cause.signatures, sharedB.causes[i]!.signatures)) {
        disagree(`causes.${i}.signatures`, cause.signatures, sharedB.causes[i]!.signatures);
      }
    });
  }
  return problems;
}

/** The entry as `lang`'s pages show it; undefined only for an entry with no text at all. */
export function viewOf(entry: KbEntry, lang: Lang): EntryLangView | undefined {
  const contentLang = [lang, ...fallbackLangs(lang)].find((l) => entry.text[l]);
  if (!contentLang) return undefined;
  const text = entry.text[contentLang]!;
  return {
    id: entry.id,
    slug: entry.slug,
    lang,
    contentLang,
    fallback: contentLang !== lang,
    data: joinEntry(entry.shared, text),
    body: text.body,
    file: entry.files[contentLang]!,
  };
}

/** Languages an entry lacks (its pages fall back to another language). */
export function missingLangs(entry: KbEntry): Lang[] {
  return LANGS.filter((l) => !entry.text[l]);
}
