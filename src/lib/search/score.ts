// Entries scored on their own fields (titles, aliases, signatures, symptoms, cause titles, both
// languages) from the postings of the query's terms, and the signature hits as a ranking.
import { NO_MATCHES, type Matches } from './match.ts';
import type { Analysis } from './query.ts';
import { TUNING } from './tuning.ts';
import { idf, type SearchView } from './view.ts';

export interface Ranked {
  id: string;
  score: number;
}

interface Scored {
  index: number;
  score: number;
}

/** Entries scored on the postings of the query's terms, plus their alias hits. */
function termScores(a: Analysis, m: Matches, view: SearchView): Scored[] {
  const n = view.n;
  const top = a.terms.slice(0, TUNING.score.terms);
  const totalWeight = top.reduce((s, t) => s + t.weight, 0) || 1;
  const score = new Map<number, number>();
  const covered = new Map<number, number>();
  for (const qt of top) {
    const info = view.term(qt.term);
    if (!info) continue;
    const w = idf(qt.df, n) * qt.weight;
    for (const p of info.postings) {
      score.set(p.index, (score.get(p.index) ?? 0) + w * p.weight);
      covered.set(p.index, (covered.get(p.index) ?? 0) + qt.weight);
    }
  }
  const floor = TUNING.score.coverageFloor;
  const out: Scored[] = [];
  for (const index of new Set([...score.keys(), ...m.aliasHits.keys(), ...m.phrasingHits.keys()])) {
    let s = (score.get(index) ?? 0) * (floor + (1 - floor) * ((covered.get(index) ?? 0) / totalWeight));
    s += (m.aliasHits.get(index) ?? 0) * TUNING.score.aliasWeight;
    s += (m.phrasingHits.get(index) ?? 0) * TUNING.score.phrasingWeight;
    if (s > 0) out.push({ index, score: s });
  }
  return out.sort((x, y) => y.score - x.score || x.index - y.index);
}

/** Positions of the entries worth matching signatures and aliases against: the best by their terms. */
export function candidates(a: Analysis, view: SearchView, max: number = TUNING.store.candidates): number[] {
  return termScores(a, NO_MATCHES, view)
    .slice(0, max)
    .map((s) => s.index);
}

/** The matched entries scored on their own fields. */
export function fieldRank(a: Analysis, m: Matches, view: SearchView): Ranked[] {
  const out: Ranked[] = [];
  for (const s of termScores(a, m, view)) {
    if (!m.matched.has(s.index)) continue;
    const id = view.entry(s.index)?.entry.id;
    if (id !== undefined) out.push({ id, score: s.score });
  }
  return out;
}

/** Signature hits as a ranking: the best hit per entry, plus a little for each further one. */
export function signatureRank(m: Matches): Ranked[] {
  const by = new Map<string, number[]>();
  for (const h of m.signatureHits) by.set(h.id, [...(by.get(h.id) ?? []), h.score]);
  return [...by]
    .map(([id, scores]) => {
      const best = Math.max(...scores);
      return { id, score: best + TUNING.score.furtherSignatureHit * (scores.reduce((s, x) => s + x, 0) - best) };
    })
    .sort((x, y) => y.score - x.score);
}
