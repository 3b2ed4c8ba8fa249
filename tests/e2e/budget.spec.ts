// The page budget (ENTRY_PAGE_BUDGET, tools/lib/page-budget.ts; the reasons in
// docs/benchmarks-pages.md): what an entry page may cost a first-time reader, in total and in
// JavaScript, until they open search. Byte counts, not timings, so the gate is deterministic. Same
// measuring code as `npm run bench:budget` (tools/lib/page-cost.ts).
import { expect, test } from '@playwright/test';
import { entryPages, measurePage, sampleQuery } from '../../tools/lib/page-cost.ts';
import { ENTRY_PAGE_BUDGET, kb, overBudget, pageCost } from '../../tools/lib/page-budget.ts';
import { SEARCH_INDEX_URL } from '../../src/lib/search/index-location.ts';
import { DIST } from '../helpers/dist.ts';

const entries = entryPages(DIST);
const isSearchAsset = (url: string) => /\/pagefind\/|search-client/.test(url) || SEARCH_INDEX_URL.test(url);

test('the build has entry pages in both languages to measure', () => {
  expect(entries.filter((e) => e.lang === 'zh').length).toBeGreaterThan(0);
  expect(entries.filter((e) => e.lang === 'en').length).toBeGreaterThan(0);
});

for (const lang of ['zh', 'en']) {
  test(`every ${lang} entry page fits the budget (${kb(ENTRY_PAGE_BUDGET.totalGzip)} gzip, ${kb(ENTRY_PAGE_BUDGET.jsGzip)} JS) and loads no search code before search is used`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const over: string[] = [];
    const eager: string[] = [];
    for (const e of entries.filter((x) => x.lang === lang)) {
      const m = await measurePage(browser, `${baseURL}/${e.path}`);
      const cost = pageCost(m.load);
      // A page that measured nothing would pass any budget: make sure the page itself was counted.
      expect(cost.byKind.html.count, e.path).toBe(1);
      expect(cost.byKind.js.count, e.path).toBeGreaterThan(0);
      const why = overBudget(cost);
      if (why.length) over.push(`${e.path}: ${why.join('; ')}`);
      eager.push(...m.load.filter((t) => isSearchAsset(t.url)).map((t) => `${e.path}: ${t.url}`));
    }
    expect(over, 'entry pages over budget').toEqual([]);
    expect(eager, 'search assets fetched before search was opened').toEqual([]);
  });
}

test('opening search on an entry page fetches the search code then, and the page still works', async ({ browser, baseURL }) => {
  const heaviest = entries.filter((e) => e.lang === 'en').sort((a, b) => b.htmlBytes - a.htmlBytes)[0];
  const m = await measurePage(browser, `${baseURL}/${heaviest.path}`, { search: sampleQuery('en') });
  expect(m.load.filter((t) => isSearchAsset(t.url))).toEqual([]);
  expect(m.search?.some((t) => /pagefind\.js$/.test(t.url))).toBe(true);
});

// Lighthouse (mobile) counts layout shift in performance and small touch targets in accessibility;
// these check the same things without Lighthouse's timing noise, on a phone-sized viewport.
test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

  for (const path of ['zh/faq/esb-custom-component-third-party-package/', 'en/faq/login-redirect-loop/', 'en/search/?q=login']) {
    test(`nothing on ${path} moves while its scripts add the theme toggle, environment panel, copy buttons or results`, async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __cls: number };
        w.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`/${path}`);
      await expect(page.locator('[data-theme-toggle]')).toBeVisible();
      if (path.includes('/search/')) await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
      await page.waitForLoadState('networkidle');
      // Any visible shift fails: the bar is far below what Lighthouse calls "good" (< 0.1).
      expect(await page.evaluate(() => (window as unknown as { __cls: number }).__cls)).toBeLessThan(0.01);
    });
  }

  test('each per-command copy button is a 24x24 px target that overlaps no other', async ({ page }) => {
    await page.goto('/zh/faq/esb-custom-component-third-party-package/');
    const boxes = await page.locator('.code-copy-cmd').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(1);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    // Two targets overlap when their rectangles share an area (touching edges do not count).
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const overlapping: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b, j) => {
        if (overlaps(a, b)) overlapping.push(`button ${i} (${a.left},${a.top}) and button ${i + 1 + j} (${b.left},${b.top})`);
      }),
    );
    expect(overlapping).toEqual([]);
  });
});
