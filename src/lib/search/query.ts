// Reading a query: its lines (is it a paste? which lines read like errors?), its terms and how much
// each says about the problem, and the spelling of typed words the index does not know.
import { capText, matchKey, normalise } from './normalise.ts';
import { reducePaths } from './paths.ts';
import { identifiersOf, readLine, type LineKind } from './report.ts';
import { editDistance, stripNoise, tokens } from './terms.ts';
import { TUNING } from './tuning.ts';
import { idf, type SearchView } from './view.ts';

export interface QueryTerm {
  term: string;
  surface: string;
  cjk: boolean;
  /** How much this term says about the problem: 0 … 1. */
  weight: number;
  /** Entries whose fields carry it (0: only the page bodies may). */
  df: number;
  /**
   * What the term would weigh if an entry field carried it: its line's weight. For a word no entry
   * has, this says how much of the query it is (a product name in the reporter's sentence is the
   * subject; the same word in an INFO line is chatter).
   */
  nominal: number;
}

/** What a query says, read against the loaded index; matches against entries come separately (match.ts). */
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
  /** Whether the query looks like a paste (several lines, or long). */
  pasted: boolean;
}

const ERROR_LINE = /error|fatal|exception|fail|refused|denied|not found|invalid|illegal|expired|timeout|timed out|no such|unable|cannot|can't|失败|错误|异常|报错|不存在|无法|拒绝|超时/;

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface QueryText {
  /** The query, capped (MAX_ANALYSED). */
  capped: string;
  pasted: boolean;
  /**
   * Non-empty lines, normalised, without log noise and with paths reduced to their meaningful
   * segments; errorLine: it reads like an error; kind: the reporter's sentence or a pasted log line.
   */
  lines: { clean: string; errorLine: boolean; kind: LineKind }[];
  /** Identifiers that occur only in the log lines of a paste (weak evidence: see report.ts). */
  logOnlyIdentifiers: Set<string>;
}

export function readQueryText(raw: string): QueryText {
  const capped = capText(raw);
  const norms = capped.split(/\r?\n/).map(normalise).filter((l) => l !== '');
  // Only a query of several lines, or a long one, can be a paste: a typed line is not read as a log.
  const readLines = norms.length > 1 || capped.length > TUNING.query.pasteChars ? norms.map(readLine) : [];
  // A paste: many lines, or long, or a sentence with a log line of a known format under it (what
  // the wizard's error box sends, or a two-line report).
  const pasted =
    norms.length > TUNING.query.pasteLines ||
    capped.length > TUNING.query.pasteChars ||
    (norms.length > 1 && readLines.some((r) => r.format !== ''));
  const lines: QueryText['lines'] = [];
  const inLogs = new Set<string>();
  const inSentences = new Set<string>();
  for (const [i, norm] of norms.entries()) {
    // A typed query is the reader's own words, whatever it looks like; only a paste is read as a report.
    const read = pasted ? readLines[i]! : { kind: 'sentence' as const, message: norm };
    const clean = reducePaths(stripNoise(read.message));
    lines.push({ clean, errorLine: ERROR_LINE.test(norm), kind: read.kind });
    if (pasted) for (const id of identifiersOf(read.message)) (read.kind === 'log' ? inLogs : inSentences).add(id);
  }
  const logOnlyIdentifiers = new Set([...inLogs].filter((id) => !inSentences.has(id)));
  return { capped, pasted, lines, logOnlyIdentifiers };
}

/** How much a line's words count in a paste: the reporter's sentence, an error log line, other log lines. */
function lineWeight(q: QueryText, line: QueryText['lines'][number]): number {
  const t = TUNING.query;
  if (!q.pasted) return 1;
  if (line.kind === 'sentence') return t.sentenceLineWeight;
  return line.errorLine ? t.errorLineWeight : t.otherLineWeight;
}

/** The query's distinct terms in the order their shards are worth loading: a paste's sentences, then its error lines. */
export function lookupTerms(q: QueryText): string[] {
  const seen = new Set<string>();
  const rank = (l: QueryText['lines'][number]) => (l.kind === 'sentence' ? 0 : l.errorLine ? 1 : 2);
  const ordered = q.pasted ? [...q.lines].sort((x, y) => rank(x) - rank(y)) : q.lines;
  for (const l of ordered) for (const t of tokens(l.clean)) seen.add(t.term);
  return [...seen];
}

export function analyse(query: string | QueryText, view: SearchView): Analysis {
  const q = typeof query === 'string' ? readQueryText(query) : query;
  const { pasted } = q;
  const n = view.n;
  const best = new Map<string, QueryTerm>();
  for (const line of q.lines) {
    const lw = lineWeight(q, line);
    for (const tk of tokens(line.clean)) {
      const d = view.term(tk.term)?.df ?? 0;
      // An identifier only the pasted logs carry (`bk_token=…`, `app_code`) is the logging product's
      // vocabulary: weak evidence, even for the entry whose topic it is.
      const weak = line.kind === 'log' && (q.logOnlyIdentifiers.has(tk.surface) || q.logOnlyIdentifiers.has(tk.term));
      // A term no entry field carries may still be in a page body: keep it, weakly.
      const nominal = lw * (weak ? TUNING.query.logIdentifierWeight : 1);
      const w = (d > 0 ? idf(d, n) / idf(0, n) : TUNING.query.bodyOnlyTermWeight) * nominal;
      const prev = best.get(tk.term);
      if (!prev || prev.weight < w) best.set(tk.term, { ...tk, weight: w, df: d, nominal });
    }
  }
  const text = q.lines.map((l) => l.clean).join('\n');
  const unknown = unknownWords(best, pasted, view);
  const letters = [...new Set(unknown.map((qt) => qt.term[0]!))].slice(0, TUNING.spelling.letters);
  const corrections = correctSpelling(unknown, letters, best, view);
  const terms = [...best.values()].sort((a, b) => b.weight - a.weight);
  const key = matchKey(text);
  const keyCorrected = corrections.size
    ? [...corrections].reduce((s, [from, to]) => s.replace(new RegExp(`\\b${escapeRe(from)}\\b`, 'g'), to), key)
    : key;
  return {
    text,
    terms,
    corrections,
    spellingLetters: letters,
    keys: [matchKey(q.capped), key, keyCorrected],
    pasted,
  };
}

// Spelling, for typed queries: a Latin word the index does not know (looked up, in no entry), one
// or two edits from one it does that starts with the same letter. A paste is copied, not typed: its
// unknown words are names and noise, and correcting them would cost word lists for nothing.
function unknownWords(best: ReadonlyMap<string, QueryTerm>, pasted: boolean, view: SearchView): QueryTerm[] {
  return [...best.values()].filter(
    (qt) =>
      !pasted &&
      !qt.cjk &&
      qt.df === 0 &&
      qt.term.length >= TUNING.spelling.minLength &&
      /^[a-z][a-z_.]+$/.test(qt.term) &&
      view.term(qt.term) !== undefined,
  );
}

/**
 * Corrects the unknown words whose first letter's word list is wanted and loaded; adds each
 * correction to `best` as a term of its own.
 */
function correctSpelling(
  unknown: readonly QueryTerm[],
  letters: readonly string[],
  best: Map<string, QueryTerm>,
  view: SearchView,
): Map<string, string> {
  const corrections = new Map<string, string>();
  for (const qt of unknown) {
    const words = letters.includes(qt.term[0]!) ? view.vocab(qt.term[0]!) : undefined;
    if (!words) continue;
    const max = qt.term.length >= TUNING.spelling.twoEditsFrom ? 2 : 1;
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
      best.set(found, {
        term: found,
        surface: found,
        cjk: false,
        weight: (idf(foundDf, view.n) / idf(0, view.n)) * TUNING.spelling.weightFactor,
        df: foundDf,
        nominal: TUNING.spelling.weightFactor,
      });
    }
  }
  return corrections;
}
