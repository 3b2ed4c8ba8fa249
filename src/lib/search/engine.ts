// Query understanding on top of Pagefind: match entry signatures directly, score the entries' own
// fields (titles, aliases, symptoms, cause titles — both languages), pick the informative terms of a
// paste for Pagefind, and fuse the rankings. Pure: the browser script feeds it Pagefind's answers.
import { capText, matchKey, normalise } from './normalise.ts';
import { editDistance, stripNoise, tokens, type Token } from './terms.ts';

export interface IndexCause {
  key: string;
  title: string;
}

/** One entry as the signature index (`/<lang>/search/entries.json`) carries it. */
export interface IndexEntry {
  id: string;
  slug: string;
  title: string;
  component: string;
  componentLabel: string;
  /** Language the entry's text is written in (differs from the site language for a fallback). */
  contentLang: string;
  symptom: string;
  causes: IndexCause[];
  /** [signature, cause key or ""]: the entry's error strings and the cause each one points at. */
  signatures: [string, string][];
  /** Searchable text per field, both languages: titles, aliases, symptoms, cause titles. */
  fields: { title: string; alias: string[]; symptom: string; cause: string[][] };
}

export interface SearchIndexData {
  v: 1;
  lang: string;
  entries: IndexEntry[];
  /** Pagefind result id → entry ID (added after the Pagefind index is written). */
  pagefind?: Record<string, string>;
}

const FIELD_WEIGHT = { id: 12, title: 3, alias: 3, signature: 2.5, cause: 2, symptom: 1.2, component: 1 } as const;

interface PreparedSignature {
  entry: number;
  cause: string;
  text: string;
  key: string;
  /** The literal parts of the signature (placeholders such as `xxx` or `'./chengpeal/'` cut out). */
  frags: string[];
}

export interface Prepared {
  data: SearchIndexData;
  /** Per entry: term → best field weight. */
  terms: Map<string, number>[];
  /** Per entry, per cause: the cause's terms. */
  causeTerms: Map<string, Set<string>>[];
  df: Map<string, number>;
  /** Latin terms of the index, for spelling correction. */
  vocab: string[];
  signatures: PreparedSignature[];
  /** Alias phrases (match keys) per entry, for whole-phrase matches. */
  aliases: { entry: number; key: string }[];
}

const PLACEHOLDER = /x{3,}[x_.]*|\.{3,}|'\.\/[^']*'|'localhost'/g;

function add(map: Map<string, number>, ts: Token[], weight: number) {
  for (const t of ts) if ((map.get(t.term) ?? 0) < weight) map.set(t.term, weight);
}

export function prepare(data: SearchIndexData): Prepared {
  const terms: Map<string, number>[] = [];
  const causeTerms: Map<string, Set<string>>[] = [];
  const df = new Map<string, number>();
  const signatures: PreparedSignature[] = [];
  const aliases: { entry: number; key: string }[] = [];
  data.entries.forEach((e, i) => {
    const m = new Map<string, number>();
    m.set(e.id.toLowerCase(), FIELD_WEIGHT.id);
    add(m, tokens(normalise(e.componentLabel + ' ' + e.component)), FIELD_WEIGHT.component);
    add(m, tokens(normalise(e.fields.symptom)), FIELD_WEIGHT.symptom);
    const ct = new Map<string, Set<string>>();
    e.causes.forEach((c, ci) => {
      const text = normalise((e.fields.cause[ci] ?? [c.title]).join(' '));
      const ts = tokens(text);
      add(m, ts, FIELD_WEIGHT.cause);
      ct.set(c.key, new Set(ts.map((t) => t.term)));
    });
    for (const [sig, cause] of e.signatures) {
      const ts = tokens(normalise(sig));
      add(m, ts, FIELD_WEIGHT.signature);
      if (cause) for (const t of ts) ct.get(cause)?.add(t.term);
      const key = matchKey(sig);
      const frags = key
        .split(PLACEHOLDER)
        .map((f) => f.replace(/^[\s,.:;'"()]+|[\s,.:;'"()]+$/g, ''))
        .filter((f) => f.length >= 4);
      signatures.push({ entry: i, cause, text: sig, key, frags: frags.length ? frags : [key] });
    }
    for (const a of e.fields.alias) {
      add(m, tokens(normalise(a)), FIELD_WEIGHT.alias);
      const key = matchKey(a);
      if (key.length >= 2) aliases.push({ entry: i, key });
    }
    add(m, tokens(normalise(e.fields.title)), FIELD_WEIGHT.title);
    terms.push(m);
    causeTerms.push(ct);
    for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  });
  const vocab = [...df.keys()].filter((t) => /^[a-z][a-z0-9_.]{3,}$/.test(t));
  return { data, terms, causeTerms, df, vocab, signatures, aliases };
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
  signatureHits: SignatureHit[];
  /** Entries named by an alias phrase found in the query. */
  aliasHits: Map<number, number>;
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

export function analyse(raw: string, p: Prepared): Analysis {
  const capped = capText(raw);
  const lines = capped.split(/\r?\n/);
  const pasted = lines.filter((l) => l.trim()).length > 2 || capped.length > 300;
  const n = p.data.entries.length;
  const best = new Map<string, QueryTerm>();
  const cleanLines: string[] = [];
  for (const line of lines) {
    const norm = normalise(line);
    if (!norm) continue;
    const clean = shortenPaths(stripNoise(norm));
    cleanLines.push(clean);
    const boost = pasted && ERROR_LINE.test(norm) ? 1 : 0.5;
    for (const tk of tokens(clean)) {
      const d = p.df.get(tk.term) ?? 0;
      // A term no entry field carries may still be in a page body: keep it, weakly.
      const w = (d > 0 ? idf(d, n) / idf(0, n) : 0.15) * (pasted ? boost : 1);
      const prev = best.get(tk.term);
      if (!prev || prev.weight < w) best.set(tk.term, { ...tk, weight: w, df: d });
    }
  }
  const text = cleanLines.join('\n');
  // Spelling: a Latin word the index does not know, one or two edits from one it does.
  const corrections = new Map<string, string>();
  for (const qt of [...best.values()]) {
    if (qt.cjk || qt.df > 0 || qt.term.length < 4 || !/^[a-z][a-z_.]+$/.test(qt.term)) continue;
    const max = qt.term.length >= 8 ? 2 : 1;
    let found: string | undefined;
    let foundD = max + 1;
    for (const v of p.vocab) {
      const d = editDistance(qt.term, v, max);
      if (d < foundD || (d === foundD && found !== undefined && (p.df.get(v) ?? 0) > (p.df.get(found) ?? 0))) {
        found = v;
        foundD = d;
      }
    }
    if (found !== undefined && foundD <= max && !best.has(found)) {
      const d = p.df.get(found) ?? 0;
      corrections.set(qt.term, found);
      best.set(found, { term: found, surface: found, cjk: false, weight: (idf(d, n) / idf(0, n)) * 0.9, df: d });
    }
  }
  const terms = [...best.values()].sort((a, b) => b.weight - a.weight);
  const key = matchKey(text);
  const keyCorrected = corrections.size
    ? [...corrections].reduce((s, [from, to]) => s.replace(new RegExp(`\\b${escapeRe(from)}\\b`, 'g'), to), key)
    : key;
  const rawKey = matchKey(capped);
  return {
    text,
    terms,
    corrections,
    signatureHits: matchSignatures([rawKey, key, keyCorrected], p),
    aliasHits: matchAliases(key.replace(/\s+/g, ' '), p),
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
export function matchSignatures(keys: string[], p: Prepared): SignatureHit[] {
  const hits: SignatureHit[] = [];
  const shortKeys = keys.filter((k) => k.length >= 6 && k.length <= 200);
  for (const s of p.signatures) {
    let score = 0;
    if (keys.some((k) => containsInOrder(k, s.frags))) {
      score = s.frags.reduce((a, f) => a + f.length, 0);
    } else {
      // The query is a part of a signature ("exited too quickly", "license expired").
      const part = shortKeys.find((k) => s.key.includes(k) && k.length >= Math.min(12, s.key.length * 0.5));
      if (part) score = part.length * 0.6;
    }
    if (score > 0) hits.push({ id: p.data.entries[s.entry]!.id, cause: s.cause, signature: s.text, score });
  }
  return hits.sort((a, b) => b.score - a.score);
}

function matchAliases(key: string, p: Prepared): Map<number, number> {
  const hits = new Map<number, number>();
  const compact = key.replace(/ /g, '');
  for (const a of p.aliases) {
    // Short Latin aliases ("cc", "job") must stand as words; CJK ones may sit inside a sentence.
    const latin = /^[a-z0-9 _.'\-/]+$/.test(a.key);
    const found = latin
      ? new RegExp(`(?:^|[^a-z0-9_])${escapeRe(a.key)}(?:$|[^a-z0-9_])`).test(key)
      : compact.includes(a.key.replace(/ /g, ''));
    // A longer phrase is more specific: `requirements.txt 找不到` says more than `requirements.txt`.
    if (found) hits.set(a.entry, Math.max(hits.get(a.entry) ?? 0, Math.min(a.key.length, 40)) + 2);
  }
  return hits;
}

export interface Ranked {
  id: string;
  score: number;
}

/** Entries scored on their own fields (titles, aliases, signatures, symptoms, cause titles). */
export function localRank(a: Analysis, p: Prepared, limit = 40): Ranked[] {
  const n = p.data.entries.length;
  const top = a.terms.slice(0, limit);
  const totalWeight = top.reduce((s, t) => s + t.weight, 0) || 1;
  const out: Ranked[] = [];
  p.terms.forEach((m, i) => {
    let score = 0;
    let covered = 0;
    for (const qt of top) {
      const fw = m.get(qt.term);
      if (fw === undefined) continue;
      score += idf(qt.df, n) * fw * qt.weight;
      covered += qt.weight;
    }
    score *= 0.5 + 0.5 * (covered / totalWeight);
    score += (a.aliasHits.get(i) ?? 0) * 0.6;
    if (score > 0) out.push({ id: p.data.entries[i]!.id, score });
  });
  return out.sort((x, y) => y.score - x.score);
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
  const strict = a.pasted ? surfaces.slice(0, 4).join(' ') : a.text.replace(/\s+/g, ' ').slice(0, 200);
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
export function matchedCauses(id: string, a: Analysis, p: Prepared, max = 3): string[] {
  const i = p.data.entries.findIndex((e) => e.id === id);
  if (i < 0) return [];
  const keys: string[] = [];
  for (const h of a.signatureHits) if (h.id === id && h.cause && !keys.includes(h.cause)) keys.push(h.cause);
  const scored: [string, number][] = [];
  for (const [key, set] of p.causeTerms[i]!) {
    if (keys.includes(key)) continue;
    let s = 0;
    for (const t of a.terms.slice(0, 40)) if (set.has(t.term) && t.df > 0 && t.df < p.data.entries.length / 3) s += t.weight;
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
  p: Prepared,
  pagefind: { strict: string[]; relaxed: string[][] },
): Ranked[] {
  const sig = signatureRank(a);
  const local = localRank(a, p);
  const strongSig = sig.length > 0 && sig[0]!.score >= 12;
  const lists: WeightedList[] = [
    { ids: sig.map((r) => r.id), weight: strongSig ? 4 : 2 },
    { ids: local.map((r) => r.id), weight: 2.2 },
    { ids: pagefind.strict, weight: a.pasted ? 0.8 : 1.4 },
    ...pagefind.relaxed.map((ids) => ({ ids, weight: 0.4 })),
  ];
  return fuse(lists);
}
