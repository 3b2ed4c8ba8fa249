// A redeploy with deploy/kb-deploy.sh while readers are on the site: every page and the scripts and
// styles it names come from one release, none fails, and the next visit sees the new release.
// The "changed site" is the build with each page marked by its release and every stylesheet changed
// (so renamed, as a new build names it by its new content).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, globSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { precompressDir } from '../../tools/lib/precompress.ts';
import { startNginx, type RunningNginx } from '../../tools/lib/nginx.ts';
import { closeConnections, get, nginxTestPort } from './http.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'kb-redeploy-'));
const kbRoot = join(work, 'srv-kb');
let nginx: RunningNginx;

/** dist/ as release `label`: <html data-release>, each stylesheet changed and renamed. */
function release(label: string): string {
  const dir = join(work, `site-${label}`);
  cpSync(join(repo, 'dist'), dir, { recursive: true });
  const renamed: [string, string][] = [];
  for (const css of globSync('_astro/*.css', { cwd: dir })) {
    const name = css.slice('_astro/'.length);
    const next = name.replace(/\.css$/, `.${label}.css`);
    writeFileSync(join(dir, css), `${readFileSync(join(dir, css), 'utf8')}\n/*release:${label}*/\n`);
    renameSync(join(dir, css), join(dir, '_astro', next));
    renamed.push([name, next]);
  }
  for (const page of globSync('**/*.html', { cwd: dir })) {
    let html = readFileSync(join(dir, page), 'utf8').replace('<html ', `<html data-release="${label}" `);
    for (const [from, to] of renamed) html = html.replaceAll(`/_astro/${from}`, `/_astro/${to}`);
    writeFileSync(join(dir, page), html);
  }
  precompressDir(dir, ['gzip']);
  return dir;
}

function deploy(site: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn('sh', [join(repo, 'deploy', 'kb-deploy.sh'), site, kbRoot], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`kb-deploy.sh exited ${code}: ${err}`))));
  });
}

interface PageLoad {
  page: string;
  release: string;
  /** Problems: an asset that failed, or came from another release. */
  problems: string[];
}

/** A page and every script and stylesheet it names, fetched the way a browser does, one after the other. */
async function load(page: string): Promise<PageLoad> {
  const url = `${nginx.origin}/${page}`;
  const r = await get(url, { 'accept-encoding': 'gzip' });
  const problems: string[] = [];
  if (r.status !== 200) return { page, release: '?', problems: [`${page}: ${r.status}`] };
  const html = gunzipSync(r.body).toString('utf8');
  const release = /<html data-release="(\w+)"/.exec(html)?.[1] ?? '?';
  const assets = [...html.matchAll(/(?:href|src)="([^"]+\.(?:css|js))"/g)].map((m) => new URL(m[1], url).href);
  assert.ok(assets.some((a) => a.endsWith('.css')), `${page} names a stylesheet`);
  for (const asset of assets) {
    const a = await get(asset, { 'accept-encoding': 'gzip' });
    if (a.status !== 200) {
      problems.push(`${page} (${release}): ${asset} answered ${a.status}`);
      continue;
    }
    const body = a.headers['content-encoding'] === 'gzip' ? gunzipSync(a.body).toString('utf8') : a.body.toString('utf8');
    const from = /\/\*release:(\w+)\*\//.exec(body)?.[1];
    if (asset.endsWith('.css') && from !== release) problems.push(`${page} (${release}): ${asset} is from release ${from}`);
  }
  return { page, release, problems };
}

const sites: Record<string, string> = {};
before(async () => {
  for (const label of ['a', 'b', 'c', 'd', 'e']) sites[label] = release(label);
  await deploy(sites.a);
  nginx = await startNginx({ kbRoot, base: '/', port: nginxTestPort(4) });
});
after(async () => {
  closeConnections();
  await nginx?.stop();
  rmSync(work, { recursive: true, force: true });
});

const pages = ['en/', 'zh/', 'zh/wizard/', 'en/search/', 'kb/PAAS-001/', ...globSync('*/faq/*/index.html', { cwd: join(repo, 'dist') }).slice(0, 6).map((p) => p.replace(/index\.html$/, ''))];

test('a page opened before a redeploy still gets its own scripts and styles after it', async () => {
  const before = await get(`${nginx.origin}/en/`, { 'accept-encoding': 'gzip' });
  const html = gunzipSync(before.body).toString('utf8');
  assert.match(html, /data-release="a"/);
  const styles = [...html.matchAll(/href="([^"]+\.css)"/g)].map((m) => new URL(m[1], nginx.origin).href);
  assert.ok(styles.length > 0);
  await deploy(sites.b);
  for (const style of styles) {
    const r = await get(style);
    assert.equal(r.status, 200, `${style} of release a, after release b went live`);
    assert.match(r.body.toString('utf8'), /\/\*release:a\*\//);
  }
  const next = await load('en/');
  assert.equal(next.release, 'b', 'the next visit gets the new release');
  assert.deepEqual(next.problems, []);
});

test('readers during three redeploys: every page load is whole and from one release', async () => {
  let running = true;
  const loads: PageLoad[] = [];
  const reader = async (n: number) => {
    for (let i = n; running; i++) loads.push(await load(pages[i % pages.length]));
  };
  const readers = [0, 1, 2, 3].map(reader);
  for (const label of ['c', 'd', 'e']) {
    await new Promise((ok) => setTimeout(ok, 150));
    await deploy(sites[label]);
  }
  await new Promise((ok) => setTimeout(ok, 150));
  running = false;
  await Promise.all(readers);
  assert.deepEqual(loads.flatMap((l) => l.problems), []);
  const releases = new Set(loads.map((l) => l.release));
  assert.ok(releases.size >= 2, `the readers saw the switch (releases seen: ${[...releases].join(', ')}, ${loads.length} page loads)`);
  assert.ok(!releases.has('?'), 'every page named its release');
  const now = await load('zh/');
  assert.equal(now.release, 'e');
});
