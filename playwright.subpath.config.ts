import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/lib/browser.ts';
import { SUBPATH } from './tools/lib/subpath.ts';

// Browser checks over the sub-path build (dist-subpath/, see tools/lib/subpath.ts), served under
// /docs/kb/ on KB_TEST_PORT + 1. `npm test` builds it in a step of its own and runs this suite after
// the root one; on its own, `npm run test:e2e:subpath` first builds dist-subpath/ when it is missing
// or older than the sources (tools/build-subpath.ts --if-stale).
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
    command: `node tools/build-subpath.ts --if-stale && node tools/serve.ts --host 127.0.0.1 --port ${PORT} --dir ${SUBPATH.dir} --base ${SUBPATH.base}`,
    url: `http://127.0.0.1:${PORT}${SUBPATH.base}zh/`,
    reuseExistingServer: !process.env.CI,
    // Room for the build the command may run first.
    timeout: 300_000,
  },
});
