// A block marked danger or caution is never copied with a placeholder left in it: the copy button
// puts nothing on the clipboard, names the missing value and takes the reader to its field; once
// the value is filled, the copied command carries it.
import { expect, test, type Page } from '@playwright/test';

const FATAL_EN = '/en/faq/paas-fatal-exited-too-quickly/';
const SENTINEL = 'clipboard before the click';

const readClipboard = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page: Page, text: string): Promise<void> => page.evaluate((t) => navigator.clipboard.writeText(t), text);

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a danger block with an empty install root copies nothing, names the value and opens its field', async ({ page }) => {
  await page.goto(FATAL_EN);
  const block = page.locator('figure.code-block[data-danger]', { hasText: 'supervisorctl' });
  await expect(block.locator('.ph[data-ph="PAAS_ROOT"]').first()).toHaveText('${PAAS_ROOT}');
  await writeClipboard(page, SENTINEL);

  await block.getByRole('button', { name: 'Copy commands' }).click();
  expect(await readClipboard(page)).toBe(SENTINEL);
  await expect(block.locator('.code-status')).toContainText('${PAAS_ROOT}');
  await expect(page.getByRole('status')).toContainText('Not copied');
  const field = page.getByLabel('PAAS_ROOT');
  await expect(field).toBeVisible();
  await expect(field).toBeFocused();

  await field.fill('/data/bkce');
  await block.getByRole('button', { name: 'Copy commands' }).click();
  expect(await readClipboard(page)).toBe(
    '/data/bkce/.envs/open_paas/bin/python /data/bkce/.envs/open_paas/bin/supervisorctl -c /data/bkce/etc/supervisor-open_paas.conf shutdown',
  );
  await expect(page.getByRole('status')).toHaveText('Copied');
});

test('a caution block names every value it lacks; a block without a warning copies its placeholders as they are', async ({ page }) => {
  await page.goto(FATAL_EN);
  await writeClipboard(page, SENTINEL);
  const caution = page.locator('figure.code-block[data-caution]', { hasText: 'supervisor.sock' });
  await caution.getByRole('button', { name: 'Copy commands' }).click();
  await expect(caution.locator('.code-status')).toContainText('${OPEN_PAAS_LOGS}');
  expect(await readClipboard(page)).toBe(SENTINEL);
  await expect(page.getByLabel('OPEN_PAAS_LOGS')).toBeFocused();

  await page.goto('/en/faq/deploy-fails-after-server-reboot/');
  const plain = page.locator('figure.code-block:not([data-danger]):not([data-caution])', { hasText: 'ls -l ${APPS_ROOT}/projects/*/run/' });
  await plain.getByRole('button', { name: 'Copy', exact: true }).click();
  expect(await readClipboard(page)).toBe('ls -l ${APPS_ROOT}/projects/*/run/');
});
