// Copy buttons for tickets (components/CopyLinks.astro). The text to copy is already in the button's
// data-copy attribute (built from SITE_URL at build time); this only puts it on the clipboard, says so,
// and when the browser refuses, shows the text selected so the reader can press Ctrl+C.
import { announce, copyText } from './clipboard.ts';

const timers = new WeakMap<HTMLElement, number>();

function showStatus(group: HTMLElement, message: string): void {
  const status = group.querySelector<HTMLElement>('[data-copy-status]');
  if (!status) return;
  status.textContent = message;
  window.clearTimeout(timers.get(status));
  timers.set(
    status,
    window.setTimeout(() => {
      status.textContent = '';
    }, 2500),
  );
}

function showManual(group: HTMLElement, text: string): void {
  let input = group.querySelector<HTMLInputElement>('input[data-copy-manual]');
  if (!input) {
    input = document.createElement('input');
    input.type = 'text';
    input.readOnly = true;
    input.className = 'copy-links__manual';
    input.dataset.copyManual = '';
    input.setAttribute('aria-label', group.dataset.manualLabel ?? 'Copy');
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
  const text = button.dataset.copy ?? '';
  if (await copyText(text)) {
    group.querySelector('input[data-copy-manual]')?.remove();
    button.dataset.copied = '';
    window.setTimeout(() => delete button.dataset.copied, 2500);
    showStatus(group, group.dataset.copiedLabel ?? '✓');
    announce((group.dataset.copiedAnnounce ?? '{text}').replace('{text}', text));
  } else {
    const failed = group.dataset.failedLabel ?? '';
    showStatus(group, failed);
    announce(failed);
    showManual(group, text);
  }
});
