// The site deployed under /docs/kb/ with SITE_URL=http://kb.example.test (docs/decisions/0700): pages,
// assets, permalinks, redirects, copied links and search all stay under the base path.
import { expect, test } from '@playwright/test';
import { SUBPATH } from '../../tools/lib/subpath.ts';

const BASE = SUBPATH.base;
const ENTRY = { id: 'PAAS-007', slug: 'paas-agent-wont-start', oldSlug: 'paas-agent-start-failed', cause: 'port-in-use' };

test.describe('English browser', () => {
  test.use({ locale: 'en-US' });
  test('the base path opens the English home, with its styles', async ({ page }) => {
    await page.goto('');
    await expect(page).toHaveURL(new RegExp(`${BASE}en/$`));
    // global.css loaded: the body uses the site font stack, not the browser default.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  });

  test('a permalink keeps the base path and the #cause anchor', async ({ page }) => {
    await page.goto(`kb/${ENTRY.id}/#cause-${ENTRY.cause}`);
    await expect(page).toHaveURL(new RegExp(`${BASE}en/faq/${ENTRY.slug}/#cause-${ENTRY.cause}$`));
    await expect(page.locator(`#cause-${ENTRY.cause}`)).toBeInViewport();
  });
});

test('an entry page loads every asset from under the base path, none fails', async ({ page }) => {
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failures.push(`failed ${r.url()}`));
  await page.goto(`zh/faq/${ENTRY.slug}/`);
  await page.waitForLoadState('networkidle');
  expect(failures).toEqual([]);
  expect(requests.length).toBeGreaterThan(2);
  expect(requests.filter((p) => !p.startsWith(BASE))).toEqual([]);
});

test('every link on an entry page stays under the base path', async ({ page }) => {
  await page.goto(`en/faq/${ENTRY.slug}/`);
  const hrefs = await page.locator('a[href], link[href], script[src], form[action]').evaluateAll((els) =>
    els.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? ''),
  );
  const internal = hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('http'));
  expect(internal.length).toBeGreaterThan(10);
  expect(internal.filter((h) => !h.startsWith(BASE))).toEqual([]);
});

test('the language switch stays under the base path', async ({ page }) => {
  await page.goto(`zh/faq/${ENTRY.slug}/`);
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}en/faq/${ENTRY.slug}/$`));
});

test('an old slug redirects under the base path', async ({ page }) => {
  await page.goto(`en/faq/${ENTRY.oldSlug}/#cause-${ENTRY.cause}`);
  await expect(page).toHaveURL(new RegExp(`${BASE}en/faq/${ENTRY.slug}/#cause-${ENTRY.cause}$`));
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('copied Markdown uses SITE_URL and the base path', async ({ page }) => {
    await page.goto(`en/faq/${ENTRY.slug}/`);
    await page.locator(`#cause-${ENTRY.cause}`).getByRole('button', { name: /^Copy Markdown/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `[${ENTRY.id} paas_agent will not start after installation](${SUBPATH.site}${BASE}kb/${ENTRY.id}/#cause-${ENTRY.cause})`,
    );
  });
});

test('the header search runs under the base path and finds the entry', async ({ page }) => {
  await page.goto('en/');
  const box = page.getByRole('combobox').first(); // the header search box (a combobox: it owns a results popup)
  await box.fill('paas_agent license expired');
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}en/search/\\?q=`));
  await expect(page.locator(`[data-entry-id="${ENTRY.id}"]`).first()).toBeVisible();
});

test('the wizard opens under the base path', async ({ page }) => {
  const response = await page.goto('zh/wizard/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${BASE}zh/wizard/`));
  // A cause picked from the list opens at its own address under the base path, its check and fix
  // read from the entry page there.
  await page.goto('zh/wizard/?where=service-start&class=agent-wont-start');
  const cause = page.locator(`.wizard-cause[data-cause="${ENTRY.cause}"]`);
  await page.locator('.wizard-cause').nth(1).locator('a[href]').click();
  await expect(page).toHaveURL(new RegExp(`${BASE}zh/wizard/\\?where=service-start&class=agent-wont-start&entry=${ENTRY.id}&cause=[a-z0-9-]+$`));
  await expect(page.locator('.wizard-cause').nth(1)).toHaveAttribute('data-state', 'current');
  await expect(page.locator('.wizard-cause[data-state="current"] .prose').first()).not.toBeEmpty();
  await cause.locator('a[href]').click();
  await expect(cause).toHaveAttribute('data-state', 'current');
});

test('feeds and the API are served under the base path with SITE_URL links', async ({ request }) => {
  const api = await request.get('api/entries.json');
  expect(api.ok()).toBe(true);
  expect((await api.json()).site).toBe(`${SUBPATH.site}${BASE}`);
  const feed = await request.get('en/feed.xml');
  expect(feed.ok()).toBe(true);
  expect(await feed.text()).toContain(`href="${SUBPATH.site}${BASE}en/faq/${ENTRY.slug}/"`);
});
