// Step 3 in the browser: the class's candidates as cards cloned from the page's <template>s, each
// cause marked ruled out / current / not checked yet. Every cause and every other candidate is a
// link that opens it directly (its own URL), so the reader need not step through the ones before.
// The current cause's check and fix, or a how-to's steps, are fetched from the entry page when the
// reader reaches them, and get the entry page's copy buttons.
import { enhanceCodeBlocks } from './code-blocks.ts';
import type { UiFormat } from './page-context.ts';
import { causeParts, howtoSteps, type EntryParts } from './wizard-data.ts';
import { pick, positions, positionStates, type Candidate, type PositionState, type WizardState } from '../lib/wizard.ts';

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
  slot(li, 'pick-id').textContent = ` ${entry.id}`;
  const list = slot(li, 'causes');
  if (entry.causes.length === 0) {
    const howto = clone(root, 'howto');
    slot<HTMLAnchorElement>(howto, 'open').href = entry.url;
    list.replaceWith(howto);
  } else {
    entry.causes.forEach((cause, i) => {
      const item = clone(root, 'cause');
      item.dataset.cause = cause.key;
      slot(item, 'number').textContent = fmt('wizard.cause', { n: i + 1, total: entry.causes.length });
      slot(item, 'title').textContent = cause.title;
      list.append(item);
    });
  }
  cards.set(entry.id, li);
  return li;
}

function mark(el: HTMLElement, value: PositionState, fmt: UiFormat<'wizard'>): void {
  el.dataset.state = value;
  const label = [...el.querySelectorAll<HTMLElement>('[data-state-label]')].find((l) => l.closest('[data-state]') === el);
  if (label) label.textContent = value === 'ruled-out' ? fmt('wizard.ruledOut') : value === 'upcoming' ? fmt('wizard.upNext') : '';
}

/** A link that opens a place of the checklist; the current one is text (an <a> without href). */
function pickLink(link: HTMLAnchorElement, href: string | undefined): void {
  if (href === undefined) link.removeAttribute('href');
  else link.href = href;
}

/** Puts blocks of the entry page in place (once); on failure, says so and links the entry. */
async function fill(target: HTMLElement, entry: Candidate, load: () => Promise<EntryParts>, fmt: UiFormat<'wizard'>): Promise<void> {
  if (target.dataset.filled !== undefined) return;
  target.dataset.filled = '';
  target.textContent = fmt('wizard.loading');
  try {
    const { parts, lang } = await load();
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

/**
 * Lays out the candidates for the state; returns the current cause's title (to focus) if any.
 * `hrefFor` writes the URL of a state, for the links that open a cause or a candidate directly.
 */
export function renderCandidates(
  root: HTMLElement,
  candidates: readonly Candidate[],
  state: WizardState,
  fmt: UiFormat<'wizard'>,
  hrefFor: (state: WizardState) => string,
): HTMLElement | undefined {
  const list = root.querySelector<HTMLElement>('[data-candidates]')!;
  const places = positions(candidates);
  const states = positionStates(places, state);
  list.replaceChildren(...candidates.map((entry) => card(root, entry, fmt)));
  const hereIndex = states.indexOf('current');
  if (hereIndex < 0) return undefined;
  let focus: HTMLElement | undefined;
  // positions() lists each candidate's causes (or the how-to itself) in card order, so the
  // checklist items of the cards line up with the places one for one.
  let at = 0;
  candidates.forEach((entry) => {
    const li = cards.get(entry.id)!;
    const items = [...li.querySelectorAll<HTMLElement>('.wizard-cause')];
    const own = states.slice(at, at + items.length);
    const first = places[at]!;
    at += items.length;
    const cardState: PositionState = own.includes('current') ? 'current' : own.every((s) => s === 'ruled-out') ? 'ruled-out' : 'upcoming';
    mark(li, cardState, fmt);
    // At an entry's last cause "skip the rest" would do what "not this" does.
    slot(li, 'skip').hidden = items.length < 2 || own[own.length - 1] === 'current';
    slot(li, 'pick-line').hidden = cardState === 'current';
    pickLink(slot<HTMLAnchorElement>(li, 'pick'), cardState === 'current' ? undefined : hrefFor(pick(state, first)));
    items.forEach((item, k) => {
      const value = own[k]!;
      mark(item, value, fmt);
      const cause = item.dataset.cause;
      if (cause !== undefined) pickLink(slot<HTMLAnchorElement>(item, 'title'), value === 'current' ? undefined : hrefFor(pick(state, { entry: entry.id, cause })));
      if (value !== 'current') return;
      focus = item.querySelector<HTMLElement>('.wizard-cause__title') ?? undefined;
      void fill(slot(item, 'parts'), entry, cause === undefined ? () => howtoSteps(entry.url) : () => causeParts(entry.url, cause), fmt);
    });
  });
  const here = places[hereIndex]!;
  const entryIndex = candidates.findIndex((c) => c.id === here.entry);
  const entry = candidates[entryIndex]!;
  const causeNumber = here.cause === undefined ? 0 : entry.causes.findIndex((c) => c.key === here.cause) + 1;
  root.querySelector('[data-progress]')!.textContent =
    causeNumber > 0
      ? fmt('wizard.progress', { entry: entryIndex + 1, entries: candidates.length, cause: causeNumber, causes: entry.causes.length })
      : fmt('wizard.progressEntry', { entry: entryIndex + 1, entries: candidates.length });
  return focus;
}
