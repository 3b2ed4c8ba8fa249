// `npm test`: unit tests, tests of the tooling, type and content checks, fresh builds (at the root and
// under a sub-path), checks over the built files, then Playwright against each built site. Every
// suite finds what it needs built by a step of its own here, never as a side effect of another suite.
// Last, the serving stage: both builds behind a real nginx with deploy/nginx/ (tests/nginx, then the
// serving browser gates of playwright.nginx.config.ts).
// Ends with one plain line "N passed, N failed" counting every test that ran (CI reads it).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/browser.ts';
import { findNginx, NO_NGINX } from './lib/nginx.ts';
import { requireNode } from './lib/node-version.ts';
import { SUBPATH } from './lib/subpath.ts';

requireNode();
const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const totals = { passed: 0, failed: 0 };
mkdirSync(join(root, 'test-results'), { recursive: true });
const stages: string[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): SpawnSyncReturns<Buffer> {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** node --test with the spec reporter on screen and a TAP copy we count from. */
function nodeTests(name: string, patterns: string[]): void {
  const files = patterns.flatMap((p) => globSync(p, { cwd: root })).sort();
  if (files.length === 0) return;
  const tap = join(root, 'test-results', `${name}.tap`);
  rmSync(tap, { force: true });
  const r = run(process.execPath, [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ]);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (key: string) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (r.status !== 0 && failed === 0) failed = 1; // the runner itself broke: never report green
  record(name, passed, failed);
}

/** One `npm run <script>` counted as a single test; returns whether it succeeded. */
function step(name: string, script: string): boolean {
  const r = run(npm, ['run', script]);
  const ok = r.status === 0;
  record(name, ok ? 1 : 0, ok ? 0 : 1);
  return ok;
}

function record(name: string, passed: number, failed: number): void {
  totals.passed += passed;
  totals.failed += failed;
  stages.push(`${name}: ${passed} passed, ${failed} failed`);
}

function finish(): never {
  console.log('\n' + stages.join('\n'));
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// 1. Pure logic of src/lib, then the tooling (link checker, bench corpus and tables, page budget).
nodeTests('unit', ['tests/unit/**/*.test.ts']);
nodeTests('tools', ['tests/tools/**/*.test.ts']);

// 2. Content (every content rule, no build) and types (`astro check`, TypeScript strict).
console.log('\nChecking content…');
const check = run(npm, ['run', 'check']);
record('check (content)', check.status === 0 ? 1 : 0, check.status === 0 ? 0 : 1);
console.log('\nChecking types…');
const types = run(npm, ['run', 'check:types']);
record('check (types)', types.status === 0 ? 1 : 0, types.status === 0 ? 0 : 1);

// 2b. The real `astro build` on broken and renamed fixture content (each test builds a site).
nodeTests('build tests', ['tests/build/**/*.test.ts']);

// 3. The site, built fresh, the way `npm start` and a deployment build it; then the same site
// deployed under a sub-path (dist-subpath/), which tests/dist and the sub-path browser suite read.
console.log('\nBuilding the site…');
if (!step('build', 'build')) finish();
console.log(`\nBuilding the site under ${SUBPATH.base} into ${SUBPATH.dir}/…`);
// Removed first, so a failed build cannot leave an older one for the suites below to test.
rmSync(join(root, SUBPATH.dir), { recursive: true, force: true });
const subpathBuilt = step('build (sub-path)', 'build:subpath');

// 4. Checks over the built files (links, budgets, …).
nodeTests('dist', ['tests/dist/**/*.test.ts']);

// 5. The browser.
let browser = findChromium();
if (browser === null) {
  console.log('\nNo Chromium found; trying `playwright install chromium`…');
  const install = run(npx, ['playwright', 'install', 'chromium']);
  browser = install.status === 0 ? findChromium() : null;
}
if (browser === null) {
  console.error('Cannot run the browser tests: no Chromium. Install one (Debian: `apt-get install chromium`) or run `npx playwright install chromium` with internet access.');
  record('e2e', 0, 1);
  finish();
}
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number } };
/** One Playwright suite counted as a stage: its JSON report read, and a runner that failed without
 *  a failing test (a config error, a web server that did not start) counted as one failure. */
function playwrightStage(name: string, reportFile: string, configArgs: string[]): void {
  const reportPath = join(root, 'test-results', reportFile);
  rmSync(reportPath, { force: true });
  const failedBefore = totals.failed;
  const suite = run(npx, ['playwright', 'test', ...configArgs], { KB_CHROMIUM: browser ?? '' });
  if (existsSync(reportPath)) {
    const { stats } = JSON.parse(readFileSync(reportPath, 'utf8')) as PlaywrightReport;
    // A flaky test (passed on retry) is not a pass we trust; count it as failed.
    record(name, stats.expected, stats.unexpected + stats.flaky);
  } else {
    record(name, 0, 1);
  }
  if (suite.status !== 0 && totals.failed === failedBefore) record(`${name} runner`, 0, 1);
}
playwrightStage('e2e', 'e2e.json', []);

// 6. The browser again, over the sub-path build of stage 3 (when it failed, that is already counted).
if (!subpathBuilt) finish();
playwrightStage('e2e (sub-path)', 'e2e-subpath.json', ['-c', 'playwright.subpath.config.ts']);

// 7. Both builds behind a real nginx started by the tests (Debian's package in CI): every file's
// headers, caching and compression, the package and kb-deploy.sh, a redeploy under load; then the
// serving browser gates.
console.log('\nServing both builds with nginx…');
if (findNginx() === null) {
  console.error(NO_NGINX);
  record('e2e nginx', 0, 1);
  finish();
}
nodeTests('nginx', ['tests/nginx/**/*.test.ts']);
playwrightStage('e2e nginx', 'e2e-nginx.json', ['-c', 'playwright.nginx.config.ts']);
finish();
