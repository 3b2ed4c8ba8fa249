// Step 2 when a place has more symptom classes than a step may show: the wizard asks a narrowing
// question first (src/lib/wizard-questions.ts). The real content has few classes per place, so this
// serves the built page with a model that asks one, made from the page's own model.
import { expect, test, type Page } from '@playwright/test';

interface Question { ask: string; classes?: number[]; options?: { value: string; match: string[]; next: Question }[] }
interface PageModel { places: { id: string; question: Question }[]; classes: { id: string }[]; labels: Record<string, string> }

/** Serves /en/wizard/ with login-page asking "problem or how-to?" before its classes. */
async function withNarrowingQuestion(page: Page): Promise<{ problem: string; howto: string }> {
  const html = await (await page.request.get('/en/wizard/')).text();
  const block = /(<script type="application\/json" id="wizard-data">)([\s\S]*?)(<\/script>)/.exec(html)!;
  const data = JSON.parse(block[2]!) as { model: PageModel };
  const place = data.model.places.find((p) => p.id === 'login-page')!;
  const classes = place.question.classes!;
  const howtoIndex = data.model.classes.findIndex((c) => c.id === 'password-rejected');
  place.question = {
    ask: 'kind',
    options: [
      { value: 'problem', match: ['problem'], next: { ask: 'class', classes: classes.filter((i) => i !== howtoIndex) } },
      { value: 'howto', match: ['howto'], next: { ask: 'class', classes: [howtoIndex] } },
    ],
  };
  const patched = html.replace(block[0], `${block[1]}${JSON.stringify(data).replace(/</g, '\\u003c')}${block[3]}`);
  await page.route(/\/en\/wizard\/(\?.*)?$/, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: patched }));
  return { problem: data.model.classes[classes.find((i) => i !== howtoIndex)!]!.id, howto: 'password-rejected' };
}

test('a narrowing question comes first, its answer goes in the URL, and back returns to it', async ({ page }) => {
  const { problem } = await withNarrowingQuestion(page);
  await page.goto('/en/wizard/');
  await page.locator('input[name="where"][value="login-page"]').check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Is something broken/ })).toBeFocused();
  const answers = page.locator('[data-panel="symptom"] input[name="kind"]');
  await expect(answers).toHaveCount(2);
  await expect(page.locator('[data-panel="symptom"] label', { has: page.locator('input[value="howto"]') })).toContainText('I want to get something done');
  await page.locator('input[name="kind"][value="problem"]').check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/\?where=login-page&kind=problem$/);
  await expect(page.getByRole('heading', { level: 2, name: 'What do you see?' })).toBeFocused();
  await expect(page.locator('input[name="class"][value="password-rejected"]')).toHaveCount(0);
  await page.locator(`input[name="class"][value="${problem}"]`).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`\\?where=login-page&kind=problem&class=${problem}$`));
  await expect(page.locator('[data-candidates] > .wizard-candidate[data-state="current"]')).toBeVisible();
  // "change" what you see: back at the question with the answer kept.
  await page.locator('[data-trail-symptom] a[data-wizard-nav="symptom"]').click();
  await expect(page).toHaveURL(/\?where=login-page&kind=problem$/);
  // Back: the class again, then the question's answer, then the question.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`&class=${problem}$`));
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/\?where=login-page$/);
  await expect(page.getByRole('heading', { level: 2, name: /Is something broken/ })).toBeFocused();
});

test('a link naming the class without the answers before it still opens the class', async ({ page }) => {
  const { howto } = await withNarrowingQuestion(page);
  await page.goto(`/en/wizard/?where=login-page&kind=nonsense&class=${howto}`);
  await expect(page.locator('[data-candidates] > .wizard-candidate[data-state="current"]')).toHaveAttribute('data-candidate', /^PAAS-\d+$/);
  await expect(page.locator('[data-rejected]')).toBeHidden();
  await page.goto('/en/wizard/?where=login-page&kind=nonsense');
  await expect(page.locator('[data-rejected]')).toBeVisible();
  await expect(page.locator('[data-rejected-list]')).toHaveText('kind=nonsense');
});
