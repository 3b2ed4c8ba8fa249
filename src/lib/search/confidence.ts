// How sure search is about each result, said to the reader: *exact* (one of the entry's error strings
// is in the query), *likely* (strong evidence: the query says what the entry is about in enough
// telling words, or in a phrase the entry or its symptom class is known by), *related* (partial
// overlap). When nothing is exact or likely, the verdict is "none": no entry matches, and the page
// says so instead of dressing up loose overlaps as answers.
import type { Matches } from './match.ts';
import type { Analysis } from './query.ts';
import type { Ranked } from './score.ts';
import { TUNING } from './tuning.ts';
import { rareDf, type SearchView } from './view.ts';

export type MatchLevel = 'exact' | 'likely' | 'related';
export type Verdict = 'match' | 'none';

export interface Confidence {
  /** Entry ID → its level, for every ranked entry. */
  levels: Map<string, MatchLevel>;
  /** Entry ID → the strength of the evidence: how much the query gives for it times how much of the query it explains. */
  strength: Map<string, number>;
  verdict: Verdict;
}

export interface EvidenceOf {
  /** Entry ID → the evidence the query gives for it, in units of query-term weight (a telling word of
   *  the reporter's sentence ≈ 1): the weight of the query's terms its own fields carry, plus its
   *  alias and symptom-phrasing hits and partial signature hits. */
  evidence: Map<string, number>;
  /** Entry ID → the share of what the query says that the entry's fields carry (0 … 1). */
  coverage: Map<string, number>;
  /** What the query says, in the same units: the weight of its telling and unknown words. */
  said: number;
  /**
   * Entries with specific evidence: a rare term of the query in their fields, every known word of
   * the query in the fields that name them, or an error string, alias or symptom phrasing of theirs
   * in the query. Common words that happen to meet in one entry
   * (`job` … `异常`) are overlap, not a sign that the entry is the answer.
   */
  specific: Set<string>;
}

export function evidenceOf(a: Analysis, m: Matches, view: SearchView): EvidenceOf {
  const t = TUNING.confidence;
  const byIndex = new Map<number, number>();
  const withRareTerm = new Set<number>();
  const rare = rareDf(view.n);
  // The fields that name an entry: its id, title, aliases and error strings (not its causes or symptom).
  const naming = TUNING.fieldWeight.signature;
  // What the query says: its telling terms, and the words no entry has at all (a Latin word no entry
  // knows, such as the name of another product's part, is a sign the query is about something else).
  let said = 0;
  // Every word of the query some entry has, common ones too, and how many of them each entry's
  // naming fields carry: a query that only names what an entry is called (`paas_agent`, `svn`,
  // `logo`) is specific to it however common its words are.
  const top = a.terms.slice(0, TUNING.score.terms);
  const known = top.filter((qt) => qt.df > 0);
  const namedTerms = new Map<number, number>();
  for (const qt of known) {
    for (const p of view.term(qt.term)?.postings ?? []) if (p.weight >= naming && m.matched.has(p.index)) namedTerms.set(p.index, (namedTerms.get(p.index) ?? 0) + 1);
  }
  for (const qt of top) {
    if (qt.df > view.n * t.commonTermShare) continue;
    if (qt.df === 0) {
      // Counted as much as its line says, not at the small weight ranking gives it: `MongoDB` in
      // the reporter's sentence is what the report is about, although no entry can rank on it.
      if (!qt.cjk && qt.term.length >= t.unknownWordChars && !a.corrections.has(qt.term)) said += qt.nominal * t.unknownWord;
      continue;
    }
    said += qt.weight;
    const info = view.term(qt.term);
    if (!info) continue;
    for (const p of info.postings) {
      if (!m.matched.has(p.index)) continue;
      byIndex.set(p.index, (byIndex.get(p.index) ?? 0) + qt.weight);
      if (qt.df <= rare) withRareTerm.add(p.index);
    }
  }
  const coverage = new Map<string, number>();
  for (const [index, s] of byIndex) {
    const id = view.entry(index)?.entry.id;
    if (id !== undefined) coverage.set(id, said > 0 ? s / said : 0);
  }
  for (const [index, s] of m.aliasHits) if (m.specificAliasHits.has(index)) byIndex.set(index, (byIndex.get(index) ?? 0) + s * t.aliasHit);
  for (const [index, s] of m.phrasingHits) byIndex.set(index, (byIndex.get(index) ?? 0) + s * t.phrasingHit);
  const out = new Map<string, number>();
  for (const [index, s] of byIndex) {
    const id = view.entry(index)?.entry.id;
    if (id !== undefined) out.set(id, s);
  }
  const specific = new Set<string>();
  const namesAll = [...namedTerms].filter(([, count]) => count === known.length).map(([index]) => index);
  for (const index of [...withRareTerm, ...namesAll, ...m.specificAliasHits, ...m.phrasingHits.keys()]) {
    const id = view.entry(index)?.entry.id;
    if (id !== undefined) specific.add(id);
  }
  for (const h of m.signatureHits) {
    if (!h.whole) out.set(h.id, (out.get(h.id) ?? 0) + h.score * t.partialSignature);
    specific.add(h.id);
  }
  return { evidence: out, coverage, said, specific };
}

/** The level of each ranked entry and the verdict of the whole answer. */
export function confidence(a: Analysis, m: Matches, view: SearchView, ranked: readonly Ranked[]): Confidence {
  const t = TUNING.confidence;
  const exact = new Set(m.signatureHits.filter((h) => h.whole && h.score >= t.exactMinChars).map((h) => h.id));
  const { evidence: ev, coverage, said, specific } = evidenceOf(a, m, view);
  // A short query says little, so the evidence it can give is small: it needs its share, not more.
  const needed = Math.min(t.likelyStrength, said * t.likelyShareOfSaid);
  const best = Math.max(0, ...ranked.slice(0, t.likelyMaxRank).map((r) => ev.get(r.id) ?? 0));
  const levels = new Map<string, MatchLevel>();
  ranked.forEach((r, rank) => {
    const e = ev.get(r.id) ?? 0;
    // Strong: evidence that also explains much of what the query says. Much overlap with a report
    // that is mostly about something else (another product's words) stays related; a short query in
    // the entry's own words is strong although it says little.
    const strong = specific.has(r.id) && e >= t.likelyMinEvidence && e * (coverage.get(r.id) ?? 0) >= needed;
    if (exact.has(r.id)) levels.set(r.id, 'exact');
    else if (rank < t.likelyMaxRank && strong && e >= best * t.likelyShareOfBest) levels.set(r.id, 'likely');
    else levels.set(r.id, 'related');
  });
  const verdict: Verdict = [...levels.values()].some((l) => l !== 'related') ? 'match' : 'none';
  const strength = new Map([...ev].map(([id, e]) => [id, e * (coverage.get(id) ?? 0)]));
  return { levels, strength, verdict };
}

const LEVEL_ORDER: Record<MatchLevel, number> = { exact: 0, likely: 1, related: 2 };

/**
 * The order the reader sees: exact before likely before related; among exact and likely results,
 * stronger evidence first (two entries that both print the error differ in how much of the rest of the
 * report they explain); related ones keep the fused order.
 */
export function orderByConfidence<T extends { id: string }>(ranked: readonly T[], c: Confidence): T[] {
  const level = (id: string) => LEVEL_ORDER[c.levels.get(id) ?? 'related'];
  return ranked
    .map((r, i) => ({ r, i }))
    .sort((x, y) => {
      const lx = level(x.r.id);
      const ly = level(y.r.id);
      if (lx !== ly) return lx - ly;
      if (lx < LEVEL_ORDER.related) {
        // Only a clear difference in evidence overturns the fused order (which also weighs Pagefind's full text).
        const ex = c.strength.get(x.r.id) ?? 0;
        const ey = c.strength.get(y.r.id) ?? 0;
        const margin = TUNING.confidence.reorderMargin;
        if (ey > ex * margin) return 1;
        if (ex > ey * margin) return -1;
      }
      return x.i - y.i;
    })
    .map((x) => x.r);
}
