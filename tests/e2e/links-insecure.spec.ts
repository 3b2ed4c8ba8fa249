// Copy buttons on an intranet host name: http://kb.test is not a secure context, so
// navigator.clipboard does not exist and the copy must go through the fallback in clipboard.ts.
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tools/lib/browser.ts';
import { normaliseSite } from '../../src/lib/deploy.ts';

const SITE = normaliseSite(process.env.SITE_URL);
const BASE = '/';
const PORT = Number(process.env.KB_TEST_PORT ?? 4399);
const ENTRY = { id: 'PAAS-007', slug: 'paas-agent-wont-start', cause: 'port-in-use' };

test.use({
  permissions: ['clipboard-read', 'clipboard-write'],
  launchOptions: { executablePath: findChromium() ?? undefined, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP kb.test 127.0.0.1'] },
});

test('copy buttons still copy on an insecure origin, through the fallback', async ({ page, context }) => {
  await page.goto(`http://kb.test:${PORT}${BASE}en/faq/${ENTRY.slug}/`);
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await page.locator(`#cause-${ENTRY.cause}`).getByRole('button', { name: /^Copy Markdown/ }).click();
  await expect(page.locator(`#cause-${ENTRY.cause} [data-copy-status]`)).toHaveText('Copied');
  // Read the clipboard from a secure page of the same browser.
  const reader = await context.newPage();
  await reader.goto(`${BASE}en/`);
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(
    `[${ENTRY.id} paas_agent will not start after installation](${SITE}${BASE}kb/${ENTRY.id}/#cause-${ENTRY.cause})`,
  );
});
