// On an entry opened from a search result: mark the searched words. The words come from
// localStorage (same origin, written on the click, used once, valid one minute), never from the URL,
// so what someone pasted into search does not travel in a request or in a link copied from the bar.
import { findRanges, REMEMBERED_WORDS } from '../lib/search/highlight.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

const KEY = STORAGE_KEYS.searchHighlight;
const MAX_AGE_MS = 60_000;

function take(id: string): string[] {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return [];
    const saved = JSON.parse(raw) as { id?: unknown; words?: unknown; at?: unknown };
    if (saved.id !== id) return [];
    localStorage.removeItem(KEY);
    if (typeof saved.at !== 'number' || Date.now() - saved.at > MAX_AGE_MS || !Array.isArray(saved.words)) return [];
    return saved.words.filter((w): w is string => typeof w === 'string').slice(0, REMEMBERED_WORDS);
  } catch {
    return [];
  }
}

const article = document.querySelector<HTMLElement>('article[data-entry-id]');
const words = article ? take(article.dataset.entryId ?? '') : [];
if (article && words.length > 0) {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT, {
    // Code blocks stay untouched: what a copy button copies must not change.
    acceptNode: (n) => (n.parentElement?.closest('pre, button, script, style, .anchor-link') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.data;
    const ranges = findRanges(text, words, 50);
    if (ranges.length === 0) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) frag.append(text.slice(at, s));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(s, e);
      first ??= mark;
      frag.append(mark);
      at = e;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  article.dataset.searchHighlighted = String(article.querySelectorAll('mark.search-hit').length);
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}
