// Copy on a plain-http intranet host name (an insecure context: no navigator.clipboard, so the
// execCommand fallback of src/client/clipboard.ts). kb.test is mapped to 127.0.0.1 by a host-resolver rule, so the origin is not a secure context.
import { expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/browser.ts';

const PORT = Number(process.env.KB_TEST_PORT ?? 4399);
const FATAL = '/zh/faq/paas-fatal-exited-too-quickly/';
const FATAL_EN = '/en/faq/paas-fatal-exited-too-quickly/';
// Step 5 of the fix: two commands between prompts and output.
const FATAL_COMMANDS = './bkcec start paas\n./bkcec status paas';
const readClipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
const stepFive = (page: Page) => page.locator('figure.code-block[data-caution]', { hasText: './bkcec start paas' });

test.use({
  launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kb.test 127.0.0.1'] },
  permissions: ['clipboard-read', 'clipboard-write'],
});

test('copy still puts exactly the commands on the clipboard', async ({ page, context }) => {
  await page.goto(`http://kb.test:${PORT}${FATAL}`);
  expect(await page.evaluate(() => [window.isSecureContext, 'clipboard' in navigator])).toEqual([false, false]);
  await stepFive(page).getByRole('button', { name: '复制命令', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('已复制');
  // Read the system clipboard from a secure page of the same browser.
  const reader = await context.newPage();
  await reader.goto('/zh/');
  expect(await readClipboard(reader)).toBe(FATAL_COMMANDS);
});

test('one command at a time works there too', async ({ page, context }) => {
  await page.goto(`http://kb.test:${PORT}${FATAL_EN}`);
  await stepFive(page).getByRole('button', { name: 'Copy command 2' }).click();
  const reader = await context.newPage();
  await reader.goto('/en/');
  expect(await readClipboard(reader)).toBe('./bkcec status paas');
});
