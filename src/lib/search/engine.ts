// Query understanding on top of Pagefind: match entry signatures directly, score the entries' own
// fields (titles, aliases, symptoms, cause titles — both languages), pick the informative terms of a
// paste for Pagefind, and fuse the rankings. Pure and synchronous: it reads a SearchView (the part of
// the sharded index a query has loaded, src/lib/search/store.ts) and Pagefind's answers.
import { type PreparedEntry } from './fields.ts';
import { capText, matchKey, normalise } from './normalise.ts';
import type { Posting } from './sharded-index.ts';
import { editDistance, stripNoise, tokens } from './terms.ts';

export interface TermInfo {
  /** Entries whose fields carry the term. */
  df: number;
  /** Where it is, with the field weight. */
  postings: Posting[];
}

/** What a query has loaded of the index. */
export interface SearchView {
  /** Entries in the language's list. */
  n: number;
  /** A term that was looked up (df 0 when no entry has it); undefined when its shard is not loaded. */
  term(t: string): TermInfo | undefined;
  /** Spelling candidates starting with this letter, [word, df]; undefined when not loaded. */
  vocab(letter: string): readonly (readonly [string, number])[] | undefined;
  /** A loaded entry record, by position. */
  entry(index: number): PreparedEntry | undefined;
  /** Position of a loaded entry, by ID. */
  indexOfId(id: string): number | undefined;
}

export interface QueryTerm {
  term: string;
  surface: string;
  cjk: boolean;
  /** How much this term says about the problem: 0 … 1. */
  weight: number;
  /** Entries whose fields carry it (0: only the page bodies may). */
  df: number;
}

export interface SignatureHit {
  id: string;
  cause: string;
  signature: string;
  score: number;
}

export interface Analysis {
  /** Normalised, noise-free text the terms came from. */
  text: string;
  terms: QueryTerm[];
  /** Misspelt word → the index word it was taken for. */
  corrections: Map<string, string>;
  /** Letters whose word lists the spelling correction wants (loaded or not). */
  spellingLetters: string[];
  /** Match keys of the query (raw, cleaned, cleaned with corrections) for signature matching. */
  keys: string[];
  /** Filled by matchEntries(): signatures found in the query. */
  signatureHits: SignatureHit[];
  /** Filled by matchEntries(): entry position → strength of an alias phrase found in the query. */
  aliasHits: Map<number, number>;
  /** Filled by matchEntries(): positions of the entries matched (their records are loaded). */
  matched: Set<number>;
  /** Whether the query looks like a paste (several lines, or long). */
  pasted: boolean;
}

const ERROR_LINE = /error|fatal|exception|fail|refused|denied|not found|invalid|illegal|expired|timeout|timed out|no such|unable|cannot|can't|失败|错误|异常|报错|不存在|无法|拒绝|超时/;

/** Paths keep their last two segments: `/data/x/paas_agent/var/log/agent.log` → `log/agent.log`. */
function shortenPaths(s: string): string {
  return s.replace(/(?:[a-z]:)?(?:\/[\w.$@{}\-]+){3,}\/?/g, (p) => p.split('/').filter(Boolean).slice(-2).join('/'));
}

function idf(df: number, n: number): number {
  return Math.log(1 + n / (df + 0.5));
}

export interface QueryText {
  /** The query, capped (MAX_ANALYSED). */
  capped: string;
  pasted: boolean;
  /** Non-empty lines, normalised and without log noise; errorLine: it reads like an error. */
  lines: { clean: string; errorLine: boolean }[];
}

export function readQueryText(raw: string): QueryText {
  const capped = capText(raw);
  const all = capped.split(/\r?\n/);
  const pasted = all.filter((l) => l.trim()).length > 2 || capped.length > 300;
  const lines: QueryText['lines'] = [];
  for (const line of all) {
    const norm = normalise(line);
    if (!norm) continue;
    lines.push({ clean: shortenPaths(stripNoise(norm)), errorLine: ERROR_LINE.test(norm) });
  }
  return { capped, pasted, lines };
}

/** The query's distinct terms in the order their shards are worth loading: error lines first. */
export function lookupTerms(q: QueryText): string[] {
  const seen = new Set<string>();
  const ordered = q.pasted ? [...q.lines.filter((l) => l.errorLine), ...q.lines.filter((l) => !l.errorLine)] : q.lines;
  for (const l of ordered) for (const t of tokens(l.clean)) seen.add(t.term);
  return [...seen];
}

/** Spelling correction looks at most at this many first letters (one word-list file each). */
const SPELLING_LETTERS = 3;

export function analyse(query: string | QueryText, view: SearchView): Analysis {
  const q = typeof query === 'string' ? readQueryText(query) : query;
  const { pasted } = q;
  const n = view.n;
  const best = new Map<string, QueryTerm>();
  for (const line of q.lines) {
    const boost = pasted && line.errorLine ? 1 : 0.5;
    for (const tk of tokens(line.clean)) {
      const d = view.term(tk.term)?.df ?? 0;
      // A term no entry field carries may still be in a page body: keep it, weakly.
      const w = (d > 0 ? idf(d, n) / idf(0, n) : 0.15) * (pasted ? boost : 1);
      const prev = best.get(tk.term);
      if (!prev || prev.weight < w) best.set(tk.term, { ...tk, weight: w, df: d });
    }
  }
  const text = q.lines.map((l) => l.clean).join('\n');
  // Spelling, for typed queries: a Latin word the index does not know (looked up, in no entry), one
  // or two edits from one it does that starts with the same letter. A paste is copied, not typed: its
  // unknown words are names and noise, and correcting them would cost word lists for nothing.
  const unknown = [...best.values()].filter(
    (qt) => !pasted && !qt.cjk && qt.df === 0 && qt.term.length >= 4 && /^[a-z][a-z_.]+$/.test(qt.term) && view.term(qt.term) !== undefined,
  );
  const spellingLetters = [...new Set(unknown.map((qt) => qt.term[0]!))].slice(0, SPELLING_LETTERS);
  const corrections = new Map<string, string>();
  for (const qt of unknown) {
    const words = spellingLetters.includes(qt.term[0]!) ? view.vocab(qt.term[0]!) : undefined;
    if (!words) continue;
    const max = qt.term.length >= 8 ? 2 : 1;
    let found: string | undefined;
    let foundDf = 0;
    let foundD = max + 1;
    for (const [v, vdf] of words) {
      const d = editDistance(qt.term, v, max);
      if (d < foundD || (d === foundD && found !== undefined && vdf > foundDf)) {
        found = v;
        foundD = d;
        foundDf = vdf;
      }
    }
    if (found !== undefined && foundD <= max && !best.has(found)) {
      corrections.set(qt.term, found);
      best.set(found, { term: found, surface: found, cjk: false, weight: (idf(foundDf, n) / idf(0, n)) * 0.9, df: foundDf });
    }
  }
  const terms = [...best.values()].sort((a, b) => b.weight - a.weight);
  const key = matchKey(text);
  const keyCorrected = corrections.size
    ? [...corrections].reduce((s, [from, to]) => s.replace(new RegExp(`\\b${escapeRe(from)}\\b`, 'g'), to), key)
    : key;
  return {
    text,
    terms,
    corrections,
    spellingLetters,
    keys: [matchKey(q.capped), key, keyCorrected],
    signatureHits: [],
    aliasHits: new Map(),
    matched: new Set(),
    pasted,
  };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function containsInOrder(hay: string, frags: string[]): boolean {
  let from = 0;
  for (const f of frags) {
    const at = hay.indexOf(f, from);
    if (at < 0) return false;
    from = at + f.length;
  }
  return true;
}

/** Signatures found in the query (or, for a short query, signatures the query is a good part of). */
export function matchSignatures(keys: string[], entries: readonly PreparedEntry[]): SignatureHit[] {
  const hits: SignatureHit[] = [];
  const shortKeys = keys.filter((k) => k.length >= 6 && k.length <= 200);
  for (const e of entries) {
    for (const s of e.signatures) {
      let score = 0;
      if (keys.some((k) => containsInOrder(k, s.frags))) {
        score = s.frags.reduce((a, f) => a + f.length, 0);
      } else {
        // The query is a part of a signature ("exited too quickly", "license expired").
        const part = shortKeys.find((k) => s.key.includes(k) && k.length >= Math.min(12, s.key.length * 0.5));
        if (part) score = part.length * 0.6;
      }
      if (score > 0) hits.push({ id: e.entry.id, cause: s.cause, signature: s.text, score });
    }
  }
  return hits.sort((a, b) => b.score - a.score);
}

function matchAliases(key: string, entries: readonly PreparedEntry[]): Map<number, number> {
  const hits = new Map<number, number>();
  const compact = key.replace(/ /g, '');
  for (const e of entries) {
    for (const alias of e.aliases) {
      // Short Latin aliases ("cc", "job") must stand as words; CJK ones may sit inside a sentence.
      const latin = /^[a-z0-9 _.'\-/]+$/.test(alias);
      const found = latin
        ? new RegExp(`(?:^|[^a-z0-9_])${escapeRe(alias)}(?:$|[^a-z0-9_])`).test(key)
        : compact.includes(alias.replace(/ /g, ''));
      // A longer phrase is more specific: `requirements.txt 找不到` says more than `requirements.txt`.
      if (found) hits.set(e.index, Math.max(hits.get(e.index) ?? 0, Math.min(alias.length, 40)) + 2);
    }
  }
  return hits;
}

/**
 * Signature and alias matches over the given entries (the query's candidates; their records must be
 * loaded). Candidates, not every loaded record: what matches must not depend on earlier queries.
 */
export function matchEntries(a: Analysis, view: SearchView, candidates: readonly number[]): void {
  const entries = [...candidates]
    .sort((x, y) => x - y)
    .map((i) => view.entry(i))
    .filter((e): e is PreparedEntry => e !== undefined);
  a.matched = new Set(entries.map((e) => e.index));
  a.signatureHits = matchSignatures(a.keys, entries);
  a.aliasHits = matchAliases(a.keys[1]!.replace(/\s+/g, ' '), entries);
}

export interface Ranked {
  id: string;
  score: number;
}

interface Scored {
  index: number;
  score: number;
}

/** Entries scored on the postings of the query's terms (plus alias hits once matched). */
function termScores(a: Analysis, view: SearchView, limit: number): Scored[] {
  const n = view.n;
  const top = a.terms.slice(0, limit);
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
  const out: Scored[] = [];
  for (const index of new Set([...score.keys(), ...a.aliasHits.keys()])) {
    let s = (score.get(index) ?? 0) * (0.5 + 0.5 * ((covered.get(index) ?? 0) / totalWeight));
    s += (a.aliasHits.get(index) ?? 0) * 0.6;
    if (s > 0) out.push({ index, score: s });
  }
  return out.sort((x, y) => y.score - x.score || x.index - y.index);
}

/** Positions of the entries worth matching signatures and aliases against: the best by their terms. */
export function candidates(a: Analysis, view: SearchView, max = 40): number[] {
  return termScores(a, view, 40)
    .slice(0, max)
    .map((s) => s.index);
}

/**
 * The matched entries (see matchEntries) scored on their own fields: titles, aliases, signatures,
 * symptoms, cause titles.
 */
export function localRank(a: Analysis, view: SearchView, limit = 40): Ranked[] {
  const out: Ranked[] = [];
  for (const s of termScores(a, view, limit)) {
    if (!a.matched.has(s.index)) continue;
    const id = view.entry(s.index)?.entry.id;
    if (id !== undefined) out.push({ id, score: s.score });
  }
  return out;
}

/** Signature hits as a ranking: the best hit per entry, plus a little for each further one. */
export function signatureRank(a: Analysis): Ranked[] {
  const by = new Map<string, number[]>();
  for (const h of a.signatureHits) by.set(h.id, [...(by.get(h.id) ?? []), h.score]);
  return [...by]
    .map(([id, scores]) => ({ id, score: Math.max(...scores) + 0.25 * (scores.reduce((s, x) => s + x, 0) - Math.max(...scores)) }))
    .sort((x, y) => y.score - x.score);
}

export interface PagefindPlan {
  /** All informative terms at once (Pagefind requires every known term). */
  strict: string;
  /** Fewer terms each, run when the strict query finds too little. */
  relaxed: string[];
}

const PASTE_WORDS = 2;

export function pagefindPlan(a: Analysis, maxTerms = 6): PagefindPlan {
  const surfaces: string[] = [];
  const seen = new Set<string>();
  for (const t of a.terms) {
    if (surfaces.length >= maxTerms) break;
    if (a.pasted && t.df === 0) continue;
    const s = t.cjk ? t.surface.slice(0, 12) : t.surface;
    if (seen.has(s) || s.length < 2) continue;
    seen.add(s);
    surfaces.push(s);
  }
  // Pagefind loads one index chunk per distinct word (30–80 KB each at 10,000 entries), so a paste,
  // which our own index reads line by line, asks it about its PASTE_WORDS most telling words only,
  // together and one by one (decision 0402).
  if (a.pasted) {
    const words = surfaces.slice(0, PASTE_WORDS);
    return { strict: words.join(' '), relaxed: words.length > 1 ? words : [] };
  }
  const strict = a.text.replace(/\s+/g, ' ').slice(0, 200);
  const relaxed = surfaces.filter((s) => s !== strict).slice(0, 4);
  return { strict, relaxed };
}

export interface WeightedList {
  ids: string[];
  weight: number;
}

/** Weighted reciprocal-rank fusion. */
export function fuse(lists: WeightedList[], k = 4): Ranked[] {
  const score = new Map<string, number>();
  for (const l of lists) {
    l.ids.forEach((id, r) => score.set(id, (score.get(id) ?? 0) + l.weight / (k + r + 1)));
  }
  return [...score].map(([id, s]) => ({ id, score: s })).sort((x, y) => y.score - x.score);
}

/** The causes of an entry the query points at: signature hits first, then cause-title words. */
export function matchedCauses(id: string, a: Analysis, view: SearchView, max = 3): string[] {
  const i = view.indexOfId(id);
  const prepared = i === undefined ? undefined : view.entry(i);
  if (!prepared) return [];
  const keys: string[] = [];
  for (const h of a.signatureHits) if (h.id === id && h.cause && !keys.includes(h.cause)) keys.push(h.cause);
  const scored: [string, number][] = [];
  for (const [key, set] of prepared.causeTerms) {
    if (keys.includes(key)) continue;
    let s = 0;
    for (const t of a.terms.slice(0, 40)) if (set.has(t.term) && t.df > 0 && t.df < view.n / 3) s += t.weight;
    if (s >= 0.5) scored.push([key, s]);
  }
  scored.sort((x, y) => y[1] - x[1]);
  return [...keys, ...scored.map(([k]) => k)].slice(0, max);
}

/** Words worth marking on the entry the reader opens. */
export function highlightWords(a: Analysis, max = 8): string[] {
  const out: string[] = [];
  for (const h of a.signatureHits) if (!out.includes(h.signature) && out.length < 2) out.push(h.signature);
  for (const t of a.terms) {
    if (out.length >= max) break;
    if (t.df === 0) continue;
    const w = t.cjk ? t.term : t.surface;
    if (w.length >= 2 && !out.includes(w)) out.push(w);
  }
  return out;
}

export interface EngineResult {
  analysis: Analysis;
  ranked: Ranked[];
}

/**
 * The whole ranking, given Pagefind's result lists (entry IDs in Pagefind's order) for the strict
 * query and for each relaxed query.
 */
export function rank(
  a: Analysis,
  view: SearchView,
  pagefind: { strict: string[]; relaxed: string[][] },
): Ranked[] {
  const sig = signatureRank(a);
  const local = localRank(a, view);
  const strongSig = sig.length > 0 && sig[0]!.score >= 12;
  const lists: WeightedList[] = [
    { ids: sig.map((r) => r.id), weight: strongSig ? 4 : 2 },
    { ids: local.map((r) => r.id), weight: 2.2 },
    { ids: pagefind.strict, weight: a.pasted ? 0.8 : 1.4 },
    ...pagefind.relaxed.map((ids) => ({ ids, weight: 0.4 })),
  ];
  return fuse(lists);
}
