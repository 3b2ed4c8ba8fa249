// Hostile input, in one place: every way text gets into the site from outside — the search
// URL (?q= and #q=), the header search box, the pasted-log boxes (search page and wizard), the
// wizard's URL state and the "my environment" values (kept in localStorage and written into code
// blocks) — fed HTML, script, quote breakouts, regex metacharacters and catastrophic patterns,
// javascript: URLs and 1 MB of text. Nothing may run (window.__pwned stays unset, no dialog, no
// injected element, no CSP violation), echoed text is shown as text, nothing leaves the origin and
// the page still answers the next action. The timeouts are generous: this is a correctness check
// (no hang, no catastrophic backtracking), not a speed test.
import { expect, test, type Page } from '@playwright/test';
import { readExport, richestEntry } from '../helpers/gate-pages.ts';
import { expectClean, expectNothingRan, watch, type Watch } from '../helpers/page-watch.ts';

const ENTRY = richestEntry(readExport());
/** A term that finds ENTRY, appended so hostile queries still have results to render. */
const FINDS = ENTRY.signatures[0] ?? ENTRY.id;

const MB = 1024 * 1024;
const PAYLOADS: Record<string, string> = {
  html: '<img src=x onerror=window.__pwned=1>',
  script: '<script>window.__pwned=1</script>',
  quotes: `"'><svg onload=window.__pwned=1>`,
  regex: '.*+?^${}()|[]\\',
  redos: `(a+)+$ (x|x)*y ${'a'.repeat(4000)}!`,
  jsurl: 'javascript:window.__pwned=1',
};
const SMALL = Object.entries(PAYLOADS);
/** 1 MB: hostile bits in log-like lines, plus one 200 KB line with no space. */
const BIG = `${'<b>x</b> "\'> .*( [ERROR] 10.1.2.3 (a+)+$ '.repeat(16_000)}\n${'a'.repeat(200_000)}!\n`.padEnd(MB, 'x');
const AFTER = 15_000;

test.describe.configure({ timeout: 120_000 });

let w: Watch;
test.beforeEach(async ({ context, page, baseURL }) => {
  w = await watch(context, page, new URL(baseURL!).origin);
});
test.afterEach(async ({ page }) => {
  await expectNothingRan(page);
  expectClean(w);
});

const searchDone = (page: Page) => expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', /done|error/, { timeout: 60_000 });
const results = (page: Page) => page.locator('[data-search-results] > [data-entry-id]');

/** The page still does its job: a plain search from the header box shows results. */
async function stillResponsive(page: Page): Promise<void> {
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
  const box = page.locator('#site-search-input');
  await box.fill(FINDS, { timeout: AFTER });
  await expect(page.locator('#site-search-input-results [data-entry-id]').first()).toBeVisible({ timeout: AFTER });
}

test.describe('the search URL', () => {
  for (const [name, payload] of SMALL) {
    for (const where of ['?q=', '#q='] as const) {
      test(`${where} ${name}: shown as text, nothing runs`, async ({ page }) => {
        const query = `${payload} ${FINDS}`;
        await page.goto(`/en/search/${where}${encodeURIComponent(query)}`);
        await searchDone(page);
        // Echoed as the box's value and in the title, as text.
        await expect(page.locator('#search-page-q')).toHaveValue(query);
        expect(await page.title()).toContain(query.replace(/\s+/g, ' ').trim().slice(0, 20));
        await expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done');
        await expect(results(page).first()).toHaveAttribute('data-entry-id', ENTRY.id);
        await stillResponsive(page);
      });
    }
  }

  test('1 MB in #q= does not hang the page', async ({ page }) => {
    await page.goto(`/zh/search/#q=${encodeURIComponent(BIG)}`);
    await searchDone(page);
    await stillResponsive(page);
  });

  test('a result opened from a hostile query highlights text, never markup', async ({ page }) => {
    const query = `${PAYLOADS.quotes} ${PAYLOADS.html} ${PAYLOADS.regex} ${FINDS}`;
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    await results(page).first().locator('a.search-result__title').click();
    await expect(page.locator(`article[data-entry-id="${ENTRY.id}"]`)).toBeVisible();
    // The searched words arrive through localStorage and are matched as text.
    await expect(page.locator('article mark.search-hit').first()).toBeVisible();
    for (const text of await page.locator('article mark.search-hit').allInnerTexts()) expect(text).not.toMatch(/[<>]/);
  });
});

test.describe('typed and pasted text', () => {
  for (const [name, payload] of [...SMALL, ['1 MB', BIG] as const]) {
    test(`header search box: ${name}`, async ({ page }) => {
      await page.goto('/en/components/login/');
      const box = page.locator('#site-search-input');
      if (payload.length > 10_000) await box.fill(payload);
      else await box.pressSequentially(payload.slice(0, 300));
      // The popup answers (results or "no entry matches"), as text.
      await expect(page.locator('#site-search-input-results')).toBeVisible({ timeout: 60_000 });
      await expect(page.locator('#site-search-input-results [role="status"]')).not.toBeEmpty({ timeout: 60_000 });
      await box.fill('');
      await stillResponsive(page);
    });
  }

  test('search page box: every payload pasted at once, then 1 MB', async ({ page }) => {
    await page.goto('/zh/search/');
    const box = page.locator('#search-page-q');
    const submit = page.locator('.search-page__controls button[type=submit]');
    await box.fill(`${Object.values(PAYLOADS).join('\n')}\n${FINDS}`);
    await submit.click();
    await searchDone(page);
    await expect(results(page).first()).toHaveAttribute('data-entry-id', ENTRY.id);
    await box.fill(BIG);
    await submit.click();
    await searchDone(page);
    // A paste that long travels in the fragment, never to the server.
    await expect(page).toHaveURL(/#q=/);
    await stillResponsive(page);
  });

  test('wizard paste box: hostile text and 1 MB go to search in #q=, nothing runs', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    for (const text of [`${Object.values(PAYLOADS).join('\n')}\n${FINDS}`, BIG]) {
      await page.goto(`/en/wizard/?where=${ENTRY.where[0]}`);
      await page.locator('#wizard-paste-text').fill(text);
      await page.locator('[data-wizard-paste] button[type=submit]').click();
      await expect(page).toHaveURL(/\/en\/search\/#q=/);
      await searchDone(page);
      await expectNothingRan(page);
    }
    expect(requests.filter((u) => /onerror|__pwned|%3Cscript/i.test(u)), 'hostile text sent in a request').toEqual([]);
    await stillResponsive(page);
  });
});

test.describe('the wizard URL state', () => {
  // A query string of 1 MB never reaches a page: servers refuse request lines that long (Node's
  // limit is 16 KB of headers, nginx's 8 KB by default). 7 KB is about the longest a reader could bring.
  for (const [name, payload] of [...SMALL, ['7 KB', `${'a'.repeat(7_000)}!`] as const]) {
    test(`${name} in where, symptom, entry, cause and from`, async ({ page }) => {
      const v = encodeURIComponent(payload);
      const cause = ENTRY.causes[0]!.key;
      for (const query of [
        `?where=${v}`,
        `?where=${ENTRY.where[0]}&symptom=${v}`,
        `?where=${ENTRY.where[0]}&symptom=${ENTRY.id}&entry=${v}&cause=${cause}`,
        `?where=${ENTRY.where[0]}&symptom=${ENTRY.id}&entry=${ENTRY.id}&cause=${v}&result=${payload.length < 1000 ? v : 'fixed'}`,
        `?where=${ENTRY.where[0]}&symptom=${ENTRY.id}&from=${v}&fromcause=${v}&entry=${ENTRY.id}&cause=${cause}`,
      ]) {
        const response = await page.goto(`/en/wizard/${query}`);
        expect(response?.status()).toBe(200);
        // The wizard opens at the last valid step, whatever the rest of the URL says.
        await expect(page.locator('[data-wizard] h2:visible').first()).toBeVisible({ timeout: AFTER });
        // No payload is a valid value: the page says which part of the link it ignored, as text,
        // shortened when long.
        await expect(page.locator('[data-rejected]')).toBeVisible();
        const shown = await page.locator('[data-rejected-list]').innerText();
        if (payload.length < 100) expect(shown).toContain(payload.trim().slice(0, 30));
        else {
          expect(shown).toContain('…');
          expect(shown.length).toBeLessThan(400);
        }
        await expectNothingRan(page);
      }
      // The next action: pick a place and go on.
      await page.goto('/en/wizard/');
      await page.locator(`input[name="where"][value="${ENTRY.where[0]}"]`).check({ timeout: AFTER });
      await page.getByRole('button', { name: 'Next', exact: true }).click({ timeout: AFTER });
      await expect(page).toHaveURL(new RegExp(`\\?where=${ENTRY.where[0]}$`));
    });
  }
});

test.describe('environment values', () => {
  const entryPath = new URL(ENTRY.url.en).pathname;

  test('typed hostile values fill the placeholders as text and survive a reload as text', async ({ page }) => {
    await page.goto(entryPath);
    const panel = page.locator('[data-env-panel]');
    await expect(panel).toBeVisible();
    await panel.locator('summary').click();
    const input = panel.locator('input[data-env-input]:visible').first();
    const name = await input.getAttribute('data-env-input');
    const marks = page.locator(`.ph[data-ph="${name}"]`);
    expect(await marks.count()).toBeGreaterThan(0);
    for (const payload of [...Object.values(PAYLOADS), 'x'.repeat(MB)]) {
      await input.fill(payload);
      // Control characters go, the length is capped (200); the rest is text in the code.
      const expected = payload.trim().slice(0, 200);
      await expect(marks.first()).toHaveText(expected, { timeout: AFTER });
      expect(await marks.first().evaluate((el) => el.children.length)).toBe(0);
      await expectNothingRan(page);
    }
    await input.fill(PAYLOADS.quotes!);
    await page.reload();
    await expect(marks.first()).toHaveText(PAYLOADS.quotes!);
    // A copy takes the value as the reader typed it.
    const figure = page.locator('figure.code-block', { has: marks.first() }).first();
    expect(await figure.locator('pre').innerText()).toContain(PAYLOADS.quotes);
  });

  test('hostile or broken data in localStorage is ignored or shown as text', async ({ page, context }) => {
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const values: Record<string, unknown> = { __proto__: { polluted: 1 }, constructor: '<img src=x onerror=window.__pwned=1>' };
      for (const name of ['PAAS_ROOT', 'paas_root', 'PAAS_DOMAIN', 'paas_ip', 'BK_HOME']) values[name] = '<img src=x onerror=window.__pwned=1>\n; rm -rf /';
      values.number = 42;
      localStorage.setItem('kb-env', JSON.stringify(values));
    });
    await page.goto(entryPath);
    await expect(page.locator('[data-env-panel]')).toBeVisible();
    for (const text of await page.locator('.ph--filled').allInnerTexts()) {
      // Shown as text, and the newline that would run the rest in a shell is gone.
      expect(text).not.toContain('\n');
    }
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    await page.evaluate(() => localStorage.setItem('kb-env', '{not json'));
    await page.reload();
    await expect(page.locator('[data-env-panel]')).toBeVisible();
    await expect(page.locator('.ph--filled')).toHaveCount(0);
    await stillResponsive(page);
  });
});
