// Text contrast on every entry page, light and dark. The gates (gates.spec.ts) run the full
// axe rule set on one entry page per language; code tokens differ from entry to entry (a `while`
// keyword in one bash block was 4.29:1 on the old grey block background), so colour contrast — the
// one rule that depends on which tokens a page happens to contain — is checked on all of them.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readExport } from '../helpers/gate-pages.ts';

const paths = readExport()
  .entries.filter((e) => e.status === 'active')
  .flatMap((e) => Object.values(e.url).map((u) => new URL(u).pathname));

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every entry page keeps 4.5:1 text contrast (${colorScheme})`, async ({ browser }) => {
    test.setTimeout(30_000 + paths.length * 5_000);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const failures: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      for (const v of violations) {
        for (const n of v.nodes.slice(0, 3)) failures.push(`${path} ${n.target.join(' ')}: ${n.any[0]?.message ?? v.help}`);
      }
    }
    await context.close();
    expect(paths.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
}
