// Step 3 in the browser: the class's candidates as cards cloned from the page's <template>s, each
// cause marked ruled out / current / to check later. The current cause's check and fix are fetched
// from its entry page when the reader reaches it, and get the entry page's copy buttons.
import { enhanceCodeBlocks } from './code-blocks.ts';
import type { UiFormat } from './page-context.ts';
import { causeParts } from './wizard-data.ts';
import { positionIndex, positions, type Candidate, type WizardState } from '../lib/wizard.ts';

type CardState = 'ruled-out' | 'current' | 'upcoming';

const clone = (root: HTMLElement, name: string): HTMLElement =>
  (root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`)!.content.firstElementChild!.cloneNode(true) as HTMLElement);
const slot = <T extends HTMLElement = HTMLElement>(el: ParentNode, name: string) => el.querySelector<T>(`[data-slot="${name}"]`)!;

/** Cards already built, by entry id, so a cause fetched once stays in place while the reader moves on. */
const cards = new Map<string, HTMLElement>();

function card(root: HTMLElement, entry: Candidate, fmt: UiFormat<'wizard'>): HTMLElement {
  const known = cards.get(entry.id);
  if (known) return known;
  const li = clone(root, 'candidate');
  li.dataset.candidate = entry.id;
  slot(li, 'id').textContent = entry.id;
  const title = slot<HTMLAnchorElement>(li, 'title');
  title.textContent = entry.title;
  title.href = entry.url;
  slot(li, 'howto').hidden = !entry.howto;
  const list = slot(li, 'causes');
  if (entry.causes.length === 0) {
    const howto = clone(root, 'howto');
    slot<HTMLAnchorElement>(howto, 'open').href = entry.url;
    list.replaceWith(howto);
  } else {
    entry.causes.forEach((cause, i) => {
      const item = clone(root, 'cause');
      item.dataset.cause = cause.key;
      slot(item, 'number').textContent = `${fmt('wizard.cause', { n: i + 1, total: entry.causes.length })}: `;
      slot(item, 'title').textContent = cause.title;
      list.append(item);
    });
  }
  slot(li, 'skip').hidden = entry.causes.length < 2;
  cards.set(entry.id, li);
  return li;
}

function mark(el: HTMLElement, value: CardState, fmt: UiFormat<'wizard'>): void {
  el.dataset.state = value;
  const label = [...el.querySelectorAll<HTMLElement>('[data-state-label]')].find((l) => l.closest('[data-state]') === el);
  if (label) label.textContent = value === 'ruled-out' ? fmt('wizard.ruledOut') : value === 'upcoming' ? fmt('wizard.upNext') : '';
}

/** Puts the cause's check and fix in place (once); on failure, says so and links the entry. */
async function fill(item: HTMLElement, entry: Candidate, key: string, fmt: UiFormat<'wizard'>): Promise<void> {
  const target = slot(item, 'parts');
  if (target.dataset.filled !== undefined) return;
  target.dataset.filled = '';
  target.textContent = fmt('wizard.loading');
  try {
    const { parts, lang } = await causeParts(entry.url, key);
    if (lang) target.lang = lang;
    target.replaceChildren(...parts);
    enhanceCodeBlocks(target);
  } catch {
    delete target.dataset.filled;
    const link = document.createElement('a');
    link.href = entry.url;
    link.textContent = entry.title;
    target.replaceChildren(`${fmt('wizard.loadFailed')} `, link);
  }
}

/** Lays out the candidates for the state; returns the current cause's title (to focus) if any. */
export function renderCandidates(root: HTMLElement, candidates: readonly Candidate[], state: WizardState, fmt: UiFormat<'wizard'>): HTMLElement | undefined {
  const list = root.querySelector<HTMLElement>('[data-candidates]')!;
  const places = positions(candidates);
  const here = places[positionIndex(places, state)];
  list.replaceChildren(...candidates.map((entry) => card(root, entry, fmt)));
  if (!here) return undefined;
  const hereIndex = candidates.findIndex((c) => c.id === here.entry);
  let focus: HTMLElement | undefined;
  candidates.forEach((entry, i) => {
    const li = cards.get(entry.id)!;
    const cardState: CardState = i < hereIndex ? 'ruled-out' : i === hereIndex ? 'current' : 'upcoming';
    mark(li, cardState, fmt);
    const causes = [...li.querySelectorAll<HTMLElement>('.wizard-cause')];
    const at = here.cause === undefined ? 0 : causes.findIndex((c) => c.dataset.cause === here.cause);
    causes.forEach((cause, k) => {
      const value: CardState = cardState !== 'current' ? cardState : k < at ? 'ruled-out' : k === at ? 'current' : 'upcoming';
      mark(cause, value, fmt);
      if (value !== 'current') return;
      focus = cause.querySelector<HTMLElement>('.wizard-cause__title') ?? undefined;
      if (cause.dataset.cause !== undefined) void fill(cause, entry, cause.dataset.cause, fmt);
    });
  });
  const entry = candidates[hereIndex]!;
  const causeNumber = here.cause === undefined ? 0 : entry.causes.findIndex((c) => c.key === here.cause) + 1;
  root.querySelector('[data-progress]')!.textContent =
    causeNumber > 0
      ? fmt('wizard.progress', { entry: hereIndex + 1, entries: candidates.length, cause: causeNumber, causes: entry.causes.length })
      : fmt('wizard.progressEntry', { entry: hereIndex + 1, entries: candidates.length });
  return focus;
}
