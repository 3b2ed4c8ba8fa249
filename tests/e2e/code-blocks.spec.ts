// Code blocks as an engineer uses them: copy puts exactly the commands on the clipboard (on a secure
// origin and on a plain-http intranet host name, where navigator.clipboard does not exist), one
// command at a time, dangerous blocks warn first, placeholders fill in and clear, no JS = no buttons.
import { expect, test, type Page } from '@playwright/test';

const FATAL = '/zh/faq/paas-fatal-exited-too-quickly/';
const FATAL_EN = '/en/faq/paas-fatal-exited-too-quickly/';
// Step 5 of the fix: prompts, two commands, RUNNING output.
const FATAL_COMMANDS = './bkcec start paas\n./bkcec status paas';

const readClipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
const figureWith = (page: Page, text: string) => page.locator('figure.code-block', { hasText: text }).first();

test.describe('secure origin (http://127.0.0.1)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copying a root-shell transcript gives exactly its commands', async ({ page }) => {
    await page.goto(FATAL);
    const block = page.locator('figure.code-block[data-caution]', { hasText: './bkcec start paas' });
    await block.getByRole('button', { name: '复制命令', exact: true }).click();
    expect(await readClipboard(page)).toBe(FATAL_COMMANDS);
    await expect(page.getByRole('status')).toHaveText('已复制');
  });

  test('each command of a transcript can be copied alone', async ({ page }) => {
    await page.goto(FATAL_EN);
    const block = page.locator('figure.code-block[data-caution]', { hasText: './bkcec start paas' });
    await expect(block.getByRole('button', { name: /^Copy command \d$/ })).toHaveCount(2);
    await block.getByRole('button', { name: 'Copy command 2' }).click();
    expect(await readClipboard(page)).toBe('./bkcec status paas');
  });

  test('keyboard: Tab to the button, Enter copies; a plain script copies as written', async ({ page }) => {
    await page.goto('/en/faq/check-paas-health/');
    const block = figureWith(page, 'for path in');
    const copy = block.getByRole('button', { name: 'Copy', exact: true });
    await copy.focus();
    await page.keyboard.press('Enter');
    expect(await readClipboard(page)).toBe(
      'for path in /healthz/ /login/healthz/ /api/healthz/ /console/healthz/ /v1/healthz/; do\n  echo "== $path"\n  curl -s -w \'\\nHTTP %{http_code}\\n\' "http://{PAAS_DOMAIN}$path"\ndone',
    );
  });

  test('a dangerous block shows its warning before the copy button, tied to it', async ({ page }) => {
    await page.goto(FATAL_EN);
    const block = page.locator('figure.code-block[data-danger]', { hasText: 'kill -9' });
    const note = block.getByRole('note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('Danger:');
    const copy = block.getByRole('button', { name: 'Copy commands' });
    await expect(copy).toHaveAccessibleDescription(/kill -9 ends every process/);
    const noteFirst = await note.evaluate((n, b) => Boolean(n.compareDocumentPosition(b!) & Node.DOCUMENT_POSITION_FOLLOWING), await copy.elementHandle());
    expect(noteFirst).toBe(true);
    await copy.click();
    expect(await readClipboard(page)).toBe("for x in `ps auxf|grep open_paas|awk '{print $2}'`;do kill -9 $x;done\nps auxf|grep open_paas");
  });

  test('placeholders: values fill in as text, are copied, survive a reload, and clear', async ({ page }) => {
    await page.goto('/en/faq/deploy-fails-after-server-reboot/');
    // Filling changes the block's text, so keep hold of it by position.
    const index = await page.locator('figure.code-block').evaluateAll((els) => els.findIndex((e) => e.textContent!.includes('rm -f ${APPS_ROOT}/projects/{app_code}')));
    const block = page.locator('figure.code-block').nth(index);
    await expect(block.locator('.ph[data-ph="APPS_ROOT"]')).toHaveText('${APPS_ROOT}');
    await page.getByText('My environment').click();
    const hostile = `/opt/bk"'<img src=x onerror=alert(1)>`;
    await page.getByLabel('APPS_ROOT').fill(hostile);
    await page.getByLabel('app_code').fill('bk_demo');
    await expect(block).toHaveAttribute('data-filled', '');
    await expect(block.getByText('Filled with your values')).toBeVisible();
    await expect(block.locator('.ph--filled').first()).toHaveText(hostile);
    await expect(page.locator('img[src=x]')).toHaveCount(0);
    await block.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await readClipboard(page)).toBe(`rm -f ${hostile}/projects/bk_demo/run/*`);

    await page.reload();
    await expect(figureWith(page, 'rm -f').locator('.ph--filled').first()).toHaveText(hostile);

    await page.getByText('My environment').click();
    await page.getByRole('button', { name: 'Clear all values' }).click();
    const again = figureWith(page, 'rm -f');
    await expect(again).not.toHaveAttribute('data-filled');
    await expect(again.locator('.ph--filled')).toHaveCount(0);
    await expect(again.locator('.ph[data-ph="APPS_ROOT"]')).toHaveText('${APPS_ROOT}');
    // A danger block is not copied with its placeholders empty (tests/e2e/copy-guard.spec.ts).
    await again.getByRole('button', { name: 'Copy', exact: true }).click();
    expect(await readClipboard(page)).toBe(`rm -f ${hostile}/projects/bk_demo/run/*`);
    expect(await page.evaluate(() => localStorage.getItem('kb-env'))).toBeNull();
  });

  test('the panel lists only the placeholders on the page; a page without any has no panel', async ({ page }) => {
    await page.goto('/en/faq/deploy-fails-after-server-reboot/');
    await page.getByText('My environment').click();
    await expect(page.getByLabel('PAAS_ROOT')).toBeVisible();
    await expect(page.getByLabel('nginx_ip')).toBeHidden();
    await page.goto('/en/faq/change-app-logo/');
    await expect(page.locator('[data-env-panel]')).toBeHidden();
  });

  test('a stored value with a newline or markup cannot run or render', async ({ page }) => {
    await page.goto('/en/faq/deploy-fails-after-server-reboot/');
    await page.evaluate(() => localStorage.setItem('kb-env', JSON.stringify({ APPS_ROOT: '/x\nreboot <b>bold</b>', nope: 1 })));
    await page.reload();
    const filled = figureWith(page, 'rm -f').locator('.ph--filled').first();
    await expect(filled).toHaveText('/xreboot <b>bold</b>');
    await expect(filled.locator('b')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no dead buttons, no panel, and the code is still there to select', async ({ page }) => {
    await page.goto(FATAL);
    await expect(page.locator('figure.code-block').first()).toBeVisible();
    await expect(page.locator('figure.code-block button')).toHaveCount(0);
    await expect(page.locator('[data-env-panel]')).toBeHidden();
    await expect(figureWith(page, './bkcec stop paas').locator('pre')).toContainText('./bkcec stop paas');
    // Prompts cannot be selected, so a manual selection of a command line leaves them out.
    expect(await page.locator('.prompt').first().evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
    expect(await page.locator('pre').first().evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
  });
});

test('every code block on an entry gets a copy button named Copy / 复制', async ({ page }) => {
  for (const [path, word] of [[FATAL, '复制'], [FATAL_EN, 'Copy']] as const) {
    await page.goto(path);
    const blocks = await page.locator('figure.code-block').count();
    expect(blocks).toBeGreaterThan(5);
    await expect(page.locator('figure.code-block .code-copy')).toHaveCount(blocks);
    for (const name of await page.locator('.code-copy, .code-copy-cmd').evaluateAll((els) => els.map((e) => e.textContent || e.getAttribute('aria-label')))) {
      expect(name).toContain(word);
    }
  }
});

test('dark theme: code colours follow the site theme toggle', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(FATAL_EN);
  const token = page.locator('figure.code-block pre .line[data-cmd] span[style]').first();
  const light = await token.evaluate((el) => getComputedStyle(el).color);
  await page.locator('[data-theme-toggle]').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await token.evaluate((el) => getComputedStyle(el).color);
  expect(dark).not.toBe(light);
  const expected = await token.evaluate((el) => el.style.getPropertyValue('--shiki-dark').trim().toLowerCase());
  const hex = dark.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');
  expect(`#${hex}`).toBe(expected);
});
