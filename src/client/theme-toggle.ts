// Theme toggle: light ⇄ dark, remembered per browser. The button is hidden until this runs,
// so no dead control shows without JS.
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

const KEY = STORAGE_KEYS.theme;
const root = document.documentElement;

function current(): 'light' | 'dark' {
  const chosen = root.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  button.hidden = false;
  button.setAttribute('aria-pressed', String(current() === 'dark'));
  button.addEventListener('click', () => {
    const next = current() === 'dark' ? 'light' : 'dark';
    root.dataset.theme = next;
    button.setAttribute('aria-pressed', String(next === 'dark'));
    try {
      localStorage.setItem(KEY, next);
    } catch {
      /* storage disabled: the choice lasts for this page only */
    }
  });
}
