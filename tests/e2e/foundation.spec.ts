// The page contracts of docs/contracts.md on the built site: home, entry, component listing, language
// chooser, language switch, 404, theme and phone layout.
import { expect, test } from '@playwright/test';
import { activeEntries, exportedEntries } from '../helpers/exported-entries.ts';

const ENTRY = { id: "PAAS-007", slug: "paas-agent-wont-start" };

test.describe('home pages', () => {
  for (const [lang, htmlLang, heading] of [
    ['zh', 'zh-CN', '按组件浏览'],
    ['en', 'en', 'Browse by component'],
  ] as const) {
    test(`/${lang}/ groups entries by component with counts`, async ({ page, request }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
      const cards = page.locator('.component-card');
      expect(await cards.count()).toBeGreaterThan(3);
      // The counts add up to every entry of the knowledge base.
      const counts = await page.locator('.component-card [data-count]').evaluateAll((els) =>
        els.map((e) => Number(e.getAttribute('data-count'))),
      );
      expect(counts.reduce((a, b) => a + b, 0)).toBe(activeEntries(await exportedEntries(request)).length);
      // The search box is a combobox (it owns a results popup; a searchbox may not carry aria-expanded).
      await expect(page.getByRole('combobox').first()).toBeVisible();
    });
  }
});

test('an entry page carries its ID, symptom, causes with anchors and review date', async ({ page }) => {
  await page.goto(`/zh/faq/${ENTRY.slug}/`);
  const article = page.locator(`article[data-entry-id="${ENTRY.id}"]`);
  await expect(article).toBeVisible();
  await expect(article.locator('.entry-id')).toHaveText(ENTRY.id);
  await expect(article.getByRole('heading', { level: 1 })).toContainText('paas_agent');
  await expect(article.getByRole('heading', { name: '现象' })).toBeVisible();
  const causes = article.locator('[id^="cause-"]');
  expect(await causes.count()).toBeGreaterThanOrEqual(4);
  await expect(article.locator('#cause-port-in-use')).toBeVisible();
  await expect(article.locator('time[datetime]')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('head links: canonical, hreflang alternates and x-default', async ({ page }) => {
  await page.goto(`/en/faq/${ENTRY.slug}/`);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`/en/faq/${ENTRY.slug}/$`));
  await expect(page.locator('link[hreflang="zh-CN"]')).toHaveAttribute('href', new RegExp(`/zh/faq/${ENTRY.slug}/$`));
  await expect(page.locator('link[hreflang="en"]')).toHaveAttribute('href', new RegExp(`/en/faq/${ENTRY.slug}/$`));
  await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', /\/zh\//);
});

test('a cause link in the table of contents lands on that cause', async ({ page }) => {
  await page.goto(`/en/faq/${ENTRY.slug}/`);
  await page.locator('.toc a[href="#cause-port-in-use"]').click();
  await expect(page).toHaveURL(/#cause-port-in-use$/);
  await expect(page.locator('#cause-port-in-use')).toBeInViewport();
});

test('the language switch goes to the same entry in the other language and remembers the choice', async ({ page }) => {
  await page.goto(`/zh/faq/${ENTRY.slug}/`);
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(new RegExp(`/en/faq/${ENTRY.slug}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
});

test('related entries link to other entries in the same language', async ({ page }) => {
  await page.goto('/en/faq/appt-502-bad-gateway/');
  const links = page.locator('.related a');
  expect(await links.count()).toBeGreaterThan(0);
  for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) {
    expect(href).toMatch(/^\/en\/faq\/[a-z0-9-]+\/$/);
  }
});

test('a component listing shows its entries and its count', async ({ page }) => {
  await page.goto('/en/components/paas_agent/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('paas_agent');
  await expect(page.locator(`a[href="/en/faq/${ENTRY.slug}/"]`)).toBeVisible();
});

test.describe('language chooser at /', () => {
  test.describe('English browser', () => {
    test.use({ locale: 'en-US' });
    test('goes to /en/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/en\/$/);
    });
  });
  test.describe('Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('goes to /zh/', async ({ page }) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/zh\/$/);
    });
  });
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('offers both languages as links', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh/');
      await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    });
  });
});

test('unknown addresses get a 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/en/faq/no-such-entry/');
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Page not found')).toBeVisible();
  await expect(page.getByText('页面不存在')).toBeVisible();
});

test('dark mode follows the system and the toggle overrides it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.locator('[data-theme-toggle]').click();
  await expect.poll(background).not.toBe(dark);
  await page.reload();
  await expect.poll(background).not.toBe(dark);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('entry pages do not scroll sideways', async ({ page }) => {
    for (const lang of ['zh', 'en']) {
      await page.goto(`/${lang}/faq/${ENTRY.slug}/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
  });

  test('a value in a table cell stays on one line: the table scrolls, the page does not', async ({ page, request }) => {
    const response = await request.get('/api/entries.json');
    const { entries } = (await response.json()) as { entries: { status: string; url: Record<string, string> }[] };
    let cells = 0;
    for (const e of entries.filter((x) => x.status === 'active')) {
      for (const url of Object.values(e.url)) {
        await page.goto(new URL(url).pathname);
        const lines = await page.locator('.prose td > code').evaluateAll((els) => els.map((el) => el.getClientRects().length));
        for (const n of lines) expect(n, `${url}: a table value broken over lines`).toBe(1);
        cells += lines.length;
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), url).toBeLessThanOrEqual(0);
      }
    }
    expect(cells).toBeGreaterThan(0);
  });
});

test('a sitemap lists the pages of both languages', async ({ request }) => {
  const index = await request.get('/sitemap-index.xml');
  expect(index.ok()).toBe(true);
  const body = await (await request.get('/sitemap-0.xml')).text();
  expect(body).toContain(`/zh/faq/${ENTRY.slug}/`);
  expect(body).toContain(`/en/faq/${ENTRY.slug}/`);
});
