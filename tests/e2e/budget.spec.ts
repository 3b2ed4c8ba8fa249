// The page budget (issue 8): an entry page costs a first-time reader <= 30 KB gzip in total and
// <= 10 KB gzip of JavaScript until they open search. Byte counts, not timings, so the gate is
// deterministic. Same measuring code as `npm run bench:budget` (scripts/lib/page-cost.ts).
import { expect, test } from '@playwright/test';
import { entryPages, measurePage } from '../../scripts/lib/page-cost.ts';
import { ENTRY_PAGE_BUDGET, kb, overBudget, pageCost } from '../../src/lib/page-budget.ts';
import { DIST } from '../helpers/dist.ts';

const entries = entryPages(DIST);
const SEARCH_ASSET = /\/pagefind\/|\/search\/entries\.json|search-client/;

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
      eager.push(...m.load.filter((t) => SEARCH_ASSET.test(t.url)).map((t) => `${e.path}: ${t.url}`));
    }
    expect(over, 'entry pages over budget').toEqual([]);
    expect(eager, 'search assets fetched before search was opened').toEqual([]);
  });
}

test('opening search on an entry page fetches the search code then, and the page still works', async ({ browser, baseURL }) => {
  const heaviest = entries.filter((e) => e.lang === 'en').sort((a, b) => b.htmlBytes - a.htmlBytes)[0];
  const m = await measurePage(browser, `${baseURL}/${heaviest.path}`, { search: 'paas_agent license expired' });
  expect(m.load.filter((t) => SEARCH_ASSET.test(t.url))).toEqual([]);
  expect(m.search?.some((t) => /pagefind\.js$/.test(t.url))).toBe(true);
});
