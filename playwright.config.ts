import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/lib/browser.ts';

// Tests run against the built site in dist/ (`npm test` builds it first; on its own, run
// `npm run build` first), served by tools/serve.ts the way a plain web server serves it.
const PORT = Number(process.env.KB_TEST_PORT ?? 4399);
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // tools/test.ts counts results from the JSON report.
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
    command: `node tools/serve.ts --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/zh/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
