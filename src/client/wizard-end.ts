// The two ends of the wizard in the browser: "this fixed it" (entry, cause and the permanent link for
// the ticket) and "none of these fitted" (the entries the candidates name as related). Text only.
import { urls } from './page-context.ts';
import { causeAnchor } from '../lib/urls.ts';
import type { Candidate, ClassList, WizardState } from '../lib/wizard.ts';

export function renderFixed(root: HTMLElement, candidates: readonly Candidate[], state: WizardState, site: string | null, backHref: string): void {
  const $ = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const entry = candidates.find((c) => c.id === state.entry);
  if (!entry) return;
  const cause = entry.causes.find((c) => c.key === state.cause);
  $('[data-fixed-id]').textContent = entry.id;
  const entryLink = $<HTMLAnchorElement>('[data-fixed-entry]');
  entryLink.textContent = entry.title;
  entryLink.href = entry.url;
  $('[data-fixed-cause-line]').hidden = !cause;
  const causeLink = $<HTMLAnchorElement>('[data-fixed-cause]');
  causeLink.textContent = cause?.title ?? '';
  causeLink.href = cause ? `${entry.url}#${causeAnchor(cause.key)}` : entry.url;
  const ticket = new URL(urls.permalink(entry.id, cause?.key), site ?? location.href).href;
  const ticketLink = $<HTMLAnchorElement>('[data-ticket-link]');
  ticketLink.href = ticket;
  ticketLink.textContent = ticket;
  $('[data-copy-status]').textContent = '';
  $<HTMLAnchorElement>('[data-wizard-nav="back"]').href = backHref;
}

export function renderNone(root: HTMLElement, list: ClassList | undefined): void {
  const ul = root.querySelector<HTMLElement>('[data-related-list]')!;
  ul.replaceChildren(
    ...(list?.related ?? []).map((entry) => {
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
      return li;
    }),
  );
  root.querySelector<HTMLElement>('[data-no-related]')!.hidden = ul.children.length > 0;
}
