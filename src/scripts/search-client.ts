// The search itself, in the browser: loads the signature index and Pagefind on first use, runs the
// query understanding of src/lib/search, asks Pagefind, fuses, and renders results as DOM nodes
// (text only: nothing from the query or the index is parsed as HTML except Pagefind's <mark>s).
import {
  analyse,
  highlightWords,
  matchedCauses,
  pagefindPlan,
  prepare,
  rank,
  type Analysis,
  type IndexEntry,
  type Prepared,
  type SearchIndexData,
} from '../lib/search/engine.ts';
import { splitMarked } from '../lib/search/highlight.ts';

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

let prepared: Promise<Prepared> | undefined;
let pagefind: Promise<PagefindApi> | undefined;
const dataCache = new Map<string, Promise<PagefindData>>();

function loadIndex(): Promise<Prepared> {
  prepared ??= fetch(`${base}${lang}/search/entries.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`entries.json: HTTP ${r.status}`);
      return r.json() as Promise<SearchIndexData>;
    })
    .then(prepare);
  prepared.catch(() => (prepared = undefined));
  return prepared;
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

async function pagefindIds(
  pf: PagefindApi,
  query: string,
  component: string,
  limit: number,
): Promise<{ ids: string[]; data: Map<string, PagefindData>; total: number }> {
  const out = { ids: [] as string[], data: new Map<string, PagefindData>(), total: 0 };
  if (!query.trim()) return out;
  const res = await pf.search(query, component ? { filters: { component } } : {});
  if (!res) return out;
  out.total = res.results.length;
  const datas = await Promise.all(res.results.slice(0, limit).map(dataOf));
  for (const d of datas) {
    const id = d.meta.id;
    if (id && !out.data.has(id)) {
      out.ids.push(id);
      out.data.set(id, d);
    }
  }
  return out;
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
  const [p, pf] = await Promise.all([loadIndex(), loadPagefind()]);
  if (!query.trim()) return { query, items: [], analysis: null };
  const a = analyse(query, p);
  const plan = pagefindPlan(a);
  const relaxedNeeded = a.pasted || a.terms.length > 3;
  const [strict, ...eager] = await Promise.all([
    pagefindIds(pf, plan.strict, component, 6),
    ...(relaxedNeeded ? plan.relaxed.map((q) => pagefindIds(pf, q, component, 4)) : []),
  ]);
  let relaxed = eager;
  // Relax: the strict query found (almost) nothing, so try the informative terms one by one.
  if (!relaxedNeeded && strict!.ids.length < 3) {
    relaxed = await Promise.all(plan.relaxed.map((q) => pagefindIds(pf, q, component, 4)));
  }
  const byId = new Map(p.data.entries.map((e) => [e.id, e]));
  const ranked = rank(a, p, { strict: strict!.ids, relaxed: relaxed.map((r) => r.ids) }).filter((r) => {
    const e = byId.get(r.id);
    return e !== undefined && (!component || e.component === component);
  });
  const highlight = highlightWords(a);
  const items = ranked.slice(0, limit).map((r): SearchItem => {
    const entry = byId.get(r.id)!;
    const data = strict!.data.get(r.id) ?? relaxed.find((x) => x.data.has(r.id))?.data.get(r.id);
    const page = `${base}${lang}/faq/${entry.slug}/`;
    const causes = matchedCauses(r.id, a, p).map((key) => ({
      key,
      title: entry.causes.find((c) => c.key === key)?.title ?? key,
      href: `${page}#cause-${key}`,
    }));
    const sigCause = a.signatureHits.find((h) => h.id === r.id && h.cause)?.cause;
    return {
      entry,
      href: sigCause ? `${page}#cause-${sigCause}` : page,
      otherLang: entry.contentLang !== lang ? entry.contentLang : null,
      excerptHtml: data?.excerpt ?? null,
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
