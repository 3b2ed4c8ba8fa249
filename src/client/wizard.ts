// The symptom wizard in the browser. The page carries every piece already rendered (steps, every
// candidate with its causes) and the model as JSON; this script shows the pieces for the place
// named in the URL, and moves that place with pushState so back/forward walk the steps, reload
// keeps the place and a copied URL reopens it. Text from the URL is only ever set as textContent.
import { copyText } from './clipboard.ts';
import { lang, uiStrings, urls } from './page-context.ts';
import { causeAnchor } from '../lib/urls.ts';
import {
  advance,
  ANY_SYMPTOM,
  candidates,
  facetOf,
  parseState,
  positionIndex,
  positions,
  relatedAtEnd,
  serialiseState,
  stepOf,
  symptomOf,
  type ParsedState,
  type WizardAction,
  type WizardModel,
  type WizardState,
  type WizardStep,
} from '../lib/wizard.ts';

interface WizardData {
  model: WizardModel;
  /** Absolute origin for copied ticket links (SITE_URL), or null to use the page's own origin. */
  site: string | null;
}

const root = document.querySelector<HTMLElement>('[data-wizard]');
const dataBlock = document.getElementById('wizard-data');
if (root && dataBlock?.textContent) start(root, JSON.parse(dataBlock.textContent) as WizardData);

function start(root: HTMLElement, { model, site }: WizardData): void {
  const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root) => scope.querySelector<T>(selector);
  const $$ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = root) => [...scope.querySelectorAll<T>(selector)];
  const fmt = uiStrings('wizard');
  const pageTitle = document.title;
  const pool = $('[data-pool]')!;
  const list = $('[data-candidates]')!;
  const status = $('[data-wizard-status]')!;
  let current: WizardState = {};

  root.hidden = false;
  const index = document.querySelector<HTMLElement>('[data-wizard-index]');
  if (index) index.hidden = true;

  const hrefFor = (state: WizardState) => `${location.pathname}${serialiseState(state)}`;

  function go(state: WizardState): void {
    const href = hrefFor(state);
    if (href === `${location.pathname}${location.search}` && !location.hash) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    render({ state, rejected: [] }, true);
  }

  function stepTitle(step: WizardStep): string {
    switch (step) {
      case 'where':
        return fmt('wizard.step1');
      case 'symptom':
        return fmt('wizard.step2');
      case 'check':
        return fmt('wizard.step3');
      case 'fixed':
        return fmt('wizard.fixedTitle');
      case 'none':
        return fmt('wizard.noneTitle');
    }
  }

  function symptomText(state: WizardState): string {
    if (state.symptom === ANY_SYMPTOM) {
      const any = $<HTMLInputElement>(`[data-facet="${CSS.escape(state.where ?? '')}"] input[value="${ANY_SYMPTOM}"]`);
      return any?.closest('label')?.textContent?.trim() ?? '';
    }
    return symptomOf(model, state.where, state.symptom)?.text ?? '';
  }

  function renderProgress(step: WizardStep, state: WizardState, rejected: ParsedState['rejected']): void {
    const number = step === 'where' ? 1 : step === 'symptom' ? 2 : 3;
    for (const li of $$('[data-step-index]')) {
      if (li.dataset.stepIndex === String(number)) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    const notice = $('[data-rejected]')!;
    notice.hidden = rejected.length === 0;
    $('[data-rejected-list]')!.textContent = rejected.map((r) => `${r.param}=${r.value}`).join(', ');

    const trail = $('[data-trail]')!;
    const where = $('[data-trail-where]')!;
    const symptom = $('[data-trail-symptom]')!;
    where.hidden = !state.where;
    symptom.hidden = !state.symptom;
    trail.hidden = where.hidden;
    $('[data-trail-value]', where)!.textContent = facetOf(model, state.where)?.label ?? '';
    $('[data-trail-value]', symptom)!.textContent = symptomText(state);
    $<HTMLAnchorElement>('[data-wizard-nav="where"]', where)!.href = hrefFor({});
    $<HTMLAnchorElement>('[data-wizard-nav="symptom"]', symptom)!.href = hrefFor({ where: state.where });
  }

  function renderSymptomStep(state: WizardState): void {
    $<HTMLInputElement>('[data-carry="where"]')!.value = state.where ?? '';
    for (const group of $$('[data-facet]')) {
      const mine = group.dataset.facet === state.where;
      group.hidden = !mine;
      for (const input of $$<HTMLInputElement>('input', group)) {
        input.disabled = !mine;
        if (!mine) input.checked = false;
      }
    }
  }

  function setState(el: HTMLElement, value: 'ruled-out' | 'current' | 'upcoming'): void {
    el.dataset.state = value;
    const label = [...el.querySelectorAll<HTMLElement>('[data-state-label]')].find(
      (l) => l.closest('[data-state]') === el,
    );
    if (label) label.textContent = value === 'ruled-out' ? fmt('wizard.ruledOut') : value === 'upcoming' ? fmt('wizard.upNext') : '';
  }

  /** Step 3: candidates in order; everything before the current cause ruled out. */
  function renderCheckStep(state: WizardState): HTMLElement | undefined {
    const ids = candidates(model, state.where, state.symptom);
    const places = positions(model, ids);
    const here = places[positionIndex(places, state)];
    for (const shown of $$('[data-candidate]', list)) pool.append(shown);
    if (!here) return undefined;
    const hereEntry = ids.indexOf(here.entry);
    let focusTarget: HTMLElement | undefined;
    ids.forEach((id, i) => {
      const card = $(`[data-candidate="${CSS.escape(id)}"]`, pool);
      if (!card) return;
      list.append(card);
      const cardState = i < hereEntry ? 'ruled-out' : i === hereEntry ? 'current' : 'upcoming';
      setState(card, cardState);
      const causes = $$('.wizard-cause', card);
      const at = here.cause === undefined ? 0 : causes.findIndex((c) => c.dataset.cause === here.cause);
      causes.forEach((cause, k) => {
        const value = cardState !== 'current' ? cardState : k < at ? 'ruled-out' : k === at ? 'current' : 'upcoming';
        setState(cause, value);
        if (value === 'current') focusTarget = $('.wizard-cause__title', cause) ?? undefined;
      });
    });
    const entry = model.entries[here.entry]!;
    const causeNumber = here.cause === undefined ? 0 : entry.causes.findIndex((c) => c.key === here.cause) + 1;
    $('[data-progress]')!.textContent =
      causeNumber > 0
        ? fmt('wizard.progress', { entry: hereEntry + 1, entries: ids.length, cause: causeNumber, causes: entry.causes.length })
        : fmt('wizard.progressEntry', { entry: hereEntry + 1, entries: ids.length });
    return focusTarget;
  }

  function renderFixed(state: WizardState): void {
    const entry = state.entry === undefined ? undefined : model.entries[state.entry];
    if (!entry) return;
    const cause = entry.causes.find((c) => c.key === state.cause);
    $('[data-fixed-id]')!.textContent = entry.id;
    const entryLink = $<HTMLAnchorElement>('[data-fixed-entry]')!;
    entryLink.textContent = entry.title;
    entryLink.href = entry.url;
    const causeLine = $('[data-fixed-cause-line]')!;
    causeLine.hidden = !cause;
    const causeLink = $<HTMLAnchorElement>('[data-fixed-cause]')!;
    causeLink.textContent = cause?.title ?? '';
    causeLink.href = cause ? `${entry.url}#${causeAnchor(cause.key)}` : entry.url;
    const ticket = new URL(urls.permalink(entry.id, cause?.key), site ?? location.href).href;
    const ticketLink = $<HTMLAnchorElement>('[data-ticket-link]')!;
    ticketLink.href = ticket;
    ticketLink.textContent = ticket;
    $('[data-copy-status]')!.textContent = '';
    $<HTMLAnchorElement>('[data-wizard-nav="back"]')!.href = hrefFor({ ...state, result: undefined });
  }

  function renderNone(state: WizardState): void {
    const ul = $('[data-related-list]')!;
    ul.replaceChildren();
    for (const id of relatedAtEnd(model, candidates(model, state.where, state.symptom))) {
      const entry = model.entries[id];
      if (!entry) continue;
      const li = document.createElement('li');
      li.className = 'entry-card';
      const a = document.createElement('a');
      a.href = entry.url;
      const badge = document.createElement('span');
      badge.className = 'entry-id';
      badge.textContent = entry.id;
      const title = document.createElement('span');
      title.className = 'entry-card__title';
      title.textContent = entry.title;
      a.append(badge, ' ', title);
      li.append(a);
      ul.append(li);
    }
    $('[data-no-related]')!.hidden = ul.children.length > 0;
  }

  function render({ state, rejected }: ParsedState, moveFocus: boolean): void {
    const before = current;
    current = state;
    const step = stepOf(state);
    renderProgress(step, state, rejected);
    for (const panel of $$('[data-panel]')) panel.hidden = panel.dataset.panel !== step;
    for (const link of $$<HTMLAnchorElement>('[data-wizard-nav="restart"]')) link.href = hrefFor({});
    let causeTitle: HTMLElement | undefined;
    if (step === 'symptom') renderSymptomStep(state);
    if (step === 'check') causeTitle = renderCheckStep(state);
    if (step === 'fixed') renderFixed(state);
    if (step === 'none') renderNone(state);

    const title = stepTitle(step);
    document.title = `${title} · ${pageTitle}`;
    if (!moveFocus) return;
    const panel = $(`[data-panel="${step}"]`)!;
    const sameStep = stepOf(before) === 'check' && step === 'check' && before.where === state.where && before.symptom === state.symptom;
    if (sameStep && causeTitle) {
      // "Not this": the next cause (possibly of the next entry) is the new place to read.
      causeTitle.focus();
      say(causeTitle.textContent?.replace(/\s+/g, ' ').trim() ?? title);
    } else {
      $('[data-step-heading]', panel)?.focus();
      const number = step === 'where' ? 1 : step === 'symptom' ? 2 : step === 'check' ? 3 : 0;
      say(number ? fmt('wizard.announce', { step: fmt('wizard.stepOf', { n: number }), title }) : title);
    }
  }

  function say(message: string): void {
    status.textContent = '';
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  // Answers.
  $<HTMLFormElement>('[data-wizard-form="where"]')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const where = new FormData(event.currentTarget as HTMLFormElement).get('where');
    if (typeof where === 'string' && facetOf(model, where)) go({ where });
  });
  $<HTMLFormElement>('[data-wizard-form="symptom"]')!.addEventListener('submit', (event) => {
    event.preventDefault();
    const symptom = new FormData(event.currentTarget as HTMLFormElement).get('symptom');
    if (typeof symptom === 'string') go({ where: current.where, symptom });
  });
  // With JS the paste goes the way the search box sends it: a long or multi-line text in #q=, which
  // never reaches a server (no log lines in access logs, no 414). Without JS the form's GET does.
  $<HTMLFormElement>('[data-wizard-paste]')!.addEventListener('submit', (event) => {
    const area = (event.currentTarget as HTMLFormElement).querySelector('textarea')!;
    if (!area.value.trim()) return;
    event.preventDefault();
    location.assign(urls.search(lang, area.value));
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    if (button) {
      go(advance(model, current, button.dataset.action as WizardAction));
      return;
    }
    const link = target.closest<HTMLAnchorElement>('a[data-wizard-nav]');
    if (link && event instanceof MouseEvent && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      go(parseState(new URL(link.href).search, model).state);
    }
  });
  $<HTMLButtonElement>('[data-copy-ticket]')!.addEventListener('click', async () => {
    const ok = await copyText($<HTMLAnchorElement>('[data-ticket-link]')!.href);
    $('[data-copy-status]')!.textContent = fmt(ok ? 'wizard.copied' : 'wizard.copyFailed');
  });
  window.addEventListener('popstate', () => render(parseState(location.search, model), true));

  const first = parseState(location.search, model);
  render(first, stepOf(first.state) !== 'where' || first.rejected.length > 0);
}
