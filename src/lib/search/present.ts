// What a result shows beyond its place in the list: the causes of the entry the query points at, and
// the words worth marking.
import { INFLECTION } from './highlight.ts';
import type { Matches } from './match.ts';
import { zhSegmenter } from './pagefind.ts';
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

/**
 * Words that say something only beside others: marked alone, they light up every error message
 * ("not found", "failed to open") without pointing at what the reader is looking for.
 */
const WEAK_WORDS = new Set(
  (
    'found not no open opened fail failed failure error errors err exception cannot can can\'t unable such file files ' +
    'directory dir please check invalid with while when the and for from into get got set run running start started ' +
    'connect connection request response return returned code message result data true false null none app apps ' +
    '失败 错误 报错 异常 无法 不能 不了 问题 提示 显示 出现 一直 没有 不到 找不'
  ).split(' '),
);

/** Whether a word is worth marking on its own. */
export function meaningful(word: string): boolean {
  const w = word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (/\p{Script=Han}/u.test(w)) return !WEAK_WORDS.has(w);
  return w.length >= 2 && !WEAK_WORDS.has(w) && !/^\d{1,2}$/.test(w);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };

/**
 * Pagefind's marks made to fit whole words: punctuation it took into a mark goes outside it
 * (`quickly.`), an inflected word is marked whole (`install`+`s`), and a mark on part of another
 * word is dropped (it matches the last word of a query as a prefix: `app` in `APPO`).
 */
function wholeWordMarks(html: string): string {
  const parts = html.split(/(<mark>.*?<\/mark>)/);
  return parts
    .map((part, i) => {
      const m = /^<mark>(.*)<\/mark>$/.exec(part);
      if (!m) return part;
      const [, lead = '', word = '', trail = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(m[1]!)!;
      const before = parts[i - 1] ?? '';
      const after = parts[i + 1] ?? '';
      if (!word || (!lead && /[\p{L}\p{N}_]$/u.test(before) && /^[a-z0-9_]/i.test(word))) return m[1]!;
      if (trail || !/^[\p{L}\p{N}_]/u.test(after) || !/[a-z0-9_]$/i.test(word)) return `${lead}<mark>${word}</mark>${trail}`;
      const ending = INFLECTION.exec(after)?.[0];
      if (ending === undefined) return m[1]!;
      parts[i + 1] = after.slice(ending.length);
      return `<mark>${word}${ending}</mark>`;
    })
    .join('');
}

/** The text of an excerpt's HTML, as Pagefind escaped it from the page's text. */
function excerptText(html: string): string {
  return html.replace(/<\/?mark>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ENTITIES[e]!);
}

/**
 * Pagefind's excerpt with the marks on words that say nothing alone taken off (the words stay), and
 * an ellipsis where it is cut out of the page's text (it is a window of words, so it usually starts
 * and ends mid-sentence; without the mark the reader takes it for a sentence of its own).
 */
export function cleanExcerpt(html: string, content?: string): string {
  const marked = wholeWordMarks(html).replace(/<mark>(.*?)<\/mark>/g, (whole, word: string) => (meaningful(word) ? whole : word));
  if (content === undefined) return marked;
  const text = excerptText(html).replace(/\s+/g, ' ').trim();
  const page = content.replace(/\s+/g, ' ').trim();
  if (!text) return marked;
  const head = page.startsWith(text.slice(0, 24)) ? '' : '… ';
  const tail = page.endsWith(text.slice(-24)) ? '' : ' …';
  return `${head}${marked.trim()}${tail}`;
}

/**
 * The Chinese word of the query each character pair lies inside, as a word segmenter splits the
 * query: search matches by pairs, but a pair across two words (登录|页 → 录页) marks nothing a
 * reader would call a word. Without a segmenter, each pair stands for itself.
 */
function pairWords(text: string, segmenter: Intl.Segmenter): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/g) ?? []) {
    for (const { segment } of segmenter.segment(run)) {
      const chars = [...segment];
      for (let i = 0; i + 1 < chars.length; i++) if (!out.has(chars[i]! + chars[i + 1]!)) out.set(chars[i]! + chars[i + 1]!, segment);
    }
  }
  return out;
}

/** Words worth marking on the results and on the entry the reader opens. */
export function highlightWords(a: Analysis, m: Matches): string[] {
  const t = TUNING.highlight;
  const out: string[] = [];
  for (const h of m.signatureHits) if (!out.includes(h.signature) && out.length < t.signatures) out.push(h.signature);
  const words = zhSegmenter ? pairWords(a.text, zhSegmenter) : undefined;
  for (const qt of a.terms) {
    if (out.length >= t.words) break;
    if (qt.df === 0) continue;
    const w = qt.cjk ? (words ? words.get(qt.term) : qt.term) : qt.surface;
    if (w !== undefined && meaningful(w) && !out.includes(w)) out.push(w);
  }
  return out;
}
