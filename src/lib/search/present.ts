// What a result shows beyond its place in the list: the causes of the entry the query points at, and
// the words worth marking.
import type { Matches } from './match.ts';
import type { Analysis } from './query.ts';
import { TUNING } from './tuning.ts';
import type { SearchView } from './view.ts';

/** The causes of an entry the query points at: signature hits first, then cause-title words. */
export function matchedCauses(id: string, a: Analysis, m: Matches, view: SearchView): string[] {
  const t = TUNING.causes;
  const i = view.indexOfId(id);
  const prepared = i === undefined ? undefined : view.entry(i);
  if (!prepared) return [];
  const keys: string[] = [];
  for (const h of m.signatureHits) if (h.id === id && h.cause && !keys.includes(h.cause)) keys.push(h.cause);
  const scored: [string, number][] = [];
  for (const [key, set] of prepared.causeTerms) {
    if (keys.includes(key)) continue;
    let s = 0;
    for (const qt of a.terms.slice(0, t.terms)) if (set.has(qt.term) && qt.df > 0 && qt.df < view.n / t.commonTermDivisor) s += qt.weight;
    if (s >= t.minScore) scored.push([key, s]);
  }
  scored.sort((x, y) => y[1] - x[1]);
  return [...keys, ...scored.map(([k]) => k)].slice(0, t.max);
}

/** Words worth marking on the results and on the entry the reader opens. */
export function highlightWords(a: Analysis, m: Matches): string[] {
  const t = TUNING.highlight;
  const out: string[] = [];
  for (const h of m.signatureHits) if (!out.includes(h.signature) && out.length < t.signatures) out.push(h.signature);
  for (const qt of a.terms) {
    if (out.length >= t.words) break;
    if (qt.df === 0) continue;
    const w = qt.cjk ? qt.term : qt.surface;
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  }
  return out;
}
