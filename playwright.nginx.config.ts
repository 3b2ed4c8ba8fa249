import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tools/lib/browser.ts';
import { nginxTestPort } from './tools/lib/nginx.ts';
import { SUBPATH } from './tools/lib/subpath.ts';

// The browser gates that depend on how the site is served, run against a real nginx with the files
// of deploy/nginx/ (tools/serve-nginx.ts): the root build (dist/) on KB_NGINX_PORT and the sub-path
// build (dist-subpath/) under /docs/kb/ on KB_NGINX_PORT + 1. The specs are those of tests/e2e and
// tests/e2e-subpath, not copies: pages in both languages, the 404 page, search with a pasted log (its
// wasm and index under the header CSP), the wizard, copy buttons and permalinks; and, in both,
// tests/nginx/*.spec.ts: what the header policy does in a browser. Both builds must exist
// (`npm test` builds them; on their own: `npm run build && npm run build:subpath`).
const PORT = nginxTestPort(0);
const browser = findChromium();
const use = { launchOptions: { executablePath: browser ?? undefined, args: CHROMIUM_ARGS }, trace: 'retain-on-failure' as const };

export default defineConfig({
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-nginx.json' }]],
  outputDir: 'test-results/e2e-nginx-artifacts',
  projects: [
    {
      name: 'nginx-root',
      testDir: 'tests/e2e',
      testMatch: ['foundation.spec.ts', 'search.spec.ts', 'links.spec.ts'],
      // Phone layouts do not depend on the server.
      grepInvert: /on a phone/,
      use: { ...use, browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      // The wizard's pages and data as served, not every step of its interface.
      name: 'nginx-root-wizard',
      testDir: 'tests/e2e',
      testMatch: ['wizard.spec.ts'],
      grep: /step 1 lists every place|clicking through reaches|nested list linking every entry|sends the paste to search/,
      use: { ...use, browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'nginx-subpath',
      testDir: 'tests/e2e-subpath',
      use: { ...use, browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT + 1}${SUBPATH.base}` },
    },
    {
      name: 'nginx-headers-root',
      testDir: 'tests/nginx',
      testMatch: ['*.spec.ts'],
      use: { ...use, browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT}` },
    },
    {
      name: 'nginx-headers-subpath',
      testDir: 'tests/nginx',
      testMatch: ['*.spec.ts'],
      use: { ...use, browserName: 'chromium', baseURL: `http://127.0.0.1:${PORT + 1}${SUBPATH.base}` },
    },
  ],
  webServer: [
    {
      command: `node tools/serve-nginx.ts --dir dist --port ${PORT} --base /`,
      url: `http://127.0.0.1:${PORT}/zh/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 30_000,
    },
    {
      command: `node tools/serve-nginx.ts --dir ${SUBPATH.dir} --port ${PORT + 1} --base ${SUBPATH.base}`,
      url: `http://127.0.0.1:${PORT + 1}${SUBPATH.base}zh/`,
      reuseExistingServer: false,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      timeout: 30_000,
    },
  ],
});
