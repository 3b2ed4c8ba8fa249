// "My environment": the reader's values for placeholders, kept in localStorage (this browser only),
// written into every marked placeholder (`.ph[data-ph]`) as text. Clearing puts the original
// placeholder markup back. The panel is hidden until this runs and when the page has no placeholder.
import { cleanValue, parseStoredValues } from '../lib/placeholders.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { announce } from './clipboard.ts';
import { uiStrings } from './page-context.ts';

const STORAGE_KEY = STORAGE_KEYS.env;

const panel = document.querySelector<HTMLElement>('[data-env-panel]');
const marks = [...document.querySelectorAll<HTMLElement>('.ph[data-ph]')];
const original = new WeakMap<HTMLElement, Node[]>();

function read(names: string[]): Record<string, string> {
  try {
    return parseStoredValues(localStorage.getItem(STORAGE_KEY), names);
  } catch {
    return {};
  }
}

function write(values: Record<string, string>): void {
  try {
    if (Object.keys(values).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
  } catch {
    /* storage disabled: the values last for this page */
  }
}

function apply(values: Record<string, string>): void {
  for (const mark of marks) {
    const value = values[mark.dataset.ph ?? ''];
    if (value) {
      if (!original.has(mark)) original.set(mark, [...mark.childNodes]);
      mark.textContent = value;
      mark.classList.add('ph--filled');
    } else if (original.has(mark)) {
      mark.replaceChildren(...original.get(mark)!);
      original.delete(mark);
      mark.classList.remove('ph--filled');
    }
  }
  for (const figure of document.querySelectorAll<HTMLElement>('figure.code-block')) {
    figure.toggleAttribute('data-filled', figure.querySelector('.ph--filled') !== null);
  }
}

if (panel && marks.length > 0) {
  const used = new Set(marks.map((m) => m.dataset.ph));
  const inputs = [...panel.querySelectorAll<HTMLInputElement>('input[data-env-input]')];
  const names = inputs.map((i) => i.dataset.envInput ?? '');
  const status = panel.querySelector<HTMLElement>('[data-env-status]');
  const t = uiStrings('env');
  let values = read(names);

  const refresh = (): void => {
    apply(values);
    const n = Object.keys(values).filter((k) => used.has(k)).length;
    if (status) status.textContent = n > 0 ? t('env.status', { n }) : '';
    for (const input of inputs) {
      const value = values[input.dataset.envInput ?? ''] ?? '';
      if (document.activeElement !== input && input.value !== value) input.value = value;
    }
  };

  for (const input of inputs) {
    input.closest<HTMLElement>('[data-env-row]')!.hidden = !used.has(input.dataset.envInput);
    input.addEventListener('input', () => {
      const name = input.dataset.envInput ?? '';
      const value = cleanValue(input.value);
      if (value) values[name] = value;
      else delete values[name];
      write(values);
      refresh();
    });
  }
  panel.querySelector('[data-env-clear]')?.addEventListener('click', () => {
    values = {};
    for (const input of inputs) input.value = '';
    write(values);
    refresh();
    announce(t('env.cleared'));
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    values = read(names);
    refresh();
  });
  panel.hidden = false;
  refresh();
}
