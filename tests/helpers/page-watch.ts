// What the e2e gates and the hostile-input tests fail on, recorded while a page runs: requests to
// another origin, console errors, uncaught exceptions, Content-Security-Policy violations, dialogs.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export interface Watch {
  offsite: string[];
  errors: string[];
  csp: string[];
  dialogs: string[];
}

/**
 * Records everything a gate fails on: requests to another origin (aborted, so none ever leaves),
 * console errors, uncaught exceptions and CSP violations (the securitypolicyviolation event and
 * Chromium's "Refused to …" console line). Set up before the first navigation.
 */
export async function watch(context: BrowserContext, page: Page, origin: string, allow404Document?: string): Promise<Watch> {
  const w: Watch = { offsite: [], errors: [], csp: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin) {
      w.offsite.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  await context.exposeBinding('__kbCspViolation', (_source, line: string) => void w.csp.push(line));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __kbCspViolation(l: string): void }).__kbCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) w.csp.push(msg.text());
    if (msg.type() !== 'error') return;
    // The 404 page is served with status 404, which Chromium logs for the document itself.
    if (allow404Document && msg.location().url === allow404Document && /status of 404/.test(msg.text())) return;
    w.errors.push(`${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => w.errors.push(`uncaught: ${err.message}`));
  // alert(1) and friends: a dialog means injected script ran.
  page.on('dialog', (d) => {
    w.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  return w;
}

export function expectClean(w: Watch): void {
  expect(w.offsite, 'requests outside the origin').toEqual([]);
  expect(w.csp, 'Content-Security-Policy violations').toEqual([]);
  expect(w.errors, 'console errors and uncaught exceptions').toEqual([]);
  expect(w.dialogs, 'dialogs opened').toEqual([]);
}

/** Hostile inputs set window.__pwned when they run; it must stay unset. */
export async function expectNothingRan(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), 'window.__pwned').toBeUndefined();
  // Nothing a payload carries may have become an element.
  expect(await page.locator('img[src="x"], svg[onload], [onerror], [onload], script:not([src]):not([type="application/json"])').count(), 'injected elements').toBe(0);
}
