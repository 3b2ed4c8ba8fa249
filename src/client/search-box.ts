// The search box on every page. Small on purpose: the search itself (index, Pagefind, ranking) is
// imported only when a box is focused or typed in.
import { lang, uiStrings, urls } from './page-context.ts';

type Client = typeof import('./search-client.ts');
let client: Promise<Client> | undefined;
const loadClient = (): Promise<Client> => (client ??= import('./search-client.ts'));

const s = uiStrings('search');

function isTyping(el: Element | null): boolean {
  return !!el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

function focusMainBox(): void {
  const input = document.querySelector<HTMLInputElement>('form[data-search-box="header"] input[name="q"]');
  input?.focus();
  input?.select();
}

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.isComposing) return;
  if ((e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
    e.preventDefault();
    focusMainBox();
  } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target as Element)) {
    e.preventDefault();
    focusMainBox();
  }
});

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const popup = form.querySelector<HTMLElement>('.search-popup')!;
  const list = popup.querySelector<HTMLOListElement>('.search-popup__list')!;
  const status = popup.querySelector<HTMLElement>('.search-popup__status')!;
  let seq = 0;
  let composing = false;
  // A multi-line paste is flattened by the input; keep the original lines for the search.
  let paste: { flat: string; full: string } | null = null;

  const query = () => (paste && input.value === paste.flat ? paste.full : input.value);

  const open = (yes: boolean) => {
    popup.hidden = !yes;
    input.setAttribute('aria-expanded', String(yes));
  };

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title, .search-popup__all a')];

  async function update(): Promise<void> {
    const q = query();
    const my = ++seq;
    if (!q.trim()) {
      list.replaceChildren();
      status.textContent = '';
      open(false);
      form.dataset.renderedQuery = '';
      return;
    }
    try {
      const c = await loadClient();
      const out = await c.search(q, { limit: c.POPUP_LIMIT });
      if (my !== seq) return;
      const items = out.items.map((item) => c.renderResult(item));
      const all = document.createElement('li');
      all.className = 'search-popup__all';
      const a = document.createElement('a');
      if (out.verdict === 'match') {
        a.href = urls.search(lang, q);
        a.textContent = s('search.allResults');
      } else {
        a.href = urls.wizard(lang);
        a.textContent = s('search.wizard');
      }
      all.append(a);
      list.replaceChildren(...items, all);
      status.textContent = c.describe(list, out);
      open(true);
    } catch {
      if (my !== seq) return;
      list.replaceChildren();
      status.textContent = s('search.error');
      open(true);
    }
    form.dataset.renderedQuery = q;
  }

  input.addEventListener('focus', () => {
    void loadClient().then((c) => c.warm());
    if (list.childElementCount > 0 && input.value.trim()) open(true);
  });
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    void update();
  });
  input.addEventListener('input', (e) => {
    if (composing || (e as InputEvent).isComposing) return;
    if (paste && input.value !== paste.flat) paste = null;
    void update();
  });
  input.addEventListener('paste', (e) => {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (!/[\r\n]/.test(text)) return;
    e.preventDefault();
    const flat = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    input.setRangeText(flat, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
    paste = { flat: input.value, full: input.value === flat ? text : input.value };
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  input.addEventListener('keydown', (e) => {
    if (e.isComposing || composing) return;
    if (e.key === 'ArrowDown' && !popup.hidden) {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === 'Escape') {
      if (!popup.hidden) {
        e.preventDefault();
        // A search still running for an earlier keystroke must not open the popup again.
        seq++;
        open(false);
      } else if (input.value) {
        e.preventDefault();
        input.value = '';
        paste = null;
        void update();
      } else {
        input.blur();
      }
    }
  });
  popup.addEventListener('keydown', (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (at <= 0) input.focus();
      else all[at - 1]?.focus();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      open(false);
      input.focus();
    }
  });
  form.addEventListener('focusout', (e) => {
    const next = e.relatedTarget as Node | null;
    if (!next || !form.contains(next)) open(false);
  });
  form.addEventListener('submit', (e) => {
    const q = query();
    if (!q.trim()) return;
    e.preventDefault();
    location.href = urls.search(lang, q);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) enhance(form);
