// The symptom wizard in the browser. The page carries steps 1 and 2 (the model, as JSON); step 3
// fetches the chosen class's candidates and, cause by cause, the check and fix. The place lives in
// the URL: each answer is a pushState, so back/forward walk the steps, reload keeps the place and a
// copied URL reopens it; a link from the first wizard is read through the lookup files and rewritten
// as a new one. Text from the URL or the data is only ever set as textContent.
import { copyText } from './clipboard.ts';
import { lang, uiStrings, urls, type UiFormat } from './page-context.ts';
import { classList, classLookup } from './wizard-data.ts';
import { renderFixed, renderNone } from './wizard-end.ts';
import { fieldOf, questionTitle, renderQuestion } from './wizard-step2.ts';
import { renderCandidates } from './wizard-step3.ts';
import {
  advance,
  backToQuestions,
  classOf,
  currentQuestion,
  orderCandidates,
  parseCheck,
  parseSteps,
  placeOf,
  readQuery,
  serialiseState,
  stepOf,
  type Candidate,
  type ClassList,
  type Rejected,
  type WizardAction,
  type WizardModel,
  type WizardState,
  type WizardStep,
} from '../lib/wizard.ts';
import { fromLegacy, legacyIds, lookupShard } from '../lib/wizard-legacy.ts';

interface PageData {
  model: WizardModel;
  /** Absolute origin for copied ticket links (SITE_URL), or null to use the page's own origin. */
  site: string | null;
}

/** A URL read against the model and, in step 3, the class's candidates. */
interface Place {
  state: WizardState;
  rejected: Rejected[];
  list?: ClassList;
  candidates: Candidate[];
  /** The URL was written by the first wizard: replace it with the new one. */
  rewritten: boolean;
  failed: boolean;
}

const STEP_NUMBER: Record<WizardStep, number> = { where: 1, symptom: 2, check: 3, fixed: 0, none: 0 };

/** Reads a query string: old links through the lookup files, step 3 through the class file. */
async function resolve(search: string, model: WizardModel): Promise<Place> {
  let raw = readQuery(search);
  const rejected: Rejected[] = [];
  const ids = legacyIds(raw);
  const rewritten = raw.symptom !== undefined;
  let failed = false;
  if (rewritten) {
    const lookups = new Map<string, readonly string[]>();
    try {
      for (const id of ids) {
        const table = await classLookup(lookupShard(id, model.lookupShards));
        if (Object.hasOwn(table, id)) lookups.set(id, table[id]!);
      }
    } catch {
      failed = true;
    }
    const mapped = fromLegacy(raw, model, (id) => lookups.get(id));
    raw = mapped.raw;
    rejected.push(...mapped.rejected);
  }
  const steps = parseSteps(raw, model);
  rejected.push(...steps.rejected);
  if (!steps.state.class) return { state: steps.state, rejected, candidates: [], rewritten, failed };
  try {
    const list = await classList(steps.state.class);
    const candidates = orderCandidates(list, steps.state, model);
    const checked = parseCheck({ ...steps, rejected: [] }, candidates);
    return { state: checked.state, rejected: [...rejected, ...checked.rejected], list, candidates, rewritten, failed };
  } catch {
    return { state: steps.state, rejected, candidates: [], rewritten, failed: true };
  }
}

function stepTitle(step: WizardStep, state: WizardState, model: WizardModel, fmt: UiFormat<'wizard'>): string {
  switch (step) {
    case 'where':
      return fmt('wizard.step1');
    case 'symptom': {
      const q = currentQuestion(model, state);
      return q ? questionTitle(q, fmt) : fmt('wizard.step2');
    }
    case 'check':
      return fmt('wizard.step3');
    case 'fixed':
      return fmt('wizard.fixedTitle');
    case 'none':
      return fmt('wizard.noneTitle');
  }
}

function start(root: HTMLElement, { model, site }: PageData): void {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string, scope: ParentNode = root) => scope.querySelector<T>(selector)!;
  const fmt = uiStrings('wizard');
  const pageTitle = document.title;
  const status = $('[data-wizard-status]');
  let current: Place = { state: {}, rejected: [], candidates: [], rewritten: false, failed: false };
  let shown = 0;

  root.hidden = false;
  const index = document.querySelector<HTMLElement>('[data-wizard-index]');
  if (index) index.hidden = true;

  const hrefFor = (state: WizardState) => `${location.pathname}${serialiseState(state)}`;

  function say(message: string): void {
    status.textContent = '';
    window.setTimeout(() => (status.textContent = message), 50);
  }

  function renderProgress(step: WizardStep, place: Place): void {
    const { state, rejected } = place;
    for (const li of root.querySelectorAll<HTMLElement>('[data-step-index]')) {
      if (li.dataset.stepIndex === String(STEP_NUMBER[step] || 3)) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
    $('[data-rejected]').hidden = rejected.length === 0;
    $('[data-rejected-list]').textContent = rejected.map((r) => `${r.param}=${r.value}`).join(', ');
    const where = $('[data-trail-where]');
    const symptom = $('[data-trail-symptom]');
    where.hidden = !state.where;
    symptom.hidden = !state.class;
    $('[data-trail]').hidden = where.hidden;
    $('[data-trail-value]', where).textContent = placeOf(model, state.where)?.label ?? '';
    $('[data-trail-value]', symptom).textContent = classOf(model, state.class)?.label ?? '';
    $<HTMLAnchorElement>('[data-wizard-nav="where"]', where).href = hrefFor({});
    $<HTMLAnchorElement>('[data-wizard-nav="symptom"]', symptom).href = hrefFor(backToQuestions(state));
  }

  function renderStep(step: WizardStep, place: Place): HTMLElement | undefined {
    const { state } = place;
    const placeModel = placeOf(model, state.where);
    const q = currentQuestion(model, state);
    if (step === 'symptom' && placeModel && q) renderQuestion($('[data-panel="symptom"]'), placeModel, q, model, fmt);
    if (step === 'check') {
      const loading = $('[data-wizard-loading]');
      loading.hidden = !place.failed;
      if (place.failed) loading.textContent = fmt('wizard.loadFailed');
      return renderCandidates(root, place.candidates, state, fmt, hrefFor);
    }
    if (step === 'fixed') renderFixed(root, place.candidates, state, site, hrefFor({ ...state, result: undefined }));
    if (step === 'none') renderNone(root, place.list);
    return undefined;
  }

  function render(place: Place, moveFocus: boolean): void {
    const before = current;
    current = place;
    const step = stepOf(place.state);
    renderProgress(step, place);
    for (const panel of root.querySelectorAll<HTMLElement>('[data-panel]')) panel.hidden = panel.dataset.panel !== step;
    if (step !== 'check') $('[data-wizard-loading]').hidden = true;
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-wizard-nav="restart"]')) link.href = hrefFor({});
    const causeTitle = renderStep(step, place);
    const title = stepTitle(step, place.state, model, fmt);
    document.title = `${title} · ${pageTitle}`;
    if (!moveFocus) return;
    const sameList = stepOf(before.state) === 'check' && step === 'check' && before.state.class === place.state.class && before.state.where === place.state.where;
    if (sameList && causeTitle) {
      // "Not this" or a cause picked from the list: that cause is the new place to read.
      causeTitle.focus();
      say(causeTitle.textContent?.replace(/\s+/g, ' ').trim() ?? title);
      return;
    }
    $('[data-step-heading]', $(`[data-panel="${step}"]`)).focus();
    const number = STEP_NUMBER[step];
    say(number ? fmt('wizard.announce', { step: fmt('wizard.stepOf', { n: number }), title }) : title);
  }

  /** Shows the place a query names; a slower earlier answer never overwrites a later one. */
  async function show(search: string, moveFocus: boolean): Promise<void> {
    const ticket = ++shown;
    const loading = $('[data-wizard-loading]');
    const timer = window.setTimeout(() => {
      loading.textContent = fmt('wizard.loading');
      loading.hidden = false;
    }, 150);
    const place = await resolve(search, model);
    window.clearTimeout(timer);
    if (ticket !== shown) return;
    if (place.rewritten) history.replaceState(null, '', hrefFor(place.state));
    render(place, moveFocus);
  }

  function go(state: WizardState): void {
    const href = hrefFor(state);
    if (href === `${location.pathname}${location.search}` && !location.hash) history.replaceState(null, '', href);
    else history.pushState(null, '', href);
    void show(location.search, true);
  }

  $<HTMLFormElement>('[data-wizard-form="where"]').addEventListener('submit', (event) => {
    event.preventDefault();
    const where = new FormData(event.currentTarget as HTMLFormElement).get('where');
    if (typeof where === 'string' && placeOf(model, where)) go({ where });
  });
  $<HTMLFormElement>('[data-wizard-form="symptom"]').addEventListener('submit', (event) => {
    event.preventDefault();
    const q = currentQuestion(model, current.state);
    if (!q) return;
    const name = fieldOf(q);
    const value = new FormData(event.currentTarget as HTMLFormElement).get(name);
    if (typeof value === 'string') go({ ...backToQuestions(current.state), [name]: value });
  });
  // With JS the paste goes the way the search box sends it: a long or multi-line text in #q=, which
  // never reaches a server (no log lines in access logs, no 414). Without JS the form's GET does.
  $<HTMLFormElement>('[data-wizard-paste]').addEventListener('submit', (event) => {
    const area = (event.currentTarget as HTMLFormElement).querySelector('textarea')!;
    if (!area.value.trim()) return;
    event.preventDefault();
    location.assign(urls.search(lang, area.value));
  });
  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    const button = target.closest<HTMLButtonElement>('button[data-action]');
    if (button) {
      go(advance(current.candidates, current.state, button.dataset.action as WizardAction));
      return;
    }
    // A link of the wizard's own (a step, a cause or candidate picked from the list) moves within
    // the page; one without href is the current cause, not a link.
    const link = target.closest<HTMLAnchorElement>('a[data-wizard-nav][href]');
    if (link && event instanceof MouseEvent && event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      history.pushState(null, '', link.href);
      void show(location.search, true);
    }
  });
  $<HTMLButtonElement>('[data-copy-ticket]').addEventListener('click', async () => {
    const ok = await copyText($<HTMLAnchorElement>('[data-ticket-link]').href);
    $('[data-copy-status]').textContent = fmt(ok ? 'wizard.copied' : 'wizard.copyFailed');
  });
  window.addEventListener('popstate', () => void show(location.search, true));

  const first = readQuery(location.search);
  void show(location.search, Object.keys(first).length > 0);
}

const root = document.querySelector<HTMLElement>('[data-wizard]');
const dataBlock = document.getElementById('wizard-data');
if (root && dataBlock?.textContent) start(root, JSON.parse(dataBlock.textContent) as PageData);
