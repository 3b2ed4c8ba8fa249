// From what was pasted to the words worth searching for: log noise out (timestamps, IPs, hex ids,
// request ids, traceback boilerplate), then tokens: Latin words and CJK character pairs.

/** Each pattern matches something a log line carries that never identifies a problem. */
const NOISE: readonly RegExp[] = [
  // key=value ids first, before their values are cut out below
  /\b(?:request_id|requestid|trace_id|traceid|trace|span_id|session_id|sessionid|pid|tid|uuid|bk_token|csrftoken)\s*[=:]\s*[^\s,;)\]}"']+/g,
  // 2026-11-21T07:45:12.331Z, 2026/11/21 07:45:12,223, 2026-11-21
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ t]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,9})?(?:z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b/g,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* {1,2}\d{1,2}\b/g,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
  /\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g,
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?\b/g,
  /\b0x[0-9a-f]+\b/g,
  // hex ids and tokens: 8+ hex characters with at least one digit and one letter
  /\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,}\b/g,
  /\bpid \d+\b/g,
  /\b\d{6,}\b/g,
  /traceback \(most recent call last\):?/g,
  /\bline \d+, in \S+/g,
  /\bfile "/g,
];

/** Words that say nothing about which problem it is. Chinese function words come as pairs. */
const STOP = new Set(
  (
    'a an the of to in on at for is are was were be been being it its this that these those with and or as by from ' +
    'i my me we our you your he she they them do does did done can could should would will shall may might must ' +
    'how what when why which who there here then than so if but into after before about just only also any some ' +
    'have has had get got please help thanks hi hello error errors info debug warn warning line ' +
    'true false null none' +
    ' 怎么 如何 什么 为什么 可以 一个 我们 你们 他们 的话 请问 是否 问题 这个 那个 一直 时候 出现 显示 提示 报错 之后 以后 然后 还是 怎样'
  ).split(' '),
);

/** Light English stemming, applied the same way to index and query (Pagefind stems the body). */
export function stem(word: string): string {
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 5) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 6) return word.slice(0, -3);
  if (word.endsWith('ed') && word.length > 5) return word.slice(0, -2);
  if (word.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  // logs → log, but not paas, saas, status, this
  if (word.endsWith('s') && !/[suia]s$/.test(word)) return word.slice(0, -1);
  return word;
}

export function stripNoise(normalised: string): string {
  let s = normalised;
  for (const re of NOISE) s = s.replace(re, ' ');
  return s;
}

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const TOKEN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9_$'][a-z0-9_$.'\-]*[a-z0-9_]|[a-z0-9]/g;

export interface Token {
  /** As searched for: a Latin word (stemmed) or a CJK character pair. */
  term: string;
  /** As written (for highlighting and for Pagefind). */
  surface: string;
  cjk: boolean;
}

/**
 * Tokens of already-normalised text. Latin: words kept whole (`paas_agent.license`, `ffi.h`) plus
 * their parts; CJK: overlapping character pairs (a single character stays as it is).
 */
export function tokens(normalised: string): Token[] {
  const out: Token[] = [];
  for (const m of normalised.matchAll(TOKEN)) {
    const word = m[0].replace(/^'+|'+$/g, '');
    if (!word) continue;
    if (CJK.test(word[0]!)) {
      const chars = [...word];
      if (chars.length === 1) out.push({ term: word, surface: word, cjk: true });
      for (let i = 0; i + 1 < chars.length; i++) {
        out.push({ term: chars[i]! + chars[i + 1]!, surface: word, cjk: true });
      }
      continue;
    }
    const whole = word.replace(/'/g, '');
    if (!STOP.has(word)) out.push({ term: stem(whole), surface: word, cjk: false });
    const parts = word.split(/[._\-']+/).filter(Boolean);
    if (parts.length > 1) {
      for (const part of parts) {
        if (part.length >= 2 && !STOP.has(part)) out.push({ term: stem(part), surface: part, cjk: false });
      }
    }
  }
  return out.filter((t) => !STOP.has(t.term));
}

/** Optimal string alignment distance, capped: returns max + 1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j]!;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
