// The symptom wizard on the built site, clicked through as a reader would: both languages, the
// place in the URL (copy, reload, back/forward, language switch, links of the first wizard), the
// data each step fetches, code blocks as on entry pages, the end states, no-JS pages and phones
// (hostile links: hostile.spec.ts).
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { activeEntries, exportedEntries } from '../helpers/exported-entries.ts';

const T = {
  zh: { next: '下一步', fixed: '问题已解决', not: '不是这个', step2: '看到了什么现象？', step3: '逐个排查可能原因', step1: '问题出现在哪里？', found: '找到原因了', none: '以上都不符合', ruledOut: '已排除', copy: '复制', skip: '跳过此条目的其余原因', pick: '排查这一条', urlNote: '地址栏', address: '每一页都有自己的地址' },
  en: { next: 'Next', fixed: 'This fixed it', not: 'Not this', step2: 'What do you see?', step3: 'Check the likely causes', step1: 'Where do you see the problem?', found: 'Found it', none: 'None of these fitted', ruledOut: 'ruled out', copy: 'Copy', skip: 'Skip the rest of this entry', pick: 'Check this one', urlNote: 'address bar', address: 'Each page has its own address' },
} as const;
type Lang = keyof typeof T;

interface ClassFile {
  entries: { id: string; where: string[]; causes: { key: string }[] }[];
  related: { id: string }[];
}
const classFile = async (request: APIRequestContext, lang: Lang, id: string): Promise<ClassFile> =>
  (await (await request.get(`/${lang}/wizard/data/class/${id}.json`)).json()) as ClassFile;

/** Paths a reader takes: where → what they see (a symptom class). */
const PATHS = [
  { where: 'login-page', class: 'login-redirect-loop' },
  { where: 'esb-call', class: 'esb-component-not-found' },
  { where: 'app-deploy', class: 'deploy-fails-installing-packages' },
  { where: 'service-start', class: 'agent-wont-start' },
  { where: 'logs', class: 'logs-missing' },
  { where: 'web-access', class: 'bad-gateway-502' },
];

const currentCard = (page: Page) => page.locator('[data-candidates] > .wizard-candidate[data-state="current"]');
const currentCause = (page: Page) => currentCard(page).locator('.wizard-cause[data-state="current"]');

async function choose(page: Page, lang: Lang, where: string, symptomClass: string) {
  await page.locator(`input[name="where"][value="${where}"]`).check();
  await page.getByRole('button', { name: T[lang].next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: T[lang].step2 })).toBeFocused();
  await page.locator(`[data-panel="symptom"] input[name="class"][value="${symptomClass}"]`).check();
  await page.getByRole('button', { name: T[lang].next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: T[lang].step3 })).toBeFocused();
}

for (const lang of ['zh', 'en'] as const) {
  test.describe(`wizard (${lang})`, () => {
    test('step 1 lists every place with its entry count', async ({ page }) => {
      await page.goto(`/${lang}/wizard/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      const radios = page.locator('[data-panel="where"]').getByRole('radio');
      expect(await radios.count()).toBeGreaterThanOrEqual(8);
      const counts = await page.locator('[data-panel="where"] [data-count]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
      expect(counts.every((n) => n > 0)).toBe(true);
      // Entries may show in more than one place, so the counts add up to at least every entry.
      expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(activeEntries(await exportedEntries(page.request)).length);
      await expect(page.locator('[data-wizard-index]')).toBeHidden();
      // With JavaScript the address bar does keep the place, and the page says so.
      await expect(page.locator('[data-wizard-url-note]')).toBeVisible();
      await expect(page.locator('[data-wizard-url-note]')).toContainText(T[lang].urlNote);
    });

    test('clicking through reaches six entries, each cause with its check, fix and copy buttons', async ({ page }) => {
      test.setTimeout(120_000);
      const blocked: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') blocked.push(m.text());
      });
      for (const path of PATHS) {
        const file = await classFile(page.request, lang, path.class);
        const first = file.entries.find((e) => e.where.includes(path.where)) ?? file.entries[0]!;
        await page.goto(`/${lang}/wizard/`);
        await choose(page, lang, path.where, path.class);
        await expect(page).toHaveURL(new RegExp(`\\?where=${path.where}&class=${path.class}$`));
        const card = currentCard(page);
        await expect(card).toHaveAttribute('data-candidate', first.id);
        await expect(card.locator('.entry-id')).toHaveText(first.id);
        await expect(card.locator('.entry-id')).toBeVisible();
        await expect(currentCause(page).getByRole('button', { name: T[lang].fixed })).toBeVisible();
        // The cause's check and fix are the rendered blocks of the entry page, fetched when reached.
        if (first.causes.length > 0) await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
      }
      expect(blocked).toEqual([]);
    });

    test('every active entry is offered: the classes step 2 shows hold them all', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${lang}/wizard/`);
      const places = await page.locator('input[name="where"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const offered = new Set<string>();
      for (const where of places) {
        await page.goto(`/${lang}/wizard/?where=${where}`);
        await expect(page.locator('[data-panel="symptom"]')).toBeVisible();
        // A place with many classes asks a narrowing question first: follow every answer.
        const queue = [page.url()];
        while (queue.length > 0) {
          await page.goto(queue.shift()!);
          const field = await page.locator('[data-options]').getAttribute('data-question');
          const values = await page.locator('[data-options] input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
          expect(values.length).toBeLessThanOrEqual(12);
          if (field === 'class') values.forEach((v) => offered.add(v));
          else for (const v of values) queue.push(`${page.url()}&${field}=${v}`);
        }
      }
      const reached = new Set<string>();
      for (const id of offered) for (const e of (await classFile(page.request, lang, id)).entries) reached.add(e.id);
      expect([...reached].sort()).toEqual(activeEntries(await exportedEntries(page.request)).map((e) => e.id).sort());
    });

    test('"not this" walks the causes and on to the next entry; "this fixed it" links the cause', async ({ page }) => {
      await page.goto(`/${lang}/wizard/?where=app-deploy&class=deploy-fails-fetching-code`);
      await expect(currentCard(page)).toBeVisible();
      const firstId = await currentCard(page).getAttribute('data-candidate');
      const causes = await currentCard(page).locator('.wizard-cause').count();
      expect(causes).toBeGreaterThanOrEqual(2);
      const firstTitle = await currentCause(page).locator('.wizard-cause__title').innerText();
      await currentCause(page).getByRole('button', { name: T[lang].not }).click();
      await expect(page).toHaveURL(new RegExp(`&entry=${firstId}&cause=[a-z0-9-]+$`));
      await expect(currentCard(page).locator('.wizard-cause').first()).toHaveAttribute('data-state', 'ruled-out');
      await expect(currentCard(page).locator('.wizard-cause').first()).toContainText(T[lang].ruledOut);
      await expect(currentCause(page).locator('.wizard-cause__title')).toBeFocused();
      expect(await currentCause(page).locator('.wizard-cause__title').innerText()).not.toBe(firstTitle);
      for (let i = 1; i < causes; i++) await currentCause(page).getByRole('button', { name: T[lang].not }).click();
      // Past the last cause of the first entry: the next candidate.
      await expect(currentCard(page)).not.toHaveAttribute('data-candidate', firstId!);
      const nextId = await currentCard(page).getAttribute('data-candidate');
      expect(nextId).toMatch(/^PAAS-\d{3}$/);
      await expect(page.locator(`.wizard-candidate[data-candidate="${firstId}"]`)).toHaveAttribute('data-state', 'ruled-out');
      const key = await currentCause(page).getAttribute('data-cause');
      await currentCause(page).getByRole('button', { name: T[lang].fixed }).click();

      await expect(page.getByRole('heading', { level: 2, name: T[lang].found })).toBeFocused();
      await expect(page).toHaveURL(new RegExp(`&entry=${nextId}&cause=${key}&result=fixed$`));
      await expect(page.locator('[data-fixed-id]')).toHaveText(nextId!);
      await expect(page.locator('[data-ticket-link]')).toHaveText(new RegExp(`/kb/${nextId}/#cause-${key}$`));
      await page.locator('[data-fixed-cause]').click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/faq/[a-z0-9-]+/#cause-${key}$`));
      await expect(page.locator(`article[data-entry-id="${nextId}"] #cause-${key}`)).toBeInViewport();
    });

    test('a later cause and a later candidate open directly from the list; "not this" goes on from there', async ({ page }) => {
      await page.goto(`/${lang}/wizard/?where=service-start&class=agent-wont-start`);
      await expect(currentCard(page)).toBeVisible();
      const entry = (await currentCard(page).getAttribute('data-candidate'))!;
      const causes = currentCard(page).locator('.wizard-cause');
      expect(await causes.count()).toBeGreaterThanOrEqual(4);
      const third = causes.nth(2);
      const key = (await third.getAttribute('data-cause'))!;
      const title = (await third.locator('[data-slot="title"]').innerText()).trim();
      // The current cause's title is not a link; every other one is.
      await expect(currentCause(page).getByRole('link')).toHaveCount(0);
      await third.getByRole('link', { name: title, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`\\?where=service-start&class=agent-wont-start&entry=${entry}&cause=${key}$`));
      await expect(currentCause(page)).toHaveAttribute('data-cause', key);
      await expect(currentCause(page).locator('.wizard-cause__title')).toBeFocused();
      await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
      // Jumping past the first two says nothing about them.
      await expect(causes.nth(0)).toHaveAttribute('data-state', 'upcoming');
      await expect(causes.nth(1)).toHaveAttribute('data-state', 'upcoming');
      await expect(page.locator('[data-candidates]')).not.toContainText(T[lang].ruledOut);
      await currentCause(page).getByRole('button', { name: T[lang].not }).click();
      await expect(currentCause(page)).toHaveAttribute('data-cause', (await causes.nth(3).getAttribute('data-cause'))!);
      await expect(third).toHaveAttribute('data-state', 'ruled-out');
      await expect(third).toContainText(T[lang].ruledOut);
      await expect(causes.nth(0)).toHaveAttribute('data-state', 'upcoming');
      // The reload reads the same marks from the URL.
      await page.reload();
      await expect(causes.nth(2)).toHaveAttribute('data-state', 'ruled-out');
      await expect(causes.nth(0)).toHaveAttribute('data-state', 'upcoming');
      // Back returns to the cause picked before.
      await page.goBack();
      await expect(currentCause(page)).toHaveAttribute('data-cause', key);
      const skip = currentCard(page).getByRole('button', { name: T[lang].skip });
      await expect(skip).toBeVisible();
      // At the entry's last cause, "skip the rest" has nothing to skip.
      const last = causes.last();
      await last.getByRole('link').click();
      await expect(last).toHaveAttribute('data-state', 'current');
      await expect(skip).toBeHidden();

      // A later candidate: "check this one" opens it at its first cause.
      await page.goto(`/${lang}/wizard/?where=web-access&class=bad-gateway-502`);
      await expect(currentCard(page)).toBeVisible();
      const cards = page.locator('[data-candidates] > .wizard-candidate');
      expect(await cards.count()).toBeGreaterThanOrEqual(2);
      const first = (await cards.nth(0).getAttribute('data-candidate'))!;
      const second = (await cards.nth(1).getAttribute('data-candidate'))!;
      await expect(currentCard(page).getByRole('link', { name: T[lang].pick })).toBeHidden();
      await cards.nth(1).getByRole('link', { name: `${T[lang].pick} ${second}` }).click();
      await expect(currentCard(page)).toHaveAttribute('data-candidate', second);
      await expect(page).toHaveURL(new RegExp(`&entry=${second}(&cause=[a-z0-9-]+)?$`));
      await expect(page.locator(`.wizard-candidate[data-candidate="${first}"]`)).toHaveAttribute('data-state', 'upcoming');
      // And back to the first, from its own link.
      await cards.nth(0).getByRole('link', { name: `${T[lang].pick} ${first}` }).click();
      await expect(currentCard(page)).toHaveAttribute('data-candidate', first);
    });

    test('a link to a later entry opens it without marking the ones before as ruled out', async ({ page }) => {
      await page.goto(`/${lang}/wizard/?where=web-access&class=bad-gateway-502`);
      await expect(currentCard(page)).toBeVisible();
      const second = (await page.locator('[data-candidates] > .wizard-candidate').nth(1).getAttribute('data-candidate'))!;
      // The first wizard's form (rewritten through the lookup files) and the current one.
      for (const query of [`?where=web-access&symptom=${second}`, `?where=web-access&class=bad-gateway-502&entry=${second}`]) {
        await page.goto(`/${lang}/wizard/${query}`);
        await expect(currentCard(page)).toHaveAttribute('data-candidate', second);
        await expect(page.locator('[data-candidates] > .wizard-candidate').first()).toHaveAttribute('data-state', 'upcoming');
        await expect(page.locator('[data-candidates] [data-state="ruled-out"]')).toHaveCount(0);
        await expect(page.locator('[data-candidates]')).not.toContainText(T[lang].ruledOut);
        await expect(page.locator('[data-rejected]')).toBeHidden();
      }
    });

    test('a how-to shows its steps from the entry page, with the copy buttons', async ({ page }) => {
      await page.goto(`/${lang}/wizard/?where=configuration&class=change-settings`);
      await expect(currentCard(page)).toBeVisible();
      // The first candidate here is a how-to: no causes, steps instead.
      await expect(currentCard(page).locator('[data-slot="howto"]')).toBeVisible();
      await expect(currentCard(page).locator('.wizard-cause[data-cause]')).toHaveCount(0);
      const url = (await currentCard(page).locator('[data-slot="title"]').getAttribute('href'))!;
      const steps = currentCard(page).locator('.wizard-howto__steps');
      await expect(steps.locator('p').first()).not.toBeEmpty();
      const inWizard = await steps.evaluate((el) => ({ text: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), code: el.querySelectorAll('figure.code-block').length }));
      await expect(steps.locator('h2, h3')).toHaveCount(0);
      if (inWizard.code > 0) await expect(steps.getByRole('button', { name: new RegExp(T[lang].copy) }).first()).toBeVisible();
      await expect(currentCause(page).getByRole('button', { name: T[lang].fixed })).toBeVisible();
      await page.goto(url);
      const body = page.locator('article .entry__body');
      const onEntry = await body.evaluate((el) => ({
        first: (el.querySelector(':scope > p') as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
        code: el.querySelectorAll('figure.code-block').length,
      }));
      expect(inWizard.text).toContain(onEntry.first);
      expect(inWizard.code).toBe(onEntry.code);
    });

    test('a copied URL reopens the same cause; reload keeps it', async ({ page, browser }) => {
      await page.goto(`/${lang}/wizard/`);
      await choose(page, lang, 'service-start', 'agent-wont-start');
      await currentCause(page).getByRole('button', { name: T[lang].not }).click();
      const url = page.url();
      const key = await currentCause(page).getAttribute('data-cause');

      const other = await browser.newContext();
      const fresh = await other.newPage();
      await fresh.goto(url);
      await expect(currentCard(fresh)).toHaveAttribute('data-candidate', 'PAAS-007');
      await expect(currentCause(fresh)).toHaveAttribute('data-cause', key!);
      await expect(fresh.getByRole('heading', { level: 2, name: T[lang].step3 })).toBeFocused();
      await other.close();

      await page.reload();
      await expect(currentCause(page)).toHaveAttribute('data-cause', key!);
      await expect(page.locator('[data-trail-symptom]')).toBeVisible();
    });

    test('back and forward walk the steps, moving focus to each step heading', async ({ page }) => {
      await page.goto(`/${lang}/wizard/`);
      await choose(page, lang, 'login-page', 'login-redirect-loop');
      await currentCause(page).getByRole('button', { name: T[lang].not }).click();
      await page.goBack();
      await expect(page).toHaveURL(/\?where=login-page&class=login-redirect-loop$/);
      await expect(currentCard(page).locator('.wizard-cause').first()).toHaveAttribute('data-state', 'current');
      await page.goBack();
      await expect(page).toHaveURL(/\?where=login-page$/);
      await expect(page.getByRole('heading', { level: 2, name: T[lang].step2 })).toBeFocused();
      await expect(page.locator('[data-step-index="2"]')).toHaveAttribute('aria-current', 'step');
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${lang}/wizard/$`));
      await expect(page.getByRole('heading', { level: 2, name: T[lang].step1 })).toBeFocused();
      await page.goForward();
      await expect(page.getByRole('heading', { level: 2, name: T[lang].step2 })).toBeFocused();
      await expect(page.locator('[data-panel="symptom"] input[value="login-redirect-loop"]')).toBeVisible();
      await expect(page.locator('[data-wizard-status]')).toContainText(T[lang].step2);
    });

    test('links written by the first wizard open the same entry and cause', async ({ page }) => {
      // Its step 3 at an entry's symptom (the entry's first cause), and at a given cause.
      await page.goto(`/${lang}/wizard/?where=app-deploy&symptom=PAAS-010`);
      await expect(currentCard(page)).toHaveAttribute('data-candidate', 'PAAS-010');
      await expect(page).toHaveURL(/\?where=app-deploy&class=deploy-fails-installing-packages&entry=PAAS-010&cause=[a-z0-9-]+$/);
      await expect(page.locator('[data-rejected]')).toBeHidden();
      await page.goto(`/${lang}/wizard/?where=service-start&symptom=PAAS-007&entry=PAAS-007&cause=port-in-use`);
      await expect(currentCause(page)).toHaveAttribute('data-cause', 'port-in-use');
      await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
      await page.goto(`/${lang}/wizard/?where=service-start&symptom=PAAS-007&entry=PAAS-007&cause=port-in-use&result=fixed`);
      await expect(page.locator('[data-fixed-id]')).toHaveText('PAAS-007');
      await expect(page.locator('[data-ticket-link]')).toHaveText(/\/kb\/PAAS-007\/#cause-port-in-use$/);
      // "Not sure" opens the place's question.
      await page.goto(`/${lang}/wizard/?where=web-access&symptom=any`);
      await expect(page.getByRole('heading', { level: 2, name: T[lang].step2 })).toBeFocused();
      await expect(page.locator('[data-panel="symptom"] input[value="bad-gateway-502"]')).toBeVisible();
      await expect(page.locator('[data-rejected]')).toBeHidden();
    });
  });
}

test('code blocks in a cause look and copy as on the entry page', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/faq/paas-agent-wont-start/');
  const onEntry = page.locator('#cause-port-in-use figure.code-block').first();
  const entryHtml = await onEntry.locator('pre').innerHTML();
  await onEntry.getByRole('button', { name: /Copy/ }).first().click();
  const entryCopy = await page.evaluate(() => navigator.clipboard.readText());

  await page.goto('/en/wizard/?where=service-start&class=agent-wont-start&entry=PAAS-007&cause=port-in-use');
  const inWizard = currentCause(page).locator('figure.code-block').first();
  await expect(inWizard.getByRole('button', { name: /Copy/ }).first()).toBeVisible();
  expect(await inWizard.locator('pre').innerHTML()).toBe(entryHtml);
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await inWizard.getByRole('button', { name: /Copy/ }).first().click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(entryCopy);
});

test('each step fetches only its own data, from the site itself', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'fetch') fetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/zh/wizard/');
  await page.locator('input[name="where"][value="login-page"]').check();
  await page.getByRole('button', { name: T.zh.next, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: T.zh.step2 })).toBeFocused();
  // Steps 1 and 2 are in the page.
  expect(fetched).toEqual([]);
  await page.locator('input[name="class"][value="login-redirect-loop"]').check();
  await page.getByRole('button', { name: T.zh.next, exact: true }).click();
  await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
  expect(fetched[0]).toBe('/zh/wizard/data/class/login-redirect-loop.json');
  expect(fetched.slice(1).every((p) => /^\/zh\/faq\/[a-z0-9-]+\/$/.test(p))).toBe(true);
});

test('switching language keeps the wizard place, and back', async ({ page }) => {
  await page.goto('/zh/wizard/');
  await choose(page, 'zh', 'esb-call', 'esb-ssl-error');
  await currentCause(page).getByRole('button', { name: T.zh.not }).click();
  const key = await currentCause(page).getAttribute('data-cause');
  const query = new URL(page.url()).search;
  await page.locator('[data-lang-switch="en"]').click();
  await expect(page).toHaveURL(`/en/wizard/${query}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(currentCard(page)).toHaveAttribute('data-candidate', 'PAAS-013');
  await expect(currentCause(page)).toHaveAttribute('data-cause', key!);
  await expect(currentCause(page).getByRole('button', { name: T.en.fixed })).toBeVisible();
  await page.locator('[data-lang-switch="zh"]').click();
  await expect(page).toHaveURL(`/zh/wizard/${query}`);
});

test('the language switch carries a query and a cause anchor on other pages too', async ({ page }) => {
  await page.goto('/en/faq/paas-agent-wont-start/#cause-port-in-use');
  await page.locator('[data-lang-switch="zh"]').click();
  await expect(page).toHaveURL('/zh/faq/paas-agent-wont-start/#cause-port-in-use');
  await page.goto('/zh/?q=%E6%97%A0%E9%99%90%E8%B7%B3%E8%BD%AC');
  await expect(page.locator('[data-lang-switch="en"]')).toHaveAttribute('href', '/en/?q=%E6%97%A0%E9%99%90%E8%B7%B3%E8%BD%AC');
});

test('the zh wizard writes its own punctuation full-width', async ({ page }) => {
  const ascii = /[:;,?!()]/;
  await page.goto('/zh/wizard/?where=service-start&class=agent-wont-start');
  await currentCause(page).getByRole('button', { name: T.zh.not }).click();
  await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
  // The wizard's own words around the content: cause numbers, state marks, the trail, progress.
  const own = async () =>
    page.locator('[data-wizard]').evaluate((root) =>
      [...root.querySelectorAll('[data-slot="number"], [data-state-label], .wizard-trail dt, .wizard-steps, [data-progress], .wizard-heading')]
        .map((el) => (el as HTMLElement).textContent! + (el.matches('dt') ? getComputedStyle(el, '::after').content.replace(/^none$/, '') : '') + getComputedStyle(el, '::before').content.replace(/^none$/, '')),
    );
  const texts = await own();
  expect(texts.some((t) => t.includes('已排除'))).toBe(true);
  expect(texts.filter((t) => ascii.test(t))).toEqual([]);
  expect(await currentCard(page).locator('[data-slot="number"]').first().textContent()).toMatch(/^原因 1 \/ \d+：$/);
  await currentCause(page).getByRole('button', { name: T.zh.fixed }).click();
  await expect(page.locator('[data-fixed-id]')).toBeVisible();
  const line = await page.locator('[data-fixed-cause-line]').innerText();
  const cause = await page.locator('[data-fixed-cause]').innerText();
  expect(line.replace(cause, '').trim()).toBe('原因：');
  await page.goto('/zh/wizard/place/service-start/');
  expect(ascii.test(await page.title())).toBe(false);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['zh', 'en'] as const) {
    test(`/${lang}/wizard/ and its pages say what is true without JavaScript: each page has its own address`, async ({ page }) => {
      await page.goto(`/${lang}/wizard/`);
      // The address bar keeps the place only in the interactive wizard.
      expect(await page.locator('main').innerText()).not.toContain(T[lang].urlNote);
      await expect(page.locator('[data-wizard-index]')).toContainText(T[lang].address);
      await page.goto(`/${lang}/wizard/place/service-start/`);
      await expect(page.locator('main')).toContainText(T[lang].address);
      expect(await page.locator('main').innerText()).not.toContain(T[lang].urlNote);
      await page.goto(`/${lang}/wizard/symptom/agent-wont-start/`);
      await expect(page.locator('main')).toContainText(T[lang].address);
    });

    test(`/${lang}/wizard/ links a page per place, per class (paged), that reach every entry`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`/${lang}/wizard/`);
      const index = page.locator('[data-wizard-index]');
      await expect(index).toBeVisible();
      await expect(page.locator('[data-wizard]')).toBeHidden();
      const placeLinks = await index.locator('.wizard-index__places a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      expect(placeLinks.length).toBeGreaterThanOrEqual(8);
      const classPages = new Set<string>();
      const entries = new Set<string>();
      for (const href of placeLinks) {
        expect(href).toMatch(new RegExp(`^/${lang}/wizard/place/[a-z0-9-]+/$`));
        await page.goto(href);
        for (const c of await page.locator('[data-wizard-place] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) classPages.add(c);
        for (const e of await page.locator('main .entry-list a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) entries.add(e);
      }
      const queue = [...classPages];
      const seen = new Set<string>();
      while (queue.length > 0) {
        const href = queue.shift()!;
        if (seen.has(href)) continue;
        seen.add(href);
        expect(href).toMatch(new RegExp(`^/${lang}/wizard/symptom/[a-z0-9-]+/(\\d+/)?$`));
        await page.goto(href);
        for (const e of await page.locator('[data-wizard-class] a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) entries.add(e);
        queue.push(...(await page.locator('.pager a').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))));
      }
      expect(entries.size).toBe(activeEntries(await exportedEntries(page.request)).length);
      for (const href of entries) expect(href).toMatch(new RegExp(`^/${lang}/faq/[a-z0-9-]+/$`));
      await page.goto(`/${lang}/wizard/`);
      // The language switch stays a plain link to the same page.
      await expect(page.locator('[data-lang-switch]')).toHaveAttribute('href', `/${lang === 'zh' ? 'en' : 'zh'}/wizard/`);
    });
  }
});

// Hostile links (HTML, script, quotes, regex, long values in the URL state): tests/e2e/hostile.spec.ts.

test('when nothing fits: search and related entries', async ({ page }) => {
  await page.goto('/en/wizard/?where=web-access&class=bad-gateway-502');
  const count = await page.locator('[data-candidates] .wizard-candidate').count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let guard = 0; guard < 20; guard++) {
    const button = currentCause(page).getByRole('button', { name: T.en.not });
    if ((await button.count()) === 0) break;
    await button.click();
  }
  await expect(page.getByRole('heading', { level: 2, name: T.en.none })).toBeFocused();
  await expect(page).toHaveURL(/&result=none$/);
  const expected = (await classFile(page.request, 'en', 'bad-gateway-502')).related.map((r) => r.id);
  const related = page.locator('[data-related-list] a');
  await expect(related).toHaveCount(expected.length);
  if (expected.length > 0) await expect(related.first().locator('.entry-id')).toHaveText(expected[0]!);
  await page.getByLabel('Search the knowledge base', { exact: true }).last().fill('502');
  await page.locator('[data-panel="none"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=502$/);
});

test('"I have an error message" sends the paste to search, kept out of the server request', async ({ page }) => {
  await page.goto('/zh/wizard/?where=service-start');
  const log = [...Array.from({ length: 600 }, (_, i) => `2026-11-22 08:00:00 INFO 第 ${i} 行`), 'FATAL Exited too quickly'].join('\n');
  await page.getByLabel('粘贴报错信息或日志的最后几行').fill(log);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.getByRole('button', { name: '搜索这段报错' }).click();
  await expect(page).toHaveURL(/\/zh\/search\/#q=/);
  expect(requests.filter((u) => u.includes('/search/')).every((u) => !u.includes('INFO'))).toBe(true);
  await expect(page.locator('[data-entry-id]').first()).toHaveAttribute('data-entry-id', 'PAAS-021');
});

test('keyboard only: arrows pick, Enter goes on, focus lands on the heading', async ({ page }) => {
  await page.goto('/en/wizard/');
  await page.locator('input[name="where"]').first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('input[name="where"]').nth(1)).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: T.en.step2 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-panel="symptom"] input[name="class"]').first()).toBeFocused();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  test('every step fits the width', async ({ page }) => {
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/zh/wizard/');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await choose(page, 'zh', 'service-start', 'agent-wont-start');
    await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await currentCause(page).getByRole('button', { name: T.zh.fixed }).tap();
    await expect(page.getByRole('heading', { level: 2, name: T.zh.found })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // English titles hold long unbroken words (CONTROLLER_SERVER_URL) beside their marks.
    await page.goto('/en/wizard/?where=service-start&class=agent-wont-start');
    await expect(currentCause(page).locator('.prose').first()).not.toBeEmpty();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

// One test per step: a whole-page axe scan is the slow part, and each gets its own time budget.
const AXE_STEPS = [
  '/en/wizard/',
  '/zh/wizard/?where=login-page',
  '/en/wizard/?where=service-start&class=agent-wont-start',
  '/zh/wizard/?where=service-start&class=agent-wont-start&entry=PAAS-007&cause=port-in-use&result=fixed',
  '/en/wizard/?where=web-access&class=bad-gateway-502&result=none',
  '/zh/wizard/?where=configuration&class=change-settings',
  '/en/wizard/place/service-start/',
  '/zh/wizard/symptom/agent-wont-start/',
];
for (const url of AXE_STEPS) {
  test(`axe finds no WCAG A/AA violations in the wizard step ${url}`, async ({ page }) => {
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    await page.goto(url);
    if (url.includes('?')) await expect(page.locator('[data-wizard] h2:visible').first()).toBeVisible();
    if (url.includes('class=')) await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
