// The final order: weighted reciprocal-rank fusion of our signature ranking, our field ranking and
// Pagefind's lists. The weights are in TUNING.fusion; decision 0400 records them.
import type { Matches } from './match.ts';
import type { Analysis } from './query.ts';
import { fieldRank, signatureRank, type Ranked } from './score.ts';
import { TUNING } from './tuning.ts';
import type { SearchView } from './view.ts';

export interface WeightedList {
  ids: string[];
  weight: number;
}

/** Weighted reciprocal-rank fusion. */
export function fuse(lists: WeightedList[], k: number = TUNING.fusion.k): Ranked[] {
  const score = new Map<string, number>();
  for (const l of lists) {
    l.ids.forEach((id, r) => score.set(id, (score.get(id) ?? 0) + l.weight / (k + r + 1)));
  }
  return [...score].map(([id, s]) => ({ id, score: s })).sort((x, y) => y.score - x.score);
}

/** Entry IDs of Pagefind's results, in its order, for the strict query and each relaxed one. */
export interface PagefindLists {
  strict: string[];
  relaxed: string[][];
}

/** The whole ranking: our signature and field rankings fused with Pagefind's lists. */
export function rank(a: Analysis, m: Matches, view: SearchView, pagefind: PagefindLists): Ranked[] {
  const f = TUNING.fusion;
  const sig = signatureRank(m);
  const fields = fieldRank(a, m, view);
  const strongSig = sig.length > 0 && sig[0]!.score >= f.strongSignatureScore;
  return fuse([
    { ids: sig.map((r) => r.id), weight: strongSig ? f.strongSignatures : f.signatures },
    { ids: fields.map((r) => r.id), weight: f.fields },
    { ids: pagefind.strict, weight: a.pasted ? f.pagefindPasted : f.pagefindTyped },
    ...pagefind.relaxed.map((ids) => ({ ids, weight: f.pagefindRelaxed })),
  ]);
}
