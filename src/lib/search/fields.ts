// How an entry's fields become search terms, and what the engine derives from one entry record.
// The build uses entryTerms() to write the term shards; the browser uses prepareEntry() on the
// records it fetches. Both sides must tokenise the same way, so both live here.
import type { IndexEntry } from './index-entry.ts';
import { matchKey, normalise } from './normalise.ts';
import { tokens, type Token } from './terms.ts';
import { TUNING } from './tuning.ts';

/** How much a term says about an entry, by the field it appears in (the best field counts). */
export const FIELD_WEIGHT = TUNING.fieldWeight;

function add(map: Map<string, number>, ts: Token[], weight: number) {
  for (const t of ts) if ((map.get(t.term) ?? 0) < weight) map.set(t.term, weight);
}

/** Term → best field weight, over every searchable field of the entry (both languages). */
export function entryTerms(e: IndexEntry): Map<string, number> {
  const m = new Map<string, number>();
  m.set(e.id.toLowerCase(), FIELD_WEIGHT.id);
  add(m, tokens(normalise(`${e.componentLabel} ${e.component}`)), FIELD_WEIGHT.component);
  add(m, tokens(normalise(e.fields.symptom)), FIELD_WEIGHT.symptom);
  e.causes.forEach((c, ci) => add(m, tokens(normalise((e.fields.cause[ci] ?? [c.title]).join(' '))), FIELD_WEIGHT.cause));
  for (const [sig] of e.signatures) add(m, tokens(normalise(sig)), FIELD_WEIGHT.signature);
  for (const p of e.fields.phrasing) add(m, tokens(normalise(p)), FIELD_WEIGHT.phrasing);
  for (const a of e.fields.alias) add(m, tokens(normalise(a)), FIELD_WEIGHT.alias);
  add(m, tokens(normalise(e.fields.title)), FIELD_WEIGHT.title);
  return m;
}

export interface PreparedSignature {
  cause: string;
  text: string;
  key: string;
  /** The literal parts of the signature (placeholders such as `xxx` or `'./chengpeal/'` cut out). */
  frags: string[];
}

/** One entry record, ready for matching: its signatures, alias phrases and the terms of each cause. */
export interface PreparedEntry {
  /** Position in the language's entry list (what the term postings point at). */
  index: number;
  entry: IndexEntry;
  signatures: PreparedSignature[];
  /** Alias phrases as match keys, for whole-phrase matches. */
  aliases: string[];
  /** The symptom-class phrasings, each as its distinct terms (matched when the query has them all). */
  phrasings: string[][];
  /** Cause key → the cause's terms (title words and the words of its signatures). */
  causeTerms: Map<string, Set<string>>;
}

const PLACEHOLDER = /x{3,}[x_.]*|\.{3,}|'\.\/[^']*'|'localhost'/g;

export function prepareEntry(index: number, e: IndexEntry): PreparedEntry {
  const causeTerms = new Map<string, Set<string>>();
  e.causes.forEach((c, ci) => {
    const ts = tokens(normalise((e.fields.cause[ci] ?? [c.title]).join(' ')));
    causeTerms.set(c.key, new Set(ts.map((t) => t.term)));
  });
  const signatures: PreparedSignature[] = [];
  for (const [sig, cause] of e.signatures) {
    if (cause) for (const t of tokens(normalise(sig))) causeTerms.get(cause)?.add(t.term);
    const key = matchKey(sig);
    const frags = key
      .split(PLACEHOLDER)
      .map((f) => f.replace(/^[\s,.:;'"()]+|[\s,.:;'"()]+$/g, ''))
      .filter((f) => f.length >= TUNING.signatures.fragmentMinChars);
    signatures.push({ cause, text: sig, key, frags: frags.length ? frags : [key] });
  }
  const aliases = e.fields.alias.map((a) => matchKey(a)).filter((k) => k.length >= TUNING.aliases.minChars);
  // Only phrasings that can count as evidence: enough words, or one telling one (`502`).
  const pt = TUNING.phrasings;
  const phrasings = e.fields.phrasing
    .map((p) => [...new Set(tokens(normalise(p)).map((t) => t.term))])
    .filter((ts) => ts.length >= pt.minTerms || (ts.length === 1 && ts[0]!.length >= pt.singleTermChars));
  return { index, entry: e, signatures, aliases, phrasings, causeTerms };
}
