// How much of what people wrote by hand an import gives back: the hand-written entries made from an
// FAQ page against the drafts imported from the same page. Each hand entry is paired with the draft
// whose title is closest (one draft per entry); an entry's error string counts as recovered when a
// signature of its draft contains it (case and spacing aside), a cause when one of its draft's
// causes says the same (most of the cause title's character pairs occur in that cause's text; each
// draft cause answers one hand cause; an editor's closing remark such as "（最常见）" is not compared).
// Only error strings the page itself prints are expected back.

export interface HandEntry {
  id: string;
  title: string;
  signatures: string[];
  causes: { title: string }[];
}

export interface ImportedEntry {
  title: string;
  signatures: string[];
  causes: { title: string; check: string; fix: string }[];
  /** The page text the draft came from. */
  page: string;
}

export interface RoundTrip {
  signatures: { expected: number; recovered: number; missed: string[] };
  causes: { expected: number; recovered: number; missed: string[] };
  pairs: { id: string; draft: string }[];
}

/** Pairs of characters (CJK) and letters, without spaces and punctuation. */
export function pairs(text: string): string[] {
  const s = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** The share of `a`'s character pairs that occur in `b`. */
export function containment(a: string, b: string): number {
  const pa = pairs(a);
  if (pa.length === 0) return 0;
  const pb = new Set(pairs(b));
  return pa.filter((p) => pb.has(p)).length / pa.length;
}

/** An editor's parenthesised remark at the end of a title ("（最常见）", "(important)") is emphasis,
 *  not what the cause is. */
const withoutRemark = (title: string) => title.replace(/\s*[（(][^（）()]{1,12}[）)]\s*$/, '');
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const CAUSE_MATCH = 0.5;

export function roundTrip(hand: readonly HandEntry[], drafts: readonly ImportedEntry[]): RoundTrip {
  // Greedy one-to-one pairing, closest titles first.
  const candidates = hand.flatMap((h) => drafts.map((d, k) => ({ h, k, score: (containment(h.title, d.title) + containment(d.title, h.title)) / 2 })));
  candidates.sort((a, b) => b.score - a.score);
  const pairOf = new Map<string, number>();
  const takenDrafts = new Set<number>();
  for (const c of candidates) {
    if (pairOf.has(c.h.id) || takenDrafts.has(c.k) || c.score === 0) continue;
    pairOf.set(c.h.id, c.k);
    takenDrafts.add(c.k);
  }
  const result: RoundTrip = { signatures: { expected: 0, recovered: 0, missed: [] }, causes: { expected: 0, recovered: 0, missed: [] }, pairs: [] };
  for (const h of hand) {
    const k = pairOf.get(h.id);
    const d = k === undefined ? undefined : drafts[k];
    if (d) result.pairs.push({ id: h.id, draft: d.title });
    const page = norm(d?.page ?? drafts.map((x) => x.page).join('\n'));
    for (const s of new Set(h.signatures)) {
      if (!page.includes(norm(s))) continue;
      result.signatures.expected++;
      if (d?.signatures.some((got) => norm(got).includes(norm(s)))) result.signatures.recovered++;
      else result.signatures.missed.push(`${h.id}: ${s}`);
    }
    // Closest pairs first, each hand cause and each draft cause used once.
    const texts = d?.causes.map((c) => `${c.title}\n${c.check}\n${c.fix}`) ?? [];
    const scored = h.causes.flatMap((cause, j) => texts.map((t, i) => ({ i, j, score: containment(withoutRemark(cause.title), t) })));
    scored.sort((a, b) => b.score - a.score);
    const usedDraft = new Set<number>();
    const found = new Set<number>();
    for (const c of scored) {
      if (c.score < CAUSE_MATCH || usedDraft.has(c.i) || found.has(c.j)) continue;
      usedDraft.add(c.i);
      found.add(c.j);
    }
    result.causes.expected += h.causes.length;
    result.causes.recovered += found.size;
    h.causes.forEach((cause, j) => {
      if (!found.has(j)) result.causes.missed.push(`${h.id}: ${cause.title}`);
    });
  }
  return result;
}
