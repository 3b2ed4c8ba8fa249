// Pagefind as the ranking sees it: what to ask it (a plan made from the analysis), the small port
// the pipeline calls it through (the browser adapter in src/client/search-client.ts, a fake in the
// tests and the unit bench), and which of its excerpts show a real searched word.
import type { Analysis } from './query.ts';
import { TUNING } from './tuning.ts';

/** The part of Pagefind the search pipeline uses. */
export interface PagefindPort {
  /** Result ids for a query, best first, limited to a component when one is given; null: no answer. */
  search(query: string, component: string): Promise<string[] | null>;
  /** A result's page data (one fragment download, cached by the port). */
  data(resultId: string): Promise<PagefindData>;
}

export interface PagefindData {
  /** HTML with <mark>s around the matched words. */
  excerpt: string;
  /** The page's Pagefind metadata; `id` is the entry ID. */
  meta: Record<string, string>;
}

export interface PagefindPlan {
  /** All informative terms at once (Pagefind requires every known term). */
  strict: string;
  /** Fewer terms each, run when the strict query finds too little. */
  relaxed: string[];
}

export function pagefindPlan(a: Analysis): PagefindPlan {
  const t = TUNING.pagefind;
  const surfaces: string[] = [];
  const seen = new Set<string>();
  for (const term of a.terms) {
    if (surfaces.length >= t.maxTerms) break;
    if (a.pasted && term.df === 0) continue;
    const s = term.cjk ? term.surface.slice(0, t.cjkChars) : term.surface;
    if (seen.has(s) || s.length < 2) continue;
    seen.add(s);
    surfaces.push(s);
  }
  // Pagefind loads one index chunk per distinct word, and its chunks grow with the corpus, so a
  // paste, which our own index reads line by line, asks it about its few most telling words only,
  // together and one by one (decision 0402).
  if (a.pasted) {
    const words = surfaces.slice(0, t.pasteWords);
    return { strict: words.join(' '), relaxed: words.length > 1 ? words : [] };
  }
  const strict = a.text.replace(/\s+/g, ' ').slice(0, t.strictChars);
  const relaxed = surfaces.filter((s) => s !== strict).slice(0, t.relaxedQueries);
  return { strict, relaxed };
}

/**
 * Whether an excerpt marks a real word: two letters or digits, or a CJK character. Pagefind also
 * marks loose matches such as a lone punctuation-led fragment of a made-up word.
 */
export function marksAWord(excerpt: string): boolean {
  for (const m of excerpt.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const word = m[1]!.replace(/[^\p{L}\p{N}]/gu, '');
    if (word.length >= 2 || /\p{Script=Han}/u.test(word)) return true;
  }
  return false;
}
