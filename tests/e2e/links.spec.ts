// Links for tickets on the root build: permalinks pick the reader's language and keep
// #cause anchors, copy buttons put exactly the promised text on the clipboard, renamed slugs redirect,
// and the data for tools (feeds, /api/entries.json) is there.
import { expect, test, type Page } from '@playwright/test';
import { normaliseSite } from '../../src/lib/deploy.ts';
import { FEED_SIZE } from '../../src/lib/listing.ts';
import { activeEntries, exportedEntries } from '../helpers/exported-entries.ts';

const SITE = normaliseSite(process.env.SITE_URL);
const BASE = '/';
const ENTRY = { id: 'PAAS-007', slug: 'paas-agent-wont-start', oldSlug: 'paas-agent-start-failed', cause: 'port-in-use', causes: 7 };

async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('permalinks', () => {
  test.describe('English browser', () => {
    test.use({ locale: 'en-US' });
    test('/kb/<ID>/ opens the English entry', async ({ page }) => {
      await page.goto(`kb/${ENTRY.id}/`);
      await expect(page).toHaveURL(new RegExp(`/en/faq/${ENTRY.slug}/$`));
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
    test('/kb/<ID>/#cause-<key> keeps the anchor and shows that cause', async ({ page }) => {
      await page.goto(`kb/${ENTRY.id}/#cause-${ENTRY.cause}`);
      await expect(page).toHaveURL(new RegExp(`/en/faq/${ENTRY.slug}/#cause-${ENTRY.cause}$`));
      await expect(page.locator(`#cause-${ENTRY.cause}`)).toBeInViewport();
    });
    test('a language chosen earlier wins over the browser language', async ({ page }) => {
      await page.goto(`en/faq/${ENTRY.slug}/`);
      await page.locator('[data-lang-switch="zh"]').click();
      await expect(page).toHaveURL(new RegExp(`/zh/faq/${ENTRY.slug}/$`));
      await page.goto(`kb/${ENTRY.id}/`);
      await expect(page).toHaveURL(new RegExp(`/zh/faq/${ENTRY.slug}/$`));
    });
  });

  test.describe('Chinese browser', () => {
    test.use({ locale: 'zh-CN' });
    test('/kb/<ID>/ opens the Chinese entry', async ({ page }) => {
      await page.goto(`kb/${ENTRY.id}/#cause-${ENTRY.cause}`);
      await expect(page).toHaveURL(new RegExp(`/zh/faq/${ENTRY.slug}/#cause-${ENTRY.cause}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the permalink page links the entry in both languages', async ({ page }) => {
      await page.goto(`kb/${ENTRY.id}/`);
      await expect(page.locator(`a[hreflang="zh-CN"]`)).toHaveAttribute('href', `${BASE}zh/faq/${ENTRY.slug}/`);
      await expect(page.locator(`a[hreflang="en"]`)).toHaveAttribute('href', `${BASE}en/faq/${ENTRY.slug}/`);
    });
  });
});

test.describe('renamed entries', () => {
  test('an old slug redirects to the current page and keeps #cause', async ({ page }) => {
    await page.goto(`en/faq/${ENTRY.oldSlug}/#cause-license-expired`);
    await expect(page).toHaveURL(new RegExp(`/en/faq/${ENTRY.slug}/#cause-license-expired$`));
    await expect(page.locator('#cause-license-expired')).toBeInViewport();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('an old slug still leads to the current page', async ({ page }) => {
      await page.goto(`zh/faq/${ENTRY.oldSlug}/`);
      await expect(page).toHaveURL(new RegExp(`/zh/faq/${ENTRY.slug}/$`));
      await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
    });
  });
});

test.describe('copy buttons for tickets', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('zh: a cause copies as [ID 标题](SITE_URL/kb/ID/#cause-key)', async ({ page }) => {
    await page.goto(`zh/faq/${ENTRY.slug}/`);
    const title = (await page.locator('article h1').textContent())!.trim();
    const cause = page.locator(`#cause-${ENTRY.cause}`);
    await cause.getByRole('button', { name: /^复制 Markdown/ }).click();
    await expect(cause.locator('[data-copy-status]')).toHaveText('已复制');
    expect(await clipboard(page)).toBe(`[${ENTRY.id} ${title}](${SITE}${BASE}kb/${ENTRY.id}/#cause-${ENTRY.cause})`);
    expect(title).toBe('环境安装完成后，paas_agent 服务启动不了');
  });

  test('en: the title copies as link, Markdown and text', async ({ page }) => {
    await page.goto(`en/faq/${ENTRY.slug}/`);
    const header = page.locator('.entry__header');
    const permalink = `${SITE}${BASE}kb/${ENTRY.id}/`;
    await header.getByRole('button', { name: 'Copy link' }).click();
    expect(await clipboard(page)).toBe(permalink);
    await header.getByRole('button', { name: 'Copy Markdown' }).click();
    expect(await clipboard(page)).toBe(`[${ENTRY.id} paas_agent will not start after installation](${permalink})`);
    await header.getByRole('button', { name: 'Copy text' }).click();
    expect(await clipboard(page)).toBe(`${ENTRY.id} paas_agent will not start after installation — ${permalink}`);
  });

  test('every cause has its own buttons, named "Copy …" / "复制…"', async ({ page }) => {
    for (const [lang, word] of [['en', 'Copy'], ['zh', '复制']] as const) {
      await page.goto(`${lang}/faq/${ENTRY.slug}/`);
      // Only the ticket buttons: code blocks carry their own "Copy" buttons.
      const buttons = page.locator('article [data-copy-links]').getByRole('button', { name: new RegExp(word) });
      await expect(buttons).toHaveCount(3 * (1 + ENTRY.causes));
      // A cause button's name says which cause, so a screen-reader list of buttons is not 8 × "Copy link".
      await expect(page.locator(`#cause-invalid-sid-token [data-copy-links]`).getByRole('button', { name: new RegExp(`^${word}.*2`) })).toHaveCount(3);
    }
  });

  test('the copied link works: it opens the cause', async ({ page }) => {
    await page.goto(`en/faq/${ENTRY.slug}/`);
    await page.locator('#cause-license-expired').getByRole('button', { name: /^Copy link/ }).click();
    const copied = new URL(await clipboard(page));
    // SITE_URL may name another host than the test server; the path and anchor are what must work.
    await page.goto(`${copied.pathname.replace(BASE, '')}${copied.hash}`);
    await expect(page).toHaveURL(new RegExp(`/en/faq/${ENTRY.slug}/#cause-license-expired$`));
  });
});

test.describe('data for tools', () => {
  test('/api/entries.json lists every entry with its links', async ({ request }) => {
    const response = await request.get(`${BASE}api/entries.json`);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toMatch(/json/);
    const data = await response.json();
    expect(data.schema).toBe(1);
    expect(data.count).toBe(data.entries.length);
    expect(data.entries.length).toBeGreaterThan(0);
    expect(new Set(data.entries.map((e: { id: string }) => e.id)).size).toBe(data.entries.length);
    const agent = data.entries.find((e: { id: string }) => e.id === ENTRY.id);
    expect(agent.permalink).toBe(`${SITE}${BASE}kb/${ENTRY.id}/`);
    expect(agent.redirect_from).toEqual([ENTRY.oldSlug]);
    expect(agent.title.zh).toBe('环境安装完成后，paas_agent 服务启动不了');
    expect(agent.causes.map((c: { key: string }) => c.key)).toContain(ENTRY.cause);
    expect(agent.signatures).toContain('license expired');
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`/${lang}/feed.xml is valid Atom, linked from the pages`, async ({ page }) => {
      await page.goto(`${lang}/faq/${ENTRY.slug}/`);
      const href = await page.locator('link[rel=alternate][type="application/atom+xml"]').getAttribute('href');
      expect(href).toBe(`${BASE}${lang}/feed.xml`);
      const parsed = await page.evaluate(async (url) => {
        const text = await (await fetch(url)).text();
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const ns = 'http://www.w3.org/2005/Atom';
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: doc.documentElement.namespaceURI,
          entries: doc.getElementsByTagNameNS(ns, 'entry').length,
          first: doc.getElementsByTagNameNS(ns, 'entry')[0]?.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
        };
      }, href!);
      expect(parsed.error).toBe(0);
      expect(parsed.root).toBe('http://www.w3.org/2005/Atom');
      expect(parsed.entries).toBe(Math.min(FEED_SIZE, activeEntries(await exportedEntries(page.request, BASE)).length));
      expect(parsed.first).toMatch(new RegExp(`^${SITE}${BASE}${lang}/faq/[a-z0-9-]+/$`));
    });
  }
});
