// The environment panel offers the install layouts (content/taxonomy/layouts.json): choosing one
// fills its path placeholders (each still editable, kept across pages), and a placeholder the layout
// does not have is shown as such.
import { expect, test } from '@playwright/test';

const PAGE = '/en/faq/paas-502-bad-gateway/';

test('choosing a layout fills its paths, a single value can still be changed, and what a layout lacks is marked', async ({ page }) => {
  await page.goto(PAGE);
  await page.getByText('My environment').click();
  const select = page.getByLabel('Install layout');
  const ctrlDir = page.getByLabel('CTRL_DIR');
  const lacks = page.locator('[data-env-row]', { has: ctrlDir }).getByText('Not on this layout');
  await expect(select).toHaveValue('');

  await select.selectOption('bkce');
  await expect(ctrlDir).toHaveValue('/data/install');
  await expect(page.locator('.ph--filled[data-ph="CTRL_DIR"]').first()).toHaveText('/data/install');
  await expect(lacks).toBeHidden();
  await expect(page.locator('figure.code-block[data-layout="bkce"]').first()).toContainText('Only for:');

  await ctrlDir.fill('/opt/install');
  await page.reload();
  await page.getByText('My environment').click();
  await expect(select).toHaveValue('bkce');
  await expect(ctrlDir).toHaveValue('/opt/install');

  await select.selectOption('standalone');
  await expect(ctrlDir).toHaveValue('');
  await expect(lacks).toBeVisible();
  await expect(page.locator('.ph--filled[data-ph="CTRL_DIR"]')).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear all values' }).click();
  await expect(select).toHaveValue('');
  await expect(lacks).toBeHidden();
});
