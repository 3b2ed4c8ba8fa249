// Step 2 in the browser: the choices of the current question as native radios, built from the
// page's model with textContent only. A class leaf offers the place's symptom classes; a narrowing
// question offers its answers (a component, problem or how-to, a group of classes).
import type { UiFormat } from './page-context.ts';
import { urls, lang } from './page-context.ts';
import { classesUnder, type SplitOption, type WizardModel, type WizardPlace, type WizardQuestion } from '../lib/wizard.ts';

/** The form field a question writes: `class`, or the narrowing question's parameter. */
export const fieldOf = (q: WizardQuestion): string => (q.ask === 'class' ? 'class' : q.ask);

function radio(name: string, value: string, text: string, count?: string): HTMLLabelElement {
  const label = document.createElement('label');
  label.className = 'wizard-option';
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = name;
  input.value = value;
  input.required = true;
  const span = document.createElement('span');
  span.className = 'wizard-option__text';
  span.textContent = text;
  label.append(input, span);
  if (count !== undefined) {
    const n = document.createElement('span');
    n.className = 'wizard-option__count';
    n.textContent = count;
    label.append(n);
  }
  return label;
}

/** An answer's words: a component's name, problem/how-to, "something else", or a group's first classes. */
function answerText(q: Exclude<WizardQuestion, { ask: 'class' }>, option: SplitOption, model: WizardModel, fmt: UiFormat<'wizard'>): string {
  if (option.value === 'other') return fmt('wizard.answer.other');
  if (q.ask === 'kind') return fmt(option.value === 'howto' ? 'wizard.kind.howto' : 'wizard.kind.problem');
  if (q.ask === 'component') return Object.hasOwn(model.labels, option.value) ? model.labels[option.value]! : option.value;
  const labels = [...classesUnder(option.next)].map((i) => model.classes[i]!.label);
  return labels.length > 3 ? `${labels.slice(0, 3).join(' · ')} …` : labels.join(' · ');
}

/** The question's heading text. */
export function questionTitle(q: WizardQuestion, fmt: UiFormat<'wizard'>): string {
  switch (q.ask) {
    case 'class':
      return fmt('wizard.step2');
    case 'kind':
      return fmt('wizard.ask.kind');
    case 'component':
      return fmt('wizard.ask.component');
    default:
      return fmt('wizard.ask.group');
  }
}

/** Fills the step-2 form with the question's choices and the place's "not sure" link. */
export function renderQuestion(panel: HTMLElement, place: WizardPlace, q: WizardQuestion, model: WizardModel, fmt: UiFormat<'wizard'>): void {
  const options = panel.querySelector<HTMLElement>('[data-options]')!;
  const name = fieldOf(q);
  const choices =
    q.ask === 'class'
      ? q.classes.map((i) => {
          const c = model.classes[i]!;
          return radio(name, c.id, c.label, fmt('wizard.count', { n: c.count }));
        })
      : q.options.map((o) => radio(name, o.value, answerText(q, o, model, fmt)));
  options.replaceChildren(...choices);
  options.dataset.question = name;
  const notSure = panel.querySelector<HTMLAnchorElement>('[data-place-link]')!;
  notSure.href = urls.wizardPlace(lang, place.id);
  notSure.textContent = fmt('wizard.any', { n: place.count });
  panel.querySelector('[data-step-title]')!.textContent = questionTitle(q, fmt);
}
