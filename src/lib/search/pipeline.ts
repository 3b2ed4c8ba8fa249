// The search a reader sees, from query to the results in their order: reads the query against the
// sharded index (loading only what it needs), asks Pagefind through a port, fuses the rankings, keeps
// what may be shown, and says for each result where it links, which causes it points at and which
// words to mark. Pure of the browser: the page passes a fetch-backed store and a Pagefind adapter,
// the unit tests and `npm run bench:search-index` an in-memory store and a fake Pagefind.
import type { Lang } from '../locales.ts';
import type { Urls } from '../urls.ts';
import { confidence, orderByConfidence, type MatchLevel, type Verdict } from './confidence.ts';
import { rank } from './fuse.ts';
import type { IndexEntry } from './index-entry.ts';
import { marksAWord, pagefindPlan, type PagefindPort } from './pagefind.ts';
import { cleanExcerpt, highlightWords, matchedCauses } from './present.ts';
import { fieldRank, signatureRank } from './score.ts';
import { understand, type QueryLimits, type SearchStore } from './store.ts';
import { TUNING } from './tuning.ts';

export interface SearchDeps {
  store: SearchStore;
  pagefind: PagefindPort;
  urls: Urls;
  /** The site language searched (the index is this language's). */
  lang: Lang;
}

export interface SearchOptions extends QueryLimits {
  /** Only entries of this component ('' or absent: all). */
  component?: string;
  /** Results at most (default TUNING.results.limit). */
  limit?: number;
  /** Related results at most, under the answers or alone (default TUNING.results.relatedLimit). */
  related?: number;
}

export interface SearchResult {
  entry: IndexEntry;
  href: string;
  /** Language of the entry's text when it is not the site's. */
  otherLang: string | null;
  /** Pagefind's excerpt (HTML with <mark>s on meaningful words only), or null. */
  excerptHtml: string | null;
  /** The entry's error string found in the query, shown instead of an excerpt; or null. */
  errorLine: string | null;
  causes: { key: string; title: string; href: string }[];
  highlight: string[];
  /** How sure search is that this entry answers the query (confidence.ts). */
  match: MatchLevel;
}

export interface SearchOutcome {
  query: string;
  items: SearchResult[];
  /** 'match': some result is exact or likely; 'none': no entry matches, the items are only related. */
  verdict: Verdict;
}

/** Entry IDs of one Pagefind query's results, in its order, and the Pagefind result id of each. */
interface PagefindList {
  ids: string[];
  results: Map<string, string>;
}

async function pagefindList(deps: SearchDeps, query: string, component: string, limit: number): Promise<PagefindList> {
  const { store, pagefind } = deps;
  const out: PagefindList = { ids: [], results: new Map() };
  if (!query.trim()) return out;
  const found = await pagefind.search(query, component);
  if (!found) return out;
  const top = found.slice(0, limit);
  // Entry positions from the index's Pagefind map, then their records (shown if ranked); a fragment
  // download only for an id the map lacks.
  const positions = await store.pagefindPositions(top);
  await store.loadEntries(positions.filter((i): i is number => i !== undefined));
  const view = store.view();
  const ids = await Promise.all(
    top.map(async (r, i) => {
      const at = positions[i];
      return (at === undefined ? undefined : view.entry(at)?.entry.id) ?? (await pagefind.data(r)).meta.id;
    }),
  );
  top.forEach((r, i) => {
    const id = ids[i];
    if (id && !out.results.has(id)) {
      out.ids.push(id);
      out.results.set(id, r);
    }
  });
  return out;
}

/** Pagefind's excerpt for a result, if it marks a real searched word. */
async function excerptOf(pagefind: PagefindPort, resultId: string | undefined): Promise<string | null> {
  if (!resultId) return null;
  const d = await pagefind.data(resultId);
  return marksAWord(d.excerpt) ? cleanExcerpt(d.excerpt, d.content) : null;
}

export async function search(query: string, deps: SearchDeps, opts: SearchOptions = {}): Promise<SearchOutcome> {
  const R = TUNING.results;
  const component = opts.component ?? '';
  const limit = opts.limit ?? R.limit;
  const { store, pagefind, urls, lang } = deps;
  if (!query.trim()) return { query, items: [], verdict: 'none' };
  const { analysis: a, matches: m, view } = await understand(query, store, opts);
  const plan = pagefindPlan(a);
  const eager = a.pasted || a.terms.length > R.eagerRelaxTerms;
  const [strict, ...eagerRelaxed] = await Promise.all([
    pagefindList(deps, plan.strict, component, R.strict),
    ...(eager ? plan.relaxed.map((q) => pagefindList(deps, q, component, R.relaxed)) : []),
  ]);
  let relaxed = eagerRelaxed;
  // Relax: the strict query found (almost) nothing, so try the informative terms one by one.
  if (!eager && strict!.ids.length < R.relaxBelow) {
    relaxed = await Promise.all(plan.relaxed.map((q) => pagefindList(deps, q, component, R.relaxed)));
  }
  const recordOf = (id: string): IndexEntry | undefined => {
    const at = view.indexOfId(id);
    return at === undefined ? undefined : view.entry(at)?.entry;
  };
  const fused = rank(a, m, view, { strict: strict!.ids, relaxed: relaxed.map((r) => r.ids) }).filter((r) => {
    const e = recordOf(r.id);
    return e !== undefined && (!component || e.component === component);
  });
  // Exact before likely before related: an error string found in the query outranks overlaps.
  const judged = confidence(a, m, view, fused);
  const { levels, verdict } = judged;
  const ranked = orderByConfidence(fused, judged);
  // The answers and a few related entries: a long list of loose overlaps only buries the answer.
  const answers = ranked.filter((r) => levels.get(r.id) !== 'related').length;
  const cap = Math.min(limit, a.pasted ? R.pasteLimit : Infinity, answers + (opts.related ?? R.relatedLimit));
  const highlight = highlightWords(a, m);
  // A result only Pagefind found must show a real marked word (Pagefind also returns loose matches
  // of made-up words); checking costs its fragment, so only those are checked.
  const supported = new Set([...fieldRank(a, m, view), ...signatureRank(m)].map((r) => r.id));
  const resultOf = (id: string) => strict!.results.get(id) ?? relaxed.find((x) => x.results.has(id))?.results.get(id);
  const checked = await Promise.all(
    ranked.slice(0, cap).map(async (r) => (supported.has(r.id) || (await excerptOf(pagefind, resultOf(r.id))) !== null ? r : null)),
  );
  const shown = checked.filter((r): r is (typeof ranked)[number] => r !== null);
  // Excerpts (one fragment each) only for the first few results; the rest show their symptom.
  // A result whose error string is in the query shows that line instead, and costs no fragment.
  const wholeHit = new Set(m.signatureHits.filter((h) => h.whole).map((h) => h.id));
  const excerpts = await Promise.all(shown.map((r, i) => (i < R.excerpts && !wholeHit.has(r.id) ? excerptOf(pagefind, resultOf(r.id)) : null)));
  const items = shown.map((r, i): SearchResult => {
    const entry = recordOf(r.id)!;
    const causes = matchedCauses(r.id, a, m, view).map((key) => ({
      key,
      title: entry.causes.find((c) => c.key === key)?.title ?? key,
      href: urls.entry(lang, entry.slug, key),
    }));
    const sigCause = m.signatureHits.find((h) => h.id === r.id && h.cause)?.cause;
    const errorLine = m.signatureHits.find((h) => h.id === r.id && h.whole)?.signature ?? null;
    return {
      entry,
      href: urls.entry(lang, entry.slug, sigCause),
      otherLang: entry.contentLang !== lang ? entry.contentLang : null,
      excerptHtml: excerpts[i] ?? null,
      errorLine,
      causes,
      highlight,
      match: levels.get(r.id) ?? 'related',
    };
  });
  return { query, items, verdict };
}
