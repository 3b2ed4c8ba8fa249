// Where words occur in a text, for <mark>ing them: case-insensitive, longest match first, no
// regular expressions built from user input (so `.*(` in a paste is just three characters).

export type Range = [start: number, end: number];

/**
 * Words remembered for the entry the reader opens from a result, and taken by that page: enough for
 * two signatures and the query's telling words (listed in TUNING.highlight; defined here, where
 * both the search and the entry page's small script read it).
 */
export const REMEMBERED_WORDS = 12;

export function findRanges(text: string, words: readonly string[], maxRanges = 200): Range[] {
  const lower = text.toLowerCase();
  // Lower-casing must keep offsets aligned; for the rare text where it does not, mark nothing.
  if (lower.length !== text.length) return [];
  const sorted = [...new Set(words.map((w) => w.toLowerCase().trim()).filter((w) => w.length >= 2))].sort(
    (a, b) => b.length - a.length,
  );
  const ranges: Range[] = [];
  for (const w of sorted) {
    let from = 0;
    while (ranges.length < maxRanges) {
      const at = lower.indexOf(w, from);
      if (at < 0) break;
      const end = at + w.length;
      if (!ranges.some(([s, e]) => at < e && end > s)) ranges.push([at, end]);
      from = end;
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Splits text into plain and marked pieces. */
export function splitMarked(text: string, words: readonly string[]): { text: string; mark: boolean }[] {
  const out: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [s, e] of findRanges(text, words)) {
    if (s > at) out.push({ text: text.slice(at, s), mark: false });
    out.push({ text: text.slice(s, e), mark: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}
