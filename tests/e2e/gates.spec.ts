// Quality gates over every page type in both languages (decision 0800). For each page, with
// JavaScript: axe (WCAG 2.x A/AA + best practice) finds nothing, the console stays free of errors,
// no script throws, the Content-Security-Policy blocks nothing, and no request leaves the origin.
// Again in dark mode and on a phone for the main pages. Without JavaScript: the page is readable,
// has its h1, and its links lead somewhere useful. The page list comes from the built content
// (tests/helpers/gate-pages.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { gatePages, readExport, richestEntry, type GatePage } from '../helpers/gate-pages.ts';
import { expectClean, watch } from '../helpers/page-watch.ts';

const PAGES = gatePages();
const ENTRY = richestEntry(readExport());
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const entryPath = (lang: string) => new URL(ENTRY.url[lang as 'zh' | 'en']).pathname;

async function axe(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}

/** Waits until the page has done what it does on load, and checks that it did. */
async function settle(page: Page, p: GatePage): Promise<void> {
  switch (p.kind) {
    case 'search': {
      await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
      await expect(page.locator('[data-search-results] > [data-entry-id]').first()).toHaveAttribute('data-entry-id', ENTRY.id);
      break;
    }
    case 'wizard': {
      const url = new URL(p.path, 'http://x');
      if (url.searchParams.get('result') === 'fixed') await expect(page.locator('[data-fixed-id]')).toHaveText(ENTRY.id);
      else if (url.searchParams.has('cause'))
        await expect(page.locator('[data-candidates] > .wizard-candidate[data-state="current"] .wizard-cause[data-state="current"]')).toHaveAttribute('data-cause', url.searchParams.get('cause')!);
      else await expect(page.locator('[data-panel="where"]').getByRole('radio').first()).toBeVisible();
      break;
    }
    case 'permalink':
    case 'moved': {
      // JS sends the reader to the entry in their language, keeping the cause anchor.
      const hash = new URL(p.path, 'http://x').hash;
      await expect(page).toHaveURL(new RegExp(`/(zh|en)/faq/[a-z0-9-]+/${hash.replace(/[-#]/g, '\\$&')}$`));
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
      if (hash) await expect(page.locator(hash)).toBeInViewport();
      break;
    }
    case 'root':
      await expect(page).toHaveURL(/\/(zh|en)\/$/);
      break;
    case 'entry':
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
      break;
    default:
      break;
  }
  await page.waitForLoadState('networkidle');
  await expect(page.locator('main h1, main [role="heading"][aria-level="1"]').first()).toBeVisible();
}

async function open(page: Page, p: GatePage): Promise<void> {
  const response = await page.goto(p.path);
  expect(response?.status(), `status of ${p.path}`).toBe(p.notFound ? 404 : 200);
}

test.describe('gates with JavaScript', () => {
  for (const p of PAGES) {
    test(`${p.name}: axe, console, CSP, same origin`, async ({ page, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const w = await watch(context, page, origin, p.notFound ? new URL(p.path, origin).href : undefined);
      await open(page, p);
      await settle(page, p);
      if (p.kind === 'entry') {
        // Search from the header box loads Pagefind (wasm + worker) under the page's policy.
        await page.locator('#site-search-input').fill(ENTRY.signatures[0] ?? ENTRY.id);
        await expect(page.locator('#site-search-input-results [data-entry-id]').first()).toBeVisible({ timeout: 20_000 });
        await page.locator('#site-search-input').press('Escape');
      }
      await axe(page);
      expectClean(w);
    });
  }
});

/** The pages whose looks change most with the colour scheme and the width. */
const MAIN_KINDS = new Set(['home', 'entry', 'search', 'wizard', 'component']);
const mainPages = PAGES.filter((p) => MAIN_KINDS.has(p.kind) && !p.path.includes('#q=') && !p.path.endsWith('/wizard/'));

for (const [label, options] of [
  ['dark mode', { colorScheme: 'dark' as const }],
  ['phone', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true }],
] as const) {
  test.describe(`gates in ${label}`, () => {
    test.use(options);
    for (const p of mainPages) {
      test(`${p.name} (${label}): axe, console, CSP, same origin`, async ({ page, context, baseURL }) => {
        const origin = new URL(baseURL!).origin;
        const w = await watch(context, page, origin);
        await open(page, p);
        await settle(page, p);
        if (label === 'dark mode') expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        else expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        await axe(page);
        expectClean(w);
      });
    }
  });
}

test.describe('gates without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const p of PAGES) {
    test(`${p.name}: readable, h1, links that work`, async ({ page, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const w = await watch(context, page, origin, p.notFound ? new URL(p.path, origin).href : undefined);
      await open(page, p);
      if (p.kind === 'moved') {
        // The <noscript> meta refresh takes the reader to the entry.
        await expect(page).toHaveURL(new RegExp(`${entryPath(p.lang)}$`));
      }
      const main = page.locator('main');
      await expect(main).toBeVisible();
      await expect(main.locator('h1')).toBeVisible();
      expect((await main.innerText()).trim().length, 'text in <main>').toBeGreaterThan(20);

      // Every link in the header and footer answers 200 (the language switch, home, wizard).
      const chrome = await page.locator('header a[href], footer a[href], nav a[href]').evaluateAll((els) => els.map((e) => (e as HTMLAnchorElement).href));
      for (const href of new Set(chrome)) {
        const r = await page.request.get(href);
        expect(r.status(), href).toBe(200);
      }

      // The page's own way on, followed by a click.
      const next = await nextStep(page, p);
      await next.click();
      await expect(page.locator('main h1')).toBeVisible();
      expect(page.url()).not.toBe(new URL(p.path, origin).href);
      expectClean(w);
    });
  }
});

/** The link a reader without JS follows from this page, after checking what the page promises. */
async function nextStep(page: Page, p: GatePage) {
  const lang = p.lang;
  switch (p.kind) {
    case 'home':
      return page.locator(`main a[href="/${lang}/components/${ENTRY.component}/"]`).first();
    case 'component':
      return page.locator('main a[href*="/faq/"]').first();
    case 'moved':
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
      return page.locator('header a.site-title');
    case 'entry': {
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
      for (const c of ENTRY.causes) await expect(page.locator(`#${c.anchor}`)).toBeVisible();
      return page.locator('header a.site-title');
    }
    case 'search': {
      // Search cannot run without JS; the page says so and offers the ways that work.
      const notice = page.locator('main noscript, main .notice').filter({ hasText: lang === 'zh' ? 'JavaScript' : 'JavaScript' });
      await expect(notice.first()).toBeVisible();
      await expect(page.locator('[data-search-results] > *')).toHaveCount(0);
      await expect(page.locator('[data-search-status]')).not.toHaveText(/\S/);
      await expect(notice.first().locator(`a[href="/${lang}/wizard/"]`)).toBeVisible();
      return notice.first().locator(`a[href="/${lang}/"]`);
    }
    case 'wizard': {
      // Whatever state the URL holds, the index links a page per place, whose classes link every entry.
      const index = page.locator('[data-wizard-index]');
      await expect(index).toBeVisible();
      return index.locator(`a[href="/${lang}/wizard/place/${ENTRY.where[0]}/"]`);
    }
    case 'permalink': {
      const hash = new URL(p.path, 'http://x').hash;
      const links = page.locator('main a[data-lang-choice]');
      await expect(links).toHaveCount(2);
      for (const l of ['zh', 'en']) await expect(page.locator(`main a[data-lang-choice="${l}"]`)).toHaveAttribute('href', entryPath(l));
      // The cause anchor stays in the address bar; a link to the entry page lands there without JS
      // only if the reader's browser keeps it, so check the anchor exists on the target.
      if (hash) {
        const html = await (await page.request.get(entryPath('en'))).text();
        expect(html).toContain(`id="${hash.slice(1)}"`);
      }
      return page.locator('main a[data-lang-choice="en"]');
    }
    case 'root':
      await expect(page.locator('main a[data-lang-choice]')).toHaveCount(2);
      return page.locator('main a[data-lang-choice="en"]');
    case 'not-found':
      return page.locator(`main a[href="/${lang === 'zh' ? 'zh' : 'en'}/"]`).first();
    case 'retired':
      return page.locator('main a[data-successor]');
  }
}
