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
  /** The page's indexed text, which the excerpt is cut from (Pagefind's fragment carries it). */
  content?: string;
  /** The page's Pagefind metadata; `id` is the entry ID. */
  meta: Record<string, string>;
}

export interface PagefindPlan {
  /** All informative terms at once (Pagefind requires every known term). */
  strict: string;
  /** Fewer terms each, run when the strict query finds too little. */
  relaxed: string[];
}

/** Chinese words as an ICU word segmenter splits them: Pagefind segments with ICU4X, so its words are these. */
export const zhSegmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;

function cjkWords(run: string): string[] {
  if (!zhSegmenter) return [run];
  return [...zhSegmenter.segment(run)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The words Pagefind would look up for the query, each with what it tells (the best weight of the
 * query's terms inside it), most telling first. A Chinese run counts as the words it segments into;
 * a one-character word tells nothing on its own.
 */
export function pagefindWords(a: Analysis): { word: string; weight: number }[] {
  const weight = new Map<string, number>();
  const put = (word: string, w: number) => weight.set(word, Math.max(weight.get(word) ?? 0, w));
  const termWeight = new Map(a.terms.map((t) => [t.term, t] as const));
  for (const t of a.terms) {
    if (a.pasted && t.df === 0) continue;
    if (!t.cjk) {
      if (t.surface.length >= 2) put(t.surface, t.weight);
      continue;
    }
    for (const word of cjkWords(t.surface)) {
      const chars = [...word];
      if (chars.length < 2) continue;
      let w = 0;
      for (let i = 0; i + 1 < chars.length; i++) w = Math.max(w, termWeight.get(chars[i]! + chars[i + 1]!)?.weight ?? 0);
      if (w > 0) put(word, w);
    }
  }
  return [...weight].map(([word, w]) => ({ word, weight: w })).sort((x, y) => y.weight - x.weight);
}

/** How many words Pagefind would look up for this text (each loads an index chunk). */
export function pagefindWordCount(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\u3400-\u9fff]+|[\p{L}\p{N}_]+/gu)) n += /[\u3400-\u9fff]/.test(m[0]) ? cjkWords(m[0]).length : 1;
  return n;
}

export function pagefindPlan(a: Analysis): PagefindPlan {
  const t = TUNING.pagefind;
  /** The query's k most telling words, together and one by one (none: Pagefind is not asked). */
  const fromWords = (k: number): PagefindPlan => {
    const words = k > 0 ? pagefindWords(a).slice(0, k).map((w) => w.word) : [];
    return { strict: words.join(' '), relaxed: words.length > 1 ? words : [] };
  };
  // Pagefind loads one index chunk per distinct word, and its chunks grow with the corpus, so a
  // paste, which our own index reads line by line, asks it about its few most telling words only
  // (decision 0402).
  if (a.pasted) return fromWords(t.pasteWords);
  const typed = a.text.replace(/\s+/g, ' ').slice(0, t.strictChars);
  // A long typed query (a title, a sentence) goes to Pagefind as its most telling words only: every
  // word costs a chunk, and Chinese text segments into many words.
  if (pagefindWordCount(typed) > t.typedWords) return fromWords(t.longQueryWords);
  const surfaces: string[] = [];
  const seen = new Set<string>();
  for (const term of a.terms) {
    if (surfaces.length >= t.maxTerms) break;
    const s = term.cjk ? term.surface.slice(0, t.cjkChars) : term.surface;
    if (seen.has(s) || s.length < 2) continue;
    seen.add(s);
    surfaces.push(s);
  }
  const strict = typed;
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
