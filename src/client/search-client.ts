// Search in the browser: loads the sharded search index (fetch) and Pagefind (import of its
// pagefind.js) on first use, runs the search pipeline of src/lib/search/pipeline.ts over them, and
// renders results as DOM nodes (text only: nothing from the query or the index is parsed as HTML
// except Pagefind's <mark>s). Which results show, and in what order, is decided by the pipeline.
import { htmlLang, langFromTag } from '../lib/locales.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { lang, searchIndexVersion, uiStrings, urls } from './page-context.ts';
import { indexFilePath } from '../lib/search/index-location.ts';
import { splitMarked } from '../lib/search/highlight.ts';
import type { PagefindData, PagefindPort } from '../lib/search/pagefind.ts';
import { search as runSearch, type SearchOptions, type SearchOutcome, type SearchResult } from '../lib/search/pipeline.ts';
import { SearchStore } from '../lib/search/store.ts';
import { TUNING } from '../lib/search/tuning.ts';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

const s = uiStrings('search');

/** Results in the search box's popup. */
export const POPUP_LIMIT: number = TUNING.results.popupLimit;

let store: Promise<SearchStore> | undefined;
let pagefind: Promise<PagefindApi> | undefined;
const port: PagefindPort = pagefindPort();

/** The index version this page was built with, whatever was deployed since it opened. */
function loadIndex(): Promise<SearchStore> {
  store ??= SearchStore.open(async (name) => {
    if (!searchIndexVersion) throw new Error('search index: this page names no index version (data-search-index)');
    const path = indexFilePath(lang, searchIndexVersion, name);
    const r = await fetch(urls.asset(path));
    if (!r.ok) throw new Error(`search index ${path}: HTTP ${r.status}`);
    return r.json() as Promise<unknown>;
  });
  store.catch(() => (store = undefined));
  return store;
}

/**
 * Pagefind behind the pipeline's port: loaded on the first query the pipeline asks it (a paste asks
 * it nothing, so costs none of its JS, wasm, metadata or chunks); results kept by id, each result's
 * data fetched once.
 */
function pagefindPort(): PagefindPort {
  const results = new Map<string, PagefindResult>();
  const data = new Map<string, Promise<PagefindData>>();
  return {
    async search(query, component) {
      const pf = await loadPagefind();
      const res = await pf.search(query, component ? { filters: { component } } : {});
      if (!res) return null;
      for (const r of res.results) results.set(r.id, r);
      return res.results.map((r) => r.id);
    },
    data(id) {
      let d = data.get(id);
      if (!d) {
        const r = results.get(id);
        d = r ? r.data() : Promise.reject(new Error(`pagefind: unknown result ${id}`));
        data.set(id, d);
      }
      return d;
    },
  };
}

let pagefindModule: Promise<PagefindApi> | undefined;

/** Pagefind's small JS module, configured; its wasm, worker and metadata come with init(). */
function loadPagefindModule(): Promise<PagefindApi> {
  pagefindModule ??= (async () => {
    const url = urls.asset('pagefind/pagefind.js');
    const pf = (await import(/* @vite-ignore */ url)) as PagefindApi;
    await pf.options({
      baseUrl: urls.root(),
      excerptLength: TUNING.pagefind.excerptLength,
      ranking: { metaWeights: TUNING.pagefind.metaWeights },
    });
    return pf;
  })();
  pagefindModule.catch(() => (pagefindModule = undefined));
  return pagefindModule;
}

function loadPagefind(): Promise<PagefindApi> {
  pagefind ??= (async () => {
    const pf = await loadPagefindModule();
    await pf.init();
    return pf;
  })();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

/**
 * Start loading what every search needs (on focus of a search box, before the first keystroke): our
 * index's manifest and Pagefind's module. Pagefind's wasm, metadata and chunks wait for a query that
 * asks it something (a paste may not).
 */
export function warm(): void {
  void loadIndex().catch(() => {});
  void loadPagefindModule().catch(() => {});
}

export async function search(query: string, opts: Pick<SearchOptions, 'component' | 'limit'> = {}): Promise<SearchOutcome> {
  return runSearch(query, { store: await loadIndex(), pagefind: port, urls, lang }, opts);
}

/** Remembers what to mark on the entry the reader is about to open (same origin, one minute). */
export function rememberHighlight(id: string, words: string[]): void {
  try {
    localStorage.setItem(STORAGE_KEYS.searchHighlight, JSON.stringify({ id, words: words.slice(0, TUNING.highlight.remembered), at: Date.now() }));
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

/**
 * What a finished search says about its results, in one place for the page and the popup: the
 * verdict on the results list (data-search-verdict) and the status sentence.
 */
export function describe(list: HTMLElement, out: SearchOutcome): string {
  list.dataset.searchVerdict = out.verdict;
  const n = out.items.length;
  if (n === 0) return s('search.none');
  return out.verdict === 'none' ? s('search.noneRelated', { n }) : s('search.count', { n });
}

/** One result: ID, title, component, confidence, excerpt and links to the matching causes. */
export function renderResult(item: SearchResult, tag: 'li' | 'div' = 'li'): HTMLElement {
  const { entry } = item;
  const el = document.createElement(tag);
  el.className = 'search-result';
  el.dataset.entryId = entry.id;
  el.dataset.match = item.match;
  const head = document.createElement('p');
  head.className = 'search-result__head';
  const id = document.createElement('span');
  id.className = 'entry-id';
  id.textContent = entry.id;
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = item.href;
  link.textContent = entry.title;
  if (item.otherLang) link.hreflang = htmlLang(langFromTag(item.otherLang));
  const comp = document.createElement('span');
  comp.className = 'search-result__component';
  comp.textContent = entry.componentLabel.split(' ')[0] ?? entry.component;
  // The confidence, in words: sighted readers see it, and it is read with the result.
  const match = document.createElement('span');
  match.className = `badge search-result__match search-result__match--${item.match}`;
  match.textContent = s(`search.match.${item.match}`);
  head.append(id, ' ', link, ' ', comp, ' ', match);
  if (item.otherLang) {
    const tagEl = document.createElement('span');
    tagEl.className = 'badge search-result__lang';
    tagEl.dataset.otherLang = item.otherLang;
    tagEl.textContent = s(`search.otherLang.${langFromTag(item.otherLang)}`);
    head.append(' ', tagEl);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  if (item.otherLang) excerpt.lang = htmlLang(langFromTag(item.otherLang));
  // The error string the query and the entry share says most; else Pagefind's excerpt, else the symptom.
  if (item.errorLine) {
    excerpt.classList.add('search-result__error');
    appendMarked(excerpt, item.errorLine, [item.errorLine]);
  } else if (item.excerptHtml) appendExcerpt(excerpt, item.excerptHtml);
  else appendMarked(excerpt, entry.symptom, item.highlight);
  el.append(head, excerpt);
  if (item.causes.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result__causes';
    list.setAttribute('aria-label', s('search.causes'));
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
