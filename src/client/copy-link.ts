// Copy buttons for tickets (components/CopyLinks.astro). The group carries the absolute permalink
// (built from SITE_URL at build time) and the "ID title" label; the Markdown and text variants come
// from the same pure formatter the unit tests check. On success it says so; when the browser refuses,
// it shows the text selected so the reader can press Ctrl+C.
import { announce, copyText } from './clipboard.ts';
import { formatsFor } from '../lib/ticket-links.ts';
import { uiStrings } from './page-context.ts';

type Kind = 'link' | 'markdown' | 'text';
const timers = new WeakMap<HTMLElement, number>();

const t = uiStrings('copyLinks');

function showStatus(group: HTMLElement, text: string): void {
  const status = group.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = text;
  window.clearTimeout(timers.get(status));
  timers.set(status, window.setTimeout(() => (status.textContent = ''), 2500));
}

function showManual(group: HTMLElement, text: string): void {
  let input = group.querySelector<HTMLInputElement>('input[data-copy-manual]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    input.className = 'copy-links__manual';
    input.dataset.copyManual = '';
    input.setAttribute('aria-label', t('link.manual'));
    group.append(input);
  }
  input.value = text;
  input.focus();
  input.select();
}

document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLButtonElement>('button[data-copy]');
  const group = button?.closest<HTMLElement>('[data-copy-links]');
  if (!button || !group) return;
  const link = group.dataset.link ?? '';
  const text = formatsFor(group.dataset.label ?? '', link)[(button.dataset.copy as Kind) ?? 'link'] ?? link;
  if (await copyText(text)) {
    group.querySelector('input[data-copy-manual]')?.remove();
    button.dataset.copied = '';
    window.setTimeout(() => delete button.dataset.copied, 2500);
    showStatus(group, t('link.copied'));
    announce(t('link.copiedAnnounce', { text }));
  } else {
    const failed = t('link.failed');
    showStatus(group, failed);
    announce(failed);
    showManual(group, text);
  }
});
