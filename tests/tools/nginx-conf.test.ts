import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { CSP_DIRECTIVES, serializeCsp } from '../../src/lib/csp.ts';
import { headersConf, renderTemplate, SECURITY_HEADERS } from '../../tools/lib/nginx-conf.ts';

const deploy = resolve(import.meta.dirname, '..', '..', 'deploy');
const siteTemplate = readFileSync(join(deploy, 'nginx', 'kb-site.conf.template'), 'utf8');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

test('deploy/nginx/kb-headers.conf is what src/lib/csp.ts generates (node tools/package.ts --headers)', () => {
  assert.equal(readFileSync(join(deploy, 'nginx', 'kb-headers.conf'), 'utf8'), headersConf());
});

test("the CSP header is the pages' own policy plus frame-ancestors 'none'", () => {
  const csp = SECURITY_HEADERS.find(([name]) => name === 'Content-Security-Policy')?.[1];
  assert.equal(csp, `${serializeCsp(CSP_DIRECTIVES)}; frame-ancestors 'none'`);
  assert.match(headersConf(), /^add_header Content-Security-Policy ".*frame-ancestors 'none'" always;$/m);
});

test('under a sub-path every location is under it and the bare path redirects to it', () => {
  const conf = renderTemplate(siteTemplate, { base: '/docs/kb/', root: '/srv/kb' });
  assert.match(conf, /^location = \/docs\/kb \{ include \/srv\/kb\/nginx\/kb-headers\.conf; absolute_redirect off; return 301 \/docs\/kb\/; \}/m);
  const locations = [...conf.matchAll(/^\s*location\s+(?:\^~|=)\s+(\S+)/gm)].map((m) => m[1]);
  assert.ok(locations.length >= 5);
  for (const l of locations) assert.ok(l === '/docs/kb' || l.startsWith('/docs/kb/'), l);
  assert.match(conf, /alias \/srv\/kb\/current\/;/);
  assert.match(conf, /error_page 404 \/docs\/kb\/404\.html;/);
  assert.doesNotMatch(conf.split('\n').filter((l) => !l.trim().startsWith('#')).join('\n'), /\$\{KB_/);
});

test('at the root the sub-path redirect is left out and locations start at /', () => {
  const conf = renderTemplate(siteTemplate, { base: '/', root: '/srv/kb/' });
  assert.doesNotMatch(conf, /return 301/);
  assert.match(conf, /^location \^~ \/ \{/m);
  assert.match(conf, /location \^~ \/_astro\/ \{/);
  assert.match(conf, /include \/srv\/kb\/nginx\/kb-headers\.conf;/);
});

test('a template value it does not know, or an install directory nginx cannot hold, is an error', () => {
  assert.throws(() => renderTemplate('root ${KB_ROOTS};', { base: '/', root: '/srv/kb' }), /unknown template value \$\{KB_ROOTS\}/);
  assert.throws(() => renderTemplate(siteTemplate, { base: '/', root: 'srv/kb' }), /absolute path/);
  assert.throws(() => renderTemplate(siteTemplate, { base: '/', root: '/srv/k b' }), /absolute path/);
  assert.throws(() => renderTemplate(siteTemplate, { base: '/a b/', root: '/srv/kb' }), /BASE_PATH/);
});

/** A built site as far as kb-deploy.sh looks at it, with the given base path. */
function fakeSite(base: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-fake-site-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html lang="en" data-base="${base}"><title>x</title></html>`);
  return dir;
}

for (const base of ['/', '/docs/kb/']) {
  test(`kb-deploy.sh renders the nginx files exactly as the tests do (base ${base})`, () => {
    const kbRoot = join(mkdtempSync(join(tmpdir(), 'kb-root-')), 'kb');
    dirs.push(resolve(kbRoot, '..'));
    const r = spawnSync('sh', [join(deploy, 'kb-deploy.sh'), fakeSite(base), kbRoot], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    for (const name of ['kb-site.conf', 'kb-server.conf']) {
      const template = readFileSync(join(deploy, 'nginx', `${name}.template`), 'utf8');
      assert.equal(readFileSync(join(kbRoot, 'nginx', name), 'utf8'), renderTemplate(template, { base, root: kbRoot, listen: 80 }), name);
    }
    assert.equal(readFileSync(join(kbRoot, 'nginx', 'kb-headers.conf'), 'utf8'), headersConf());
  });
}

test('kb-deploy.sh refuses a directory without a site, and one whose base path it cannot read', () => {
  const kbRoot = mkdtempSync(join(tmpdir(), 'kb-root-'));
  dirs.push(kbRoot);
  const empty = mkdtempSync(join(tmpdir(), 'kb-empty-'));
  dirs.push(empty);
  let r = spawnSync('sh', [join(deploy, 'kb-deploy.sh'), empty, kbRoot], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /holds no built site/);
  mkdirSync(join(empty, 'x'));
  writeFileSync(join(empty, 'index.html'), '<html lang="en"></html>');
  r = spawnSync('sh', [join(deploy, 'kb-deploy.sh'), empty, kbRoot], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /cannot read the site's base path/);
});

test('kb-deploy.sh will not replace a current/ that is a directory (a copy made by hand), and keeps the last releases', () => {
  const kbRoot = mkdtempSync(join(tmpdir(), 'kb-root-'));
  dirs.push(kbRoot);
  mkdirSync(join(kbRoot, 'current'));
  const site = fakeSite('/');
  let r = spawnSync('sh', [join(deploy, 'kb-deploy.sh'), site, kbRoot], { encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /current is a directory/);
  rmSync(join(kbRoot, 'current'), { recursive: true });
  for (let i = 0; i < 5; i++) {
    r = spawnSync('sh', [join(deploy, 'kb-deploy.sh'), site, kbRoot], { encoding: 'utf8', env: { ...process.env, KEEP: '2' } });
    assert.equal(r.status, 0, r.stderr);
  }
  const releases = readdirSync(join(kbRoot, 'releases')).filter((n) => !n.endsWith('.files')).sort();
  assert.deepEqual(releases.map((n) => n.slice(0, 6)), ['000004', '000005']);
  assert.equal(readlinkSync(join(kbRoot, 'current')), `releases/${releases[1]}`);
  assert.equal(existsSync(join(kbRoot, '.deploy-lock')), false, 'the lock is released');
});
