// Which entries the query names outright: signatures (error strings) found in the query, and alias
// phrases found in it. Matched against the query's candidates only (their records loaded), so what
// matches never depends on what earlier queries left in the cache.
import type { PreparedEntry } from './fields.ts';
import { escapeRe, type Analysis } from './query.ts';
import { tokens } from './terms.ts';
import { TUNING } from './tuning.ts';
import { rareDf, type SearchView } from './view.ts';

export interface SignatureHit {
  id: string;
  cause: string;
  signature: string;
  score: number;
  /** The whole signature (its literal parts, in order) is in the query, not only a part of it. */
  whole: boolean;
}

/** The query's matches against its candidates. */
export interface Matches {
  /** Signatures found in the query, best first. */
  signatureHits: SignatureHit[];
  /** Entry position → strength of an alias phrase found in the query. */
  aliasHits: Map<number, number>;
  /**
   * Positions of the entries whose alias found in the query is specific: a phrase of several words,
   * or one with a word few entries carry. Two common words (`Connection refused`) say no more than
   * those words do.
   */
  specificAliasHits: Set<number>;
  /** Entry position → strength of the best phrasing of its symptom classes found in the query. */
  phrasingHits: Map<number, number>;
  /** Positions of the entries matched against (their records are loaded). */
  matched: Set<number>;
}

/** No matches: what the ranking uses before candidates are chosen. */
export const NO_MATCHES: Matches = { signatureHits: [], aliasHits: new Map(), specificAliasHits: new Set(), phrasingHits: new Map(), matched: new Set() };

function containsInOrder(hay: string, frags: string[]): boolean {
  let from = 0;
  for (const f of frags) {
    const at = hay.indexOf(f, from);
    if (at < 0) return false;
    from = at + f.length;
  }
  return true;
}

/** Signatures found in the query (or, for a short query, signatures the query is a good part of). */
function matchSignatures(keys: string[], entries: readonly PreparedEntry[]): SignatureHit[] {
  const t = TUNING.signatures;
  const hits: SignatureHit[] = [];
  const shortKeys = keys.filter((k) => k.length >= t.partKeyMin && k.length <= t.partKeyMax);
  for (const e of entries) {
    for (const s of e.signatures) {
      let score = 0;
      let whole = false;
      if (keys.some((k) => containsInOrder(k, s.frags))) {
        score = s.frags.reduce((a, f) => a + f.length, 0);
        whole = true;
      } else {
        // The query is a part of a signature ("exited too quickly", "license expired").
        const part = shortKeys.find((k) => s.key.includes(k) && k.length >= Math.min(t.partMinChars, s.key.length * t.partMinShare));
        if (part) score = part.length * t.partScore;
      }
      if (score > 0) hits.push({ id: e.entry.id, cause: s.cause, signature: s.text, score, whole });
    }
  }
  return hits.sort((a, b) => b.score - a.score);
}

function matchAliases(key: string, entries: readonly PreparedEntry[], view: SearchView): Pick<Matches, 'aliasHits' | 'specificAliasHits'> {
  const hits = new Map<number, number>();
  const specific = new Set<number>();
  const compact = key.replace(/ /g, '');
  const rare = rareDf(view.n);
  for (const e of entries) {
    for (const alias of e.aliases) {
      // Short Latin aliases ("cc", "job") must stand as words; CJK ones may sit inside a sentence.
      const latin = /^[a-z0-9 _.'\-/]+$/.test(alias);
      const found = latin
        ? new RegExp(`(?:^|[^a-z0-9_])${escapeRe(alias)}(?:$|[^a-z0-9_])`).test(key)
        : compact.includes(alias.replace(/ /g, ''));
      if (!found) continue;
      // A longer phrase is more specific: `requirements.txt 找不到` says more than `requirements.txt`.
      hits.set(e.index, Math.max(hits.get(e.index) ?? 0, Math.min(alias.length, TUNING.aliases.lengthCap)) + TUNING.aliases.bonus);
      // Specific: a phrase of several words, or one with a word few entries carry (its words are the
      // query's, so their document counts are loaded; one not looked up counts as rare).
      const words = tokens(alias);
      if (words.length >= TUNING.aliases.phraseTerms || words.some((t) => (view.term(t.term)?.df ?? 0) <= rare)) specific.add(e.index);
    }
  }
  return { aliasHits: hits, specificAliasHits: specific };
}

/**
 * Symptom-class phrasings the query says: every term of the phrasing is among the query's terms, in
 * any order (people say the same thing with other words between: 登录以后又回到了登录页面). A
 * phrasing of one term must be a telling one (`502`, `err_too_many_redirects`).
 */
function matchPhrasings(queryTerms: ReadonlySet<string>, entries: readonly PreparedEntry[]): Map<number, number> {
  const t = TUNING.phrasings;
  const hits = new Map<number, number>();
  for (const e of entries) {
    for (const terms of e.phrasings) {
      if (!terms.every((x) => queryTerms.has(x))) continue;
      const strength = Math.min(terms.length, t.termCap) * t.perTerm;
      hits.set(e.index, Math.max(hits.get(e.index) ?? 0, strength));
    }
  }
  return hits;
}

/** Signature, alias and phrasing matches of the query over the given candidates (records must be loaded). */
export function matchEntries(a: Analysis, view: SearchView, candidates: readonly number[]): Matches {
  const entries = [...candidates]
    .sort((x, y) => x - y)
    .map((i) => view.entry(i))
    .filter((e): e is PreparedEntry => e !== undefined);
  return {
    matched: new Set(entries.map((e) => e.index)),
    signatureHits: matchSignatures(a.keys, entries),
    ...matchAliases(a.keys[1]!.replace(/\s+/g, ' '), entries, view),
    phrasingHits: matchPhrasings(new Set(a.terms.map((t) => t.term)), entries),
  };
}
