// Measures what a page costs in a real browser: every response received from navigation until the
// network is idle (no interaction), then, optionally, what a first search from the header box adds.
// Shared by `npm run bench:budget` and the budget gate in tests/e2e/budget.spec.ts, so the number
// the gate checks is the number the bench prints.
//
// tools/serve.ts (sirv) sends files uncompressed, as many intranet servers do, so the gzip size
// of each body is computed here (zlib level 6, the default of `gzip`) rather than read off the wire.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { resourceKind, type Transfer } from './page-budget.ts';

export interface PageMeasure {
  url: string;
  /** Everything fetched before the reader does anything. */
  load: Transfer[];
  /** What the first search added (only when a query was given). */
  search?: Transfer[];
}

/**
 * Collects transfers on a page. `quiet()` resolves once no request has been in flight for `ms`
 * (Playwright's own 'networkidle' only applies to a navigation, not to what a click or a keystroke
 * starts); `take()` waits for pending bodies and returns what came so far.
 */
export function watchTransfers(page: Page): { quiet(ms?: number): Promise<void>; take(): Promise<Transfer[]> } {
  let pending: Promise<Transfer>[] = [];
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (d: number) => {
    inFlight += d;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  page.on('response', (res: Response) => {
    pending.push(transfer(res));
  });
  return {
    async quiet(ms = 500) {
      // A request that never ends (a long poll, say) must not hang the bench: give up after 15 s.
      const deadline = Date.now() + 15_000;
      while ((inFlight > 0 || Date.now() - lastChange < ms) && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 50));
    },
    async take() {
      const taken = pending;
      pending = [];
      return Promise.all(taken);
    },
  };
}

async function transfer(res: Response): Promise<Transfer> {
  const url = res.url();
  const kind = resourceKind(url, res.headers()['content-type'] ?? '');
  // A redirect has no body; it still costs a request.
  const body = await res.body().catch(() => Buffer.alloc(0));
  const sizes = await res.request().sizes().catch(() => null);
  return {
    url,
    kind,
    raw: body.length,
    gzip: body.length === 0 ? 0 : gzipSync(body, { level: 6 }).length,
    ...(sizes ? { sent: sizes.responseBodySize } : {}),
  };
}

const HEADER_BOX = 'form[data-search-box="header"]';

/** A query per language that finds real entries, for the benches' search pages and first searches. */
const SAMPLE_QUERIES: Partial<Record<string, string>> & { en: string } = { zh: '登录无限跳转', en: 'paas_agent license expired' };

/** The sample query for a language; a language without one uses the English query. */
export function sampleQuery(lang: string): string {
  return SAMPLE_QUERIES[lang] ?? SAMPLE_QUERIES.en;
}

/**
 * Opens `url` in a fresh browser context (cold cache, like a first visit) and records its cost.
 * With `search`, then types that query into the header search box and records what the first
 * search fetches once the results are shown.
 */
export async function measurePage(browser: Browser, url: string, options: { search?: string } = {}): Promise<PageMeasure> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const watch = watchTransfers(page);
    const res = await page.goto(url, { waitUntil: 'load' });
    if (!res || res.status() >= 400) throw new Error(`${url} answered ${res?.status() ?? 'nothing'}`);
    // Idle-time work (deferred scripts, lazy images) counts as part of the page.
    await page.waitForLoadState('networkidle');
    const load = await watch.take();
    if (options.search === undefined) return { url, load };
    const input = page.locator(`${HEADER_BOX} input[name="q"]`);
    await input.focus();
    await input.fill(options.search);
    await page.waitForFunction(
      ([sel, q]) => document.querySelector<HTMLElement>(sel)?.dataset.renderedQuery === q,
      [HEADER_BOX, options.search] as const,
      { timeout: 15_000 },
    );
    await watch.quiet();
    return { url, load, search: await watch.take() };
  } finally {
    await context.close();
  }
}

export interface EntryPage {
  lang: string;
  slug: string;
  /** Path under the base, e.g. `zh/faq/login-redirect-loop/`. */
  path: string;
  /** Size of the built HTML, to pick the heaviest page without a browser. */
  htmlBytes: number;
}

/**
 * Every entry page of a build: `<lang>/faq/<slug>/index.html` holding an entry article (redirect
 * stubs for renamed slugs hold none and are left out; retired-entry stubs are entry pages).
 */
export function entryPages(distDir: string): EntryPage[] {
  const out: EntryPage[] = [];
  for (const lang of readdirSync(distDir).filter((d) => existsSync(join(distDir, d, 'faq')))) {
    for (const slug of readdirSync(join(distDir, lang, 'faq')).sort()) {
      const file = join(distDir, lang, 'faq', slug, 'index.html');
      if (!existsSync(file)) continue;
      const html = readFileSync(file);
      if (!/<article\b[^>]*\bdata-entry-id=/.test(html.toString('utf8'))) continue;
      out.push({ lang, slug, path: `${lang}/faq/${slug}/`, htmlBytes: html.length });
    }
  }
  return out;
}
