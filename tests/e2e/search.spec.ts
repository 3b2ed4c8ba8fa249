// Search as a reader uses it: the shareable page, the header box, pasted logs, other-language error
// strings, history, and the highlight on the entry opened from a result.
import { expect, test, type Page } from '@playwright/test';
import { HASHED_INDEX_DIR, manifestPath, SEARCH_INDEX_URL } from '../../src/lib/search/index-location.ts';

const results = (page: Page) => page.locator('[data-search-results] > [data-entry-id]');
const done = (page: Page) => expect(page.locator('[data-search-page]')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });

test('the search page runs ?q= on load and lists entries in rank order with cause links', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('登錄頁面無限跳轉')}`);
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-028');
  await expect(page.locator('#search-page-q')).toHaveValue('登錄頁面無限跳轉');
  const first = results(page).first();
  await expect(first.locator('.entry-id')).toHaveText('PAAS-028');
  await expect(first.locator('a.search-result__title')).toHaveAttribute('href', /\/zh\/faq\/login-redirect-loop\//);
});

test('an English error line on the Chinese site finds the Chinese entry and links to the cause', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('sid or token is not valid, please check')}`);
  await done(page);
  const first = results(page).first();
  await expect(first).toHaveAttribute('data-entry-id', 'PAAS-007');
  await expect(first.locator('a.search-result__title')).toHaveAttribute('href', /\/zh\/faq\/paas-agent-wont-start\/#cause-invalid-sid-token$/);
  await expect(first.locator('a.search-result__title')).toContainText('paas_agent');
});

test('a whole pasted traceback (in #q=) finds the entry; plain words in Chinese work on the English site', async ({ page }) => {
  const log = [
    'Traceback (most recent call last):',
    '  File "/data/bkce/paas_agent/apps/Envs/demo/lib/python2.7/site-packages/django/db/backends/mysql/base.py", line 274, in get_new_connection',
    '    conn = Database.connect(**conn_params)',
    `django.db.utils.OperationalError: (2003, "Can't connect to MySQL server on '10.0.8.12' ([Errno 111] Connection refused)")`,
  ].join('\n');
  await page.goto(`/en/search/#q=${encodeURIComponent(log)}`);
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-016');
  await expect(page.locator('#search-page-q')).toHaveValue(log);
  await page.goto(`/en/search/?q=${encodeURIComponent('登录无响应')}`);
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-020');
});

test('a query that matches nothing says so and offers the wizard', async ({ page }) => {
  await page.goto('/en/search/?q=qqzxv%20wkkpj');
  await done(page);
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('[data-search-status]')).toHaveText('No entry matches this.');
  await expect(page.locator('[data-search-empty] a[href$="/en/wizard/"]')).toBeVisible();
});

test('a pasted report: each result says how sure it is, the error line shows, and a paste lists at most ten', async ({ page }) => {
  const report = [
    'After the reboot supervisor shows every open_paas process as FATAL',
    '[root@bk-1 ~]# supervisorctl -c /data/bkee/etc/supervisor-open_paas.conf status',
    'esb                              FATAL     Exited too quickly (process log may have details)',
    'login                            FATAL     Exited too quickly (process log may have details)',
  ].join('\n');
  await page.goto(`/en/search/#q=${encodeURIComponent(report)}`);
  await done(page);
  const first = results(page).first();
  await expect(first).toHaveAttribute('data-entry-id', 'PAAS-021');
  await expect(first).toHaveAttribute('data-match', 'exact');
  await expect(first.locator('.search-result__match')).toHaveText('Error matches');
  await expect(first.locator('.search-result__excerpt')).toContainText('Exited too quickly');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-verdict', 'match');
  await expect(page.locator('[data-search-empty]')).toBeHidden();
  const count = await results(page).count();
  expect(count).toBeLessThanOrEqual(10);
  for (const el of await results(page).all()) await expect(el).toHaveAttribute('data-match', /^(exact|likely|related)$/);
});

test('a report no entry answers: one sentence says so, the wizard is offered, at most five related entries', async ({ page }) => {
  const report = [
    'Zabbix keeps alerting after we upgraded the kernel on the GSE hosts',
    'kernel: NMI watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [zabbix_agentd:2231]',
    'kernel: Modules linked in: xt_conntrack ipt_MASQUERADE nf_nat_masquerade_ipv4',
  ].join('\n');
  await page.goto(`/en/search/#q=${encodeURIComponent(report)}`);
  await done(page);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-search-verdict', 'none');
  await expect(page.locator('[data-search-status]')).toHaveText(/^No entry matches this/);
  await expect(page.locator('[data-search-empty] a[href$="/en/wizard/"]')).toBeVisible();
  expect(await results(page).count()).toBeLessThanOrEqual(5);
  for (const el of await results(page).all()) {
    await expect(el).toHaveAttribute('data-match', 'related');
    await expect(el.locator('.search-result__match')).toHaveText('Related');
  }
});

test('excerpts carry no interface text, and marks sit only on words that mean something', async ({ page }) => {
  await page.goto(`/zh/search/?q=${encodeURIComponent('paas_agent 启动不了 证书')}`);
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-007');
  const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) expect(text).not.toMatch(/复制到工单|复制链接|复制 Markdown|复制纯文本|清除全部值|我的环境/);
  const marks = await page.locator('[data-search-results] .search-result__excerpt mark').allTextContents();
  for (const m of marks) expect(m.trim().toLowerCase()).not.toMatch(/^(found|not|open|error|failed|失败|错误)$/);
});

// Hostile text in ?q=, #q=, the boxes and 1 MB pastes: tests/e2e/hostile.spec.ts.

test('back and forward keep the query and its results', async ({ page }) => {
  await page.goto('/en/search/');
  const box = page.locator('#search-page-q');
  await box.fill('login redirect loop');
  await box.press('Enter');
  await done(page);
  await expect(page).toHaveURL(/\?q=login\+redirect\+loop$/);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-028');
  await box.fill('reset admin password');
  await box.press('Enter');
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-022');
  await page.goBack();
  await expect(box).toHaveValue('login redirect loop');
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-028');
  await page.goForward();
  await expect(box).toHaveValue('reset admin password');
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-022');
});

test('search assets load only once search is used', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto('/en/faq/paas-agent-wont-start/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((u) => /pagefind/.test(u) || SEARCH_INDEX_URL.test(u))).toEqual([]);
  // The manifest of the index version the page names.
  const version = await page.locator('html').getAttribute('data-search-index');
  expect(version).toMatch(/^[0-9a-f]+$/);
  await page.locator('#site-search-input').focus();
  await expect.poll(() => requested.some((u) => u.endsWith(`/${manifestPath('en', version!)}`))).toBe(true);
  await expect.poll(() => requested.some((u) => /\/pagefind\/pagefind\.js$/.test(u))).toBe(true);
});

test('the header box: / and Ctrl+K open it, arrows and Enter open a result, Esc closes, the entry shows the words', async ({ page }) => {
  await page.goto('/en/components/login/');
  const input = page.locator('#site-search-input');
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await input.blur();
  await page.keyboard.press('Control+k');
  await expect(input).toBeFocused();
  await input.pressSequentially('license expird');
  const popup = page.locator('#site-search-input-results');
  await expect(popup).toBeVisible();
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(popup.locator('[data-entry-id]').first()).toHaveAttribute('data-entry-id', 'PAAS-007');
  await input.press('Escape');
  await expect(popup).toBeHidden();
  await input.press('ArrowDown');
  await expect(popup).toBeHidden();
  await input.pressSequentially(' ');
  await expect(popup).toBeVisible();
  await input.press('ArrowDown');
  await expect(popup.locator('.search-result__title').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/faq\/paas-agent-wont-start\/#cause-license-expired$/);
  const marks = page.locator('article mark.search-hit');
  await expect(marks.first()).toBeVisible();
  await expect(page.locator('article').getByText('license expired').first()).toBeVisible();
  // The highlight is used once: a reload shows the page as it is.
  await page.reload();
  await expect(page.locator('article[data-entry-id]')).toBeVisible();
  await expect(marks).toHaveCount(0);
});

test('Enter in the header box opens the full results page; typing with an IME searches once composed', async ({ page }) => {
  await page.goto('/zh/');
  const input = page.locator('#site-search-input');
  await input.focus();
  // An IME: composition events around the text, then the composed word.
  await input.evaluate((el: HTMLInputElement) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    el.value = 'wu xian';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
    el.value = '无限跳转';
    el.dispatchEvent(new CompositionEvent('compositionend', { data: '无限跳转' }));
  });
  await expect(page.locator('#site-search-input-results [data-entry-id]').first()).toHaveAttribute('data-entry-id', 'PAAS-028');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/zh\/search\/\?q=/);
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-028');
});

test('an index file that fails to load says search is unavailable, and the next search fetches it again', async ({ page }) => {
  page.on('console', () => {}); // the failure is logged on purpose
  const shards = `**/${HASHED_INDEX_DIR}/*/t/*.json`;
  await page.route(shards, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto(`/zh/search/?q=${encodeURIComponent('登录无限跳转')}`);
  const root = page.locator('[data-search-page]');
  await expect(root).toHaveAttribute('data-state', 'error', { timeout: 15_000 });
  await expect(page.locator('[data-search-status]')).toHaveText('搜索暂时不可用，请刷新页面后重试。');
  await expect(results(page)).toHaveCount(0);
  await page.unroute(shards);
  await page.locator('.search-page__form button[type="submit"]').click();
  await done(page);
  await expect(results(page).first()).toHaveAttribute('data-entry-id', 'PAAS-028');
});
