// The full search page: reads ?q= / #q= on load, runs it, keeps the query in the address bar (so
// back/forward and shared links work) and shows every result.
import { readQuery } from '../lib/urls.ts';
import { lang, uiStrings, urls } from './page-context.ts';
import { describe, renderResult, search, warm } from './search-client.ts';

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) {
  const s = uiStrings('search');
  const form = root.querySelector<HTMLFormElement>('form')!;
  const box = form.querySelector<HTMLTextAreaElement>('textarea[name="q"]')!;
  const select = form.querySelector<HTMLSelectElement>('select[name="component"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const baseTitle = document.title;
  let seq = 0;

  const run = async (q: string, component: string): Promise<void> => {
    const my = ++seq;
    if (box.value !== q) box.value = q;
    select.value = [...select.options].some((o) => o.value === component) ? component : '';
    if (!q.trim()) {
      list.replaceChildren();
      delete list.dataset.searchVerdict;
      empty.hidden = true;
      status.textContent = s('search.prompt');
      document.title = baseTitle;
      root.dataset.state = 'idle';
      return;
    }
    root.dataset.state = 'loading';
    delete list.dataset.searchVerdict;
    status.textContent = s('search.searching');
    const shown = q.replace(/\s+/g, ' ').trim();
    document.title = `${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown} · ${baseTitle}`;
    try {
      const out = await search(q, { component: select.value });
      if (my !== seq) return;
      list.replaceChildren(
        ...out.items.map((item) => renderResult(item)),
      );
      // Nothing exact or likely: the page says so, offers the wizard, and lists only the closest few.
      empty.hidden = out.verdict === 'match';
      status.textContent = describe(list, out);
      root.dataset.state = 'done';
    } catch (err) {
      if (my !== seq) return;
      console.error(err);
      list.replaceChildren();
      empty.hidden = false;
      status.textContent = s('search.error');
      root.dataset.state = 'error';
    }
  };

  const fromUrl = () => {
    const { q, component } = readQuery(location.search, location.hash);
    void run(q, component);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const href = urls.search(lang, box.value, select.value);
    if (href !== location.pathname + location.search + location.hash) history.pushState(null, '', href);
    void run(box.value, select.value);
  });
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  select.addEventListener('change', () => form.requestSubmit());
  box.addEventListener('focus', warm, { once: true });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}
