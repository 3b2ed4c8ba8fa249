// The search itself, in the browser: opens the sharded search index and Pagefind on first use, runs
// the query understanding of src/lib/search (loading only the index files the query needs), asks
// Pagefind, fuses, and renders results as DOM nodes (text only: nothing from the query or the index
// is parsed as HTML except Pagefind's <mark>s).
import {
  highlightWords,
  localRank,
  matchedCauses,
  pagefindPlan,
  rank,
  signatureRank,
  type Analysis,
} from '../lib/search/engine.ts';
import { splitMarked } from '../lib/search/highlight.ts';
import type { IndexEntry } from '../lib/search/index-entry.ts';
import { SearchStore, understand } from '../lib/search/store.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

export const base = document.documentElement.dataset.base ?? '/';
export const lang: 'zh' | 'en' = document.documentElement.lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';

let store: Promise<SearchStore> | undefined;
let pagefind: Promise<PagefindApi> | undefined;
const dataCache = new Map<string, Promise<PagefindData>>();
/** Results that get Pagefind's excerpt (each costs a fragment download, ~1.5 KB). */
const EXCERPTS = 5;

function loadIndex(): Promise<SearchStore> {
  store ??= SearchStore.open(async (path) => {
    const r = await fetch(`${base}${lang}/search/${path}`);
    if (!r.ok) throw new Error(`search index ${path}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  });
  store.catch(() => (store = undefined));
  return store;
}

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({
      baseUrl: base,
      excerptLength: 24,
      ranking: { metaWeights: { title: 5, aliases: 4, id: 8 } },
    });
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/** Start loading everything search needs (on focus of a search box, before the first keystroke). */
export function warm(): void {
  void loadIndex().catch(() => {});
  void loadPagefind().catch(() => {});
}

function dataOf(r: PagefindResult): Promise<PagefindData> {
  let d = dataCache.get(r.id);
  if (!d) {
    d = r.data();
    dataCache.set(r.id, d);
  }
  return d;
}

/** The excerpt marks a real word: two letters or digits, or a CJK character (not `-w` for `wkkpj`). */
function marksAWord(excerpt: string): boolean {
  for (const m of excerpt.matchAll(/<mark>(.*?)<\/mark>/g)) {
    const word = m[1]!.replace(/[^\p{L}\p{N}]/gu, '');
    if (word.length >= 2 || /\p{Script=Han}/u.test(word)) return true;
  }
  return false;
}

interface PagefindList {
  ids: string[];
  results: Map<string, PagefindResult>;
}

async function pagefindIds(pf: PagefindApi, s: SearchStore, query: string, component: string, limit: number): Promise<PagefindList> {
  const out: PagefindList = { ids: [], results: new Map() };
  if (!query.trim()) return out;
  const res = await pf.search(query, component ? { filters: { component } } : {});
  if (!res) return out;
  const top = res.results.slice(0, limit);
  // Entry positions from the index's Pagefind map, then their records (shown if ranked); a fragment
  // download only for an id the map lacks.
  const positions = await s.pagefindPositions(top.map((r) => r.id));
  await s.loadEntries(positions.filter((i): i is number => i !== undefined));
  const view = s.view();
  const ids = await Promise.all(
    top.map(async (r, i) => {
      const at = positions[i];
      return (at === undefined ? undefined : view.entry(at)?.entry.id) ?? (await dataOf(r)).meta.id;
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

/** Pagefind's excerpt for an entry, if it marks a real searched word. */
async function excerptOf(r: PagefindResult | undefined): Promise<string | null> {
  if (!r) return null;
  const d = await dataOf(r);
  return marksAWord(d.excerpt) ? d.excerpt : null;
}

export interface SearchItem {
  entry: IndexEntry;
  href: string;
  /** Language of the entry's text when it is not the site's. */
  otherLang: string | null;
  /** Pagefind's excerpt (HTML with <mark>), or null. */
  excerptHtml: string | null;
  causes: { key: string; title: string; href: string }[];
  highlight: string[];
}

export interface SearchOutcome {
  query: string;
  items: SearchItem[];
  analysis: Analysis | null;
}

export async function search(query: string, opts: { component?: string; limit?: number } = {}): Promise<SearchOutcome> {
  const component = opts.component ?? '';
  const limit = opts.limit ?? 20;
  const [s, pf] = await Promise.all([loadIndex(), loadPagefind()]);
  if (!query.trim()) return { query, items: [], analysis: null };
  const { analysis: a, view } = await understand(query, s);
  const plan = pagefindPlan(a);
  const relaxedNeeded = a.pasted || a.terms.length > 3;
  const [strict, ...eager] = await Promise.all([
    pagefindIds(pf, s, plan.strict, component, 8),
    ...(relaxedNeeded ? plan.relaxed.map((q) => pagefindIds(pf, s, q, component, 5)) : []),
  ]);
  let relaxed = eager;
  // Relax: the strict query found (almost) nothing, so try the informative terms one by one.
  if (!relaxedNeeded && strict!.ids.length < 3) {
    relaxed = await Promise.all(plan.relaxed.map((q) => pagefindIds(pf, s, q, component, 5)));
  }
  const recordOf = (id: string): IndexEntry | undefined => {
    const at = view.indexOfId(id);
    return at === undefined ? undefined : view.entry(at)?.entry;
  };
  const ranked = rank(a, view, { strict: strict!.ids, relaxed: relaxed.map((r) => r.ids) }).filter((r) => {
    const e = recordOf(r.id);
    return e !== undefined && (!component || e.component === component);
  });
  const highlight = highlightWords(a);
  // A result only Pagefind found must show a real marked word (Pagefind also returns loose matches,
  // e.g. `-w` for the made-up word `wkkpj`); checking costs its fragment, so only those are checked.
  const supported = new Set([...localRank(a, view), ...signatureRank(a)].map((r) => r.id));
  const pfResult = (id: string) => strict!.results.get(id) ?? relaxed.find((x) => x.results.has(id))?.results.get(id);
  const checked = await Promise.all(
    ranked.slice(0, limit).map(async (r) => (supported.has(r.id) || (await excerptOf(pfResult(r.id))) !== null ? r : null)),
  );
  const shown = checked.filter((r): r is (typeof ranked)[number] => r !== null);
  // Excerpts (one fragment each) only for the first few results; the rest show their symptom.
  const excerpts = await Promise.all(
    shown.map((r, i) =>
      i < EXCERPTS ? excerptOf(pfResult(r.id)) : null,
    ),
  );
  const items = shown.map((r, i): SearchItem => {
    const entry = recordOf(r.id)!;
    const page = `${base}${lang}/faq/${entry.slug}/`;
    const causes = matchedCauses(r.id, a, view).map((key) => ({
      key,
      title: entry.causes.find((c) => c.key === key)?.title ?? key,
      href: `${page}#cause-${key}`,
    }));
    const sigCause = a.signatureHits.find((h) => h.id === r.id && h.cause)?.cause;
    return {
      entry,
      href: sigCause ? `${page}#cause-${sigCause}` : page,
      otherLang: entry.contentLang !== lang ? entry.contentLang : null,
      excerptHtml: excerpts[i] ?? null,
      causes,
      highlight,
    };
  });
  return { query, items, analysis: a };
}

/** Remembers what to mark on the entry the reader is about to open (same origin, one minute). */
export function rememberHighlight(id: string, words: string[]): void {
  try {
    localStorage.setItem('kb-search-highlight', JSON.stringify({ id, words: words.slice(0, 12), at: Date.now() }));
  } catch {
    /* storage disabled: no highlight */
  }
}

/** Pagefind's excerpt as text nodes and <mark>s; anything else in it becomes plain text. */
export function appendExcerpt(target: HTMLElement, html: string): void {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  for (const node of doc.body.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(document.createTextNode(node.textContent ?? ''));
    }
  }
}

/** Text with the given words marked. */
export function appendMarked(target: HTMLElement, text: string, words: string[]): void {
  for (const piece of splitMarked(text, words)) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = piece.text;
      target.append(mark);
    } else {
      target.append(document.createTextNode(piece.text));
    }
  }
}

export interface ResultLabels {
  otherLang: Record<string, string>;
  causes: string;
}

/** One result: ID, title, component, excerpt and links to the matching causes. */
export function renderResult(item: SearchItem, labels: ResultLabels, tag: 'li' | 'div' = 'li'): HTMLElement {
  const { entry } = item;
  const el = document.createElement(tag);
  el.className = 'search-result';
  el.dataset.entryId = entry.id;
  const head = document.createElement('p');
  head.className = 'search-result__head';
  const id = document.createElement('span');
  id.className = 'entry-id';
  id.textContent = entry.id;
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = item.href;
  link.textContent = entry.title;
  if (item.otherLang) link.hreflang = item.otherLang === 'zh' ? 'zh-CN' : 'en';
  const comp = document.createElement('span');
  comp.className = 'search-result__component';
  comp.textContent = entry.componentLabel.split(' ')[0] ?? entry.component;
  head.append(id, ' ', link, ' ', comp);
  if (item.otherLang) {
    const tagEl = document.createElement('span');
    tagEl.className = 'badge search-result__lang';
    tagEl.dataset.otherLang = item.otherLang;
    tagEl.textContent = labels.otherLang[item.otherLang] ?? item.otherLang;
    head.append(' ', tagEl);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  if (item.otherLang) excerpt.lang = item.otherLang === 'zh' ? 'zh-CN' : 'en';
  if (item.excerptHtml) appendExcerpt(excerpt, item.excerptHtml);
  else appendMarked(excerpt, entry.symptom, item.highlight);
  el.append(head, excerpt);
  if (item.causes.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result__causes';
    list.setAttribute('aria-label', labels.causes);
    for (const c of item.causes) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = c.href;
      a.dataset.causeKey = c.key;
      a.textContent = c.title;
      li.append(a);
      list.append(li);
    }
    el.append(list);
  }
  const remember = () => rememberHighlight(entry.id, item.highlight);
  el.addEventListener('click', (ev) => {
    if ((ev.target as Element).closest('a')) remember();
  });
  el.addEventListener('auxclick', remember);
  return el;
}
