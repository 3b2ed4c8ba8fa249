// A redeploy with deploy/kb-deploy.sh while readers are on the site: every page and the scripts,
// styles and search index it names come from one release, none fails, and the next visit sees the
// new release. The "changed site" is the build with each page marked by its release, every stylesheet
// changed (so renamed, as a new build names it by its new content) and every entry's title in the
// search index marked with its release (so a new index version, named by its new hash, as a build of
// changed entries makes it).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, globSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { precompressDir } from '../../tools/lib/precompress.ts';
import { startNginx, type RunningNginx } from '../../tools/lib/nginx.ts';
import { langFromTag, LANGS, type Lang } from '../../src/lib/locales.ts';
import { searchIndexVersion } from '../../src/lib/search/build.ts';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import { HASHED_INDEX_DIR, indexFilePath, MANIFEST_NAME, manifestDir, manifestHashes, PAGEFIND_MAP_DIR, recordsName } from '../../src/lib/search/index-location.ts';
import type { Manifest } from '../../src/lib/search/sharded-index.ts';
import { SearchStore } from '../../src/lib/search/store.ts';
import { searchWith } from '../helpers/search-store.ts';
import { closeConnections, get, nginxTestPort } from './http.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'kb-redeploy-'));
const kbRoot = join(work, 'srv-kb');
let nginx: RunningNginx;

/** The version hash of a language's search index in a built site (its one manifest). */
function indexHash(dir: string, lang: Lang): string {
  const hashes = manifestHashes(globSync('index.*.json', { cwd: join(dir, manifestDir(lang)) }));
  assert.equal(hashes.length, 1, `${dir}: one ${lang} search index`);
  return hashes[0]!;
}

/**
 * The search index of `dir` rebuilt with every entry's title marked `release<label>`: a new version
 * under its new hash, with the build's Pagefind map (the records keep their order), and every page
 * naming the new version instead of the build's.
 */
function markIndex(dir: string, label: string): void {
  const renamed: [string, string][] = [];
  for (const lang of LANGS) {
    const old = indexHash(dir, lang);
    const file = (hash: string, name: string) => join(dir, indexFilePath(lang, hash, name));
    const manifest = JSON.parse(readFileSync(file(old, MANIFEST_NAME), 'utf8')) as Manifest;
    const records: IndexEntry[] = [];
    for (let c = 0; c * manifest.chunk < manifest.n; c++) records.push(...(JSON.parse(readFileSync(file(old, recordsName(c)), 'utf8')) as IndexEntry[]));
    const marked = records.map((r) => ({ ...r, title: `${r.title} release${label}`, fields: { ...r.fields, title: `${r.fields.title} release${label}` } }));
    const { hash, files } = searchIndexVersion(lang, marked);
    assert.notEqual(hash, old);
    for (const [name, body] of files) {
      mkdirSync(dirname(file(hash, name)), { recursive: true });
      writeFileSync(file(hash, name), JSON.stringify(name === MANIFEST_NAME ? { ...(body as Manifest), pf: manifest.pf, pfMap: manifest.pfMap } : body));
    }
    cpSync(join(dir, HASHED_INDEX_DIR, old, PAGEFIND_MAP_DIR), join(dir, HASHED_INDEX_DIR, hash, PAGEFIND_MAP_DIR), { recursive: true });
    rmSync(join(dir, HASHED_INDEX_DIR, old), { recursive: true });
    for (const f of globSync(`index.${old}.json*`, { cwd: join(dir, manifestDir(lang)) })) rmSync(join(dir, manifestDir(lang), f));
    renamed.push([`data-search-index="${old}"`, `data-search-index="${hash}"`]);
  }
  for (const page of globSync('**/*.html', { cwd: dir })) {
    let html = readFileSync(join(dir, page), 'utf8');
    for (const [from, to] of renamed) html = html.replaceAll(from, to);
    writeFileSync(join(dir, page), html);
  }
}

/** dist/ as release `label`: <html data-release>, each stylesheet changed and renamed, its own search index. */
function release(label: string): string {
  const dir = join(work, `site-${label}`);
  cpSync(join(repo, 'dist'), dir, { recursive: true });
  markIndex(dir, label);
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

/** A store over the index version a page names, fetched from nginx; every file it asked for is pushed to `fetched`. */
function pageIndex(html: string, fetched: string[] = []): Promise<SearchStore> {
  const lang = langFromTag(/<html[^>]* lang="([^"]+)"/.exec(html)?.[1]);
  const hash = /<html[^>]* data-search-index="([0-9a-f]+)"/.exec(html)?.[1];
  assert.ok(hash, 'the page names its search index');
  return SearchStore.open(async (name) => {
    const url = `${nginx.origin}/${indexFilePath(lang, hash, name)}`;
    const r = await get(url, { 'accept-encoding': 'gzip' });
    fetched.push(`${name} ${r.status}`);
    if (r.status !== 200) throw new Error(`${url}: ${r.status}`);
    return JSON.parse((r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body).toString('utf8')) as unknown;
  });
}

/** The release an entry record's title is marked with. */
const releaseOf = (title: string) => /release(\w+)$/.exec(title)?.[1];

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
  // The search index the page names: its manifest, then a first search's shards and records.
  if (/data-search-index=/.test(html)) {
    const fetched: string[] = [];
    try {
      const store = await pageIndex(html, fetched);
      await store.loadTerms(['release', `release${release}`]);
      await store.loadEntries([0, store.manifest.n - 1]);
      for (const at of [0, store.manifest.n - 1]) {
        const from = releaseOf(store.view().entry(at)?.entry.title ?? '');
        if (from !== release) problems.push(`${page} (${release}): search index record ${at} is from release ${from}`);
      }
    } catch (e) {
      problems.push(`${page} (${release}): search index: ${(e as Error).message} (fetched ${fetched.join(', ')})`);
    }
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

test('a page opened before a redeploy searches its own release’s index after it', async () => {
  const opened = gunzipSync((await get(`${nginx.origin}/zh/search/`, { 'accept-encoding': 'gzip' })).body).toString('utf8');
  const release = /<html data-release="(\w+)"/.exec(opened)?.[1];
  assert.equal(release, 'b', 'the test before left release b live');
  const next = 'c';
  await deploy(sites[next]);
  // The page searches for the first time after the switch: every file it reads is its own release's.
  const fetched: string[] = [];
  const store = await pageIndex(opened, fetched);
  const own = await searchWith(store, 'zh', `release${release}`);
  assert.ok(own.items.length > 0, `a search for its release’s mark finds entries (fetched ${fetched.join(', ')})`);
  for (const item of own.items) assert.equal(releaseOf(item.entry.title), release, item.entry.id);
  assert.equal((await searchWith(store, 'zh', `release${next}`)).items.filter((i) => releaseOf(i.entry.title) !== release).length, 0);
  assert.ok(fetched.every((f) => f.endsWith(' 200')), fetched.join(', '));
  // The next visit gets the new release's index.
  const fresh = gunzipSync((await get(`${nginx.origin}/zh/search/`, { 'accept-encoding': 'gzip' })).body).toString('utf8');
  assert.match(fresh, new RegExp(`data-release="${next}"`));
  const now = await searchWith(await pageIndex(fresh), 'zh', `release${next}`);
  assert.ok(now.items.length > 0);
  for (const item of now.items) assert.equal(releaseOf(item.entry.title), next, item.entry.id);
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
