// Where words occur in a text, for <mark>ing them: case-insensitive, longest match first, no
// regular expressions built from user input (so `.*(` in a paste is just three characters).

export type Range = [start: number, end: number];

/**
 * Words remembered for the entry the reader opens from a result, and taken by that page: enough for
 * two signatures and the query's telling words (listed in TUNING.highlight; defined here, where
 * both the search and the entry page's small script read it).
 */
export const REMEMBERED_WORDS = 12;

/** Endings a mark may be extended over: search stems, so `install` marks the `installs` it found. */
export const INFLECTION = /^(?:s|es|ed|d|ing|er|ers|ly)(?![\p{L}\p{N}_])/u;

const LATIN_WORD_CHAR = /[a-z0-9_]/i;

/**
 * The range a word found at `at` marks, or undefined when it is part of another word: a Latin word
 * must not be glued to letters before it, and after it only to an inflection, which the mark takes
 * in (`deploy` → `Deploying`, not `paas` in `paas_agent` or `app` in `APPO`).
 */
function wordRange(lower: string, at: number, w: string): Range | undefined {
  let end = at + w.length;
  if (LATIN_WORD_CHAR.test(w[0]!) && at > 0 && LATIN_WORD_CHAR.test(lower[at - 1]!)) return undefined;
  if (LATIN_WORD_CHAR.test(w[w.length - 1]!) && end < lower.length && LATIN_WORD_CHAR.test(lower[end]!)) {
    const ending = INFLECTION.exec(lower.slice(end))?.[0];
    if (ending === undefined) return undefined;
    end += ending.length;
  }
  return [at, end];
}

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
      const range = wordRange(lower, at, w);
      from = at + w.length;
      if (!range) continue;
      const [start, end] = range;
      if (!ranges.some(([s, e]) => start < e && end > s)) ranges.push(range);
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
