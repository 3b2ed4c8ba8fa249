import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/lib/browser.mjs';
import { SUBPATH } from './tools/lib/subpath.mjs';

// Browser checks over the sub-path build (issue 7): dist-subpath/, built by tests/dist/subpath.test.ts
// or `npm run build:subpath`, served under /docs/kb/ on KB_TEST_PORT + 1. Run by tools/test.mjs
// after the root suite; on its own: `npm run test:e2e:subpath`.
const PORT = Number(process.env.KB_TEST_PORT ?? 4399) + 1;
const browser = findChromium();

export default defineConfig({
  testDir: 'tests/e2e-subpath',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-subpath.json' }]],
  outputDir: 'test-results/e2e-subpath-artifacts',
  use: {
    // Relative paths in tests (page.goto('en/')) resolve under the base path.
    baseURL: `http://127.0.0.1:${PORT}${SUBPATH.base}`,
    launchOptions: { executablePath: browser ?? undefined, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [{ name: 'chromium-subpath', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node tools/serve.mjs --host 127.0.0.1 --port ${PORT} --dir ${SUBPATH.dir} --base ${SUBPATH.base}`,
    url: `http://127.0.0.1:${PORT}${SUBPATH.base}zh/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
