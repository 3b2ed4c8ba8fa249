import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/lib/browser.mjs';

// Tests run against the built site (npm test builds it first), served by `astro preview`.
const PORT = Number(process.env.KB_TEST_PORT ?? 4399);
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // tools/test.mjs counts results from the JSON report.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: browser ?? undefined,
      args: CHROMIUM_ARGS,
    },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node tools/serve.mjs --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
