// What the header policy nginx sends (deploy/nginx/kb-headers.conf) does in a browser: no other page
// can frame the site, and the site itself still runs without a single violation, search included.
import { expect, test } from '@playwright/test';
import { sampleQuery } from '../../tools/lib/page-cost.ts';
import { expectClean, watch } from '../helpers/page-watch.ts';

test("a page framed by another page is refused (frame-ancestors 'none')", async ({ page, baseURL }) => {
  const refused: string[] = [];
  page.on('console', (m) => void (/frame-ancestors/.test(m.text()) && refused.push(m.text())));
  await page.setContent(`<iframe id="kb" src="${new URL('en/', `${baseURL}/`.replace(/\/\/$/, '/')).href}"></iframe>`);
  await expect.poll(() => refused.length, { message: "Chromium reports the frame refused by frame-ancestors 'none'" }).toBeGreaterThan(0);
  // The frame holds the browser's error page, not the site's (every page of the site has html[data-base]).
  await expect(page.frameLocator('#kb').locator('html[data-base]')).toHaveCount(0);
});

test('entry, search with a query, and wizard run under the header policy without a violation', async ({ page, context, baseURL }) => {
  const base = `${baseURL}/`.replace(/\/\/$/, '/');
  const w = await watch(context, page, new URL(base).origin);
  const response = await page.goto(`${base}en/search/?q=${encodeURIComponent(sampleQuery('en'))}`);
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
  const first = page.locator('[data-search-results] > [data-entry-id]').first();
  const id = await first.getAttribute('data-entry-id');
  await first.locator('a.search-result__title').click();
  await expect(page.locator('main')).toContainText(id ?? 'no result');
  await page.goto(`${base}zh/wizard/`);
  await expect(page.locator('h1')).toBeVisible();
  expectClean(w);
});
