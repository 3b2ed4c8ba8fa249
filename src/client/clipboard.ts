// Copy text on any origin. `navigator.clipboard` exists only in a secure context (https or
// localhost); our readers often open the site over plain http on an intranet host name, where the
// old execCommand('copy') on a hidden textarea is the only way. Shared by every copy button.
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Permission refused or document not focused: fall back below.
    }
  }
  return copyWithTextarea(text);
}

function copyWithTextarea(text: string): boolean {
  const active = document.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '0';
  area.style.left = '0';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  area.setSelectionRange(0, text.length);
  let ok = false;
  try {
    // Deprecated but still the only copy path without navigator.clipboard (plain-http intranet
    // hosts); typed locally so the deprecation notice does not hide real hints in `astro check`.
    ok = (document as unknown as { execCommand(command: string): boolean }).execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return ok;
}

let region: HTMLElement | undefined;
/** Says `message` to screen readers through one shared polite live region. */
export function announce(message: string): void {
  if (!region) {
    region = document.createElement('div');
    region.className = 'visually-hidden';
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    document.body.append(region);
  }
  region.textContent = '';
  // A new text node after clearing makes screen readers repeat the same message on a second copy.
  window.setTimeout(() => {
    if (region) region.textContent = message;
  }, 50);
}
