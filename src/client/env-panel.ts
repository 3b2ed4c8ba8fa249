// "My environment": the reader's values for placeholders, kept in localStorage (this browser only),
// written into every marked placeholder (`.ph[data-ph]`) as text. Clearing puts the original
// placeholder markup back. The panel is hidden until this runs and when the page has no placeholder.
// Choosing an install layout fills its path placeholders in one go (stored like typed values, each
// still editable) and marks the placeholders that layout does not have.
import { cleanValue, parseStoredValues, withLayout } from '../lib/placeholders.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { announce } from './clipboard.ts';
import { uiStrings } from './page-context.ts';

const STORAGE_KEY = STORAGE_KEYS.env;
const LAYOUT_KEY = STORAGE_KEYS.layout;

const panel = document.querySelector<HTMLElement>('[data-env-panel]');
const marks = [...document.querySelectorAll<HTMLElement>('.ph[data-ph]')];
const original = new WeakMap<HTMLElement, Node[]>();

function load(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `text` under `key`, or removes the key when `text` is empty. */
function save(key: string, text: string): void {
  try {
    if (text) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
  } catch {
    /* storage disabled: the values last for this page */
  }
}

const write = (values: Record<string, string>): void => save(STORAGE_KEY, Object.keys(values).length ? JSON.stringify(values) : '');

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
  const select = panel.querySelector<HTMLSelectElement>('select[data-env-layout]');
  let values: Record<string, string> = {};
  const read = (): void => {
    values = parseStoredValues(load(STORAGE_KEY), names);
    if (select) {
      select.value = load(LAYOUT_KEY) ?? '';
      if (select.selectedIndex < 0) select.value = ''; // a layout since removed
    }
  };
  read();

  const refresh = (): void => {
    apply(values);
    // The layout's description, and "not on this layout" next to each placeholder it lacks.
    const option = select?.selectedOptions[0];
    const without = option?.dataset.without?.split(' ') ?? [];
    for (const el of panel.querySelectorAll<HTMLElement>('[data-layout-description]')) el.hidden = el.dataset.layoutDescription !== option?.value;
    for (const name of names) {
      const note = panel.querySelector<HTMLElement>(`#env-${name}-without`);
      if (note) note.hidden = !without.includes(name);
    }
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
  select?.addEventListener('change', () => {
    const option = select.selectedOptions[0];
    save(LAYOUT_KEY, select.value);
    if (option?.value) {
      // data-values is written by the build from content/taxonomy/layouts.json (checked by `npm run check`).
      values = withLayout(values, { values: JSON.parse(option.dataset.values ?? '{}'), without: option.dataset.without?.split(' ') ?? [] }, names);
      write(values);
      announce(t('env.layoutApplied', { layout: option.textContent ?? '' }));
    }
    refresh();
  });
  panel.querySelector('[data-env-clear]')?.addEventListener('click', () => {
    values = {};
    if (select) select.value = '';
    save(LAYOUT_KEY, '');
    for (const input of inputs) input.value = '';
    write(values);
    refresh();
    announce(t('env.cleared'));
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== LAYOUT_KEY && event.key !== null) return;
    read();
    refresh();
  });
  panel.hidden = false;
  refresh();
}
