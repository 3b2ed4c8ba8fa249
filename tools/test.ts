// `npm test`: unit tests, a fresh build, checks over the built files, then Playwright against the
// built site. Ends with one plain line "N passed, N failed" counting every test that ran (CI reads it).
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/browser.mjs';
import { requireNode } from './lib/node-version.mjs';

requireNode();
const root = fileURLToPath(new URL('..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const totals = { passed: 0, failed: 0 };
mkdirSync(join(root, 'test-results'), { recursive: true });
const stages = [];

function run(cmd, args, env = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** node --test with the spec reporter on screen and a TAP copy we count from. */
function nodeTests(name, patterns) {
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
  const count = (key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  let passed = count('pass');
  let failed = count('fail') + count('cancelled');
  if (r.status !== 0 && failed === 0) failed = 1; // the runner itself broke: never report green
  record(name, passed, failed);
}

function record(name, passed, failed) {
  totals.passed += passed;
  totals.failed += failed;
  stages.push(`${name}: ${passed} passed, ${failed} failed`);
}

function finish() {
  console.log('\n' + stages.join('\n'));
  console.log(`${totals.passed} passed, ${totals.failed} failed`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

// 1. Pure logic.
nodeTests('unit', ['tests/unit/**/*.test.ts']);

// 2. Types and content: `astro check` (TypeScript strict) and the content checks.
console.log('\nChecking types and content…');
const check = run(npm, ['run', 'check']);
record('check', check.status === 0 ? 1 : 0, check.status === 0 ? 0 : 1);

// 3. The site, built fresh, the way `npm start` and a deployment build it.
console.log('\nBuilding the site…');
const build = run(npm, ['run', 'build']);
if (build.status !== 0) {
  record('build', 0, 1);
  finish();
}
record('build', 1, 0);

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
const report = join(root, 'test-results', 'e2e.json');
rmSync(report, { force: true });
const e2e = run(npx, ['playwright', 'test'], { KB_CHROMIUM: browser ?? '' });
if (existsSync(report)) {
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  // A flaky test (passed on retry) is not a pass we trust; count it as failed.
  record('e2e', stats.expected, stats.unexpected + stats.flaky);
} else {
  record('e2e', 0, 1);
}
if (e2e.status !== 0 && totals.failed === 0) record('e2e runner', 0, 1);

// 6. The browser again, over the sub-path build (dist-subpath/, built in stage 4 by tests/dist/subpath.test.ts).
const subReport = join(root, 'test-results', 'e2e-subpath.json');
rmSync(subReport, { force: true });
const failedBefore = totals.failed;
const sub = run(npx, ['playwright', 'test', '-c', 'playwright.subpath.config.ts'], { KB_CHROMIUM: browser ?? '' });
if (existsSync(subReport)) {
  const { stats } = JSON.parse(readFileSync(subReport, 'utf8'));
  record('e2e (sub-path)', stats.expected, stats.unexpected + stats.flaky);
} else {
  record('e2e (sub-path)', 0, 1);
}
if (sub.status !== 0 && totals.failed === failedBefore) record('e2e (sub-path) runner', 0, 1);
finish();
