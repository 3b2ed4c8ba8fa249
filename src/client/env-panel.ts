// "My environment": the reader's values for placeholders, kept in localStorage (this browser only),
// written into every marked placeholder (`.ph[data-ph]`) as text. Clearing puts the original
// placeholder markup back. The panel is hidden until this runs and when the page has no placeholder.
// Choosing an install layout fills its path placeholders in one go (stored like typed values, each
// still editable) and marks the placeholders that layout does not have.
import { withLayout } from '../lib/layouts.ts';
import { cleanValue, parseStoredValues } from '../lib/placeholders.ts';
import { STORAGE_KEYS } from '../lib/storage-keys.ts';
import { announce } from './clipboard.ts';
import { uiStrings } from './page-context.ts';

const STORAGE_KEY = STORAGE_KEYS.env;
const LAYOUT_KEY = STORAGE_KEYS.layout;

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

function readLayout(): string {
  try {
    return localStorage.getItem(LAYOUT_KEY) ?? '';
  } catch {
    return '';
  }
}

function writeLayout(id: string): void {
  try {
    if (id) localStorage.setItem(LAYOUT_KEY, id);
    else localStorage.removeItem(LAYOUT_KEY);
  } catch {
    /* storage disabled: the choice lasts for this page */
  }
}

/** A layout as the panel's <option> carries it (src/components/EnvPanel.astro). */
function layoutOf(option: HTMLOptionElement | undefined): { values: Record<string, string>; without: string[] } | undefined {
  if (!option?.value) return undefined;
  let values: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(option.dataset.values ?? '{}');
    if (parsed && typeof parsed === 'object') values = parsed as Record<string, string>;
  } catch {
    /* a broken attribute fills nothing */
  }
  return { values, without: (option.dataset.without ?? '').split(' ').filter(Boolean) };
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
  const select = panel.querySelector<HTMLSelectElement>('select[data-env-layout]');
  const options = select ? [...select.options] : [];
  let values = read(names);
  if (select) select.value = options.some((o) => o.value === readLayout()) ? readLayout() : '';

  const refresh = (): void => {
    apply(values);
    const chosen = select?.value ?? '';
    const without = layoutOf(options.find((o) => o.value === chosen))?.without ?? [];
    for (const description of panel.querySelectorAll<HTMLElement>('[data-layout-description]')) {
      description.hidden = description.dataset.layoutDescription !== chosen;
    }
    for (const input of inputs) {
      const note = input.closest('[data-env-row]')?.querySelector<HTMLElement>('[data-env-without]');
      const absent = without.includes(input.dataset.envInput ?? '');
      if (note) note.hidden = !absent;
      if (absent && note) input.setAttribute('aria-describedby', note.id);
      else input.removeAttribute('aria-describedby');
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
    const option = options.find((o) => o.value === select.value);
    const layout = layoutOf(option);
    writeLayout(select.value);
    if (layout && option) {
      values = withLayout(values, layout, names, cleanValue);
      write(values);
      announce(t('env.layoutApplied', { layout: option.textContent ?? '' }));
    }
    refresh();
  });
  panel.querySelector('[data-env-clear]')?.addEventListener('click', () => {
    values = {};
    if (select) select.value = '';
    writeLayout('');
    for (const input of inputs) input.value = '';
    write(values);
    refresh();
    announce(t('env.cleared'));
  });
  window.addEventListener('storage', (event) => {
    if (event.key !== STORAGE_KEY && event.key !== LAYOUT_KEY && event.key !== null) return;
    values = read(names);
    if (select) select.value = options.some((o) => o.value === readLayout()) ? readLayout() : '';
    refresh();
  });
  panel.hidden = false;
  refresh();
}
