// The site behind a real nginx with deploy/nginx/: every file of the build is served with the type,
// caching, compression and security headers its kind needs; pages, permalinks, the 404 page and
// redirects work at the root and under a sub-path. The root build is served from dist/; the sub-path
// build goes the operator's way: `npm run package`, unpacked, installed by deploy/kb-deploy.sh.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, SECURITY_HEADERS } from '../../tools/lib/nginx-conf.ts';
import { startNginx, type RunningNginx } from '../../tools/lib/nginx.ts';
import { LANGS } from '../../src/lib/locales.ts';
import { HASHED_INDEX_DIR, manifestHashOf } from '../../src/lib/search/index-location.ts';
import { SUBPATH } from '../../tools/lib/subpath.ts';
import { closeConnections, get, nginxTestPort, type Reply } from './http.ts';

const repo = resolve(import.meta.dirname, '..', '..');
after(closeConnections);

/** Content-Type nginx must send for each kind of file the site has; a new kind must be added here. */
const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'application/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  // Pagefind's chunks and wasm, gzip inside: bytes the browser unpacks itself.
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Names that carry a content hash: cached for good. Everything else (the search index manifests
 *  among them) is revalidated. */
const HASHED = new RegExp(`^(?:_astro/|${HASHED_INDEX_DIR}/|pagefind/(?:index|fragment|filter)/)`);

function assertSecurityHeaders(r: Reply, what: string): void {
  for (const [name, value] of SECURITY_HEADERS) assert.equal(r.headers[name.toLowerCase()], value, `${what}: ${name}`);
}

function siteFiles(dir: string): string[] {
  return globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((d) => d.isFile() && !/\.(?:gz|br)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();
}

interface Served {
  nginx: RunningNginx;
  /** The files nginx serves (the build, or the release installed from the package). */
  site: string;
  url: (rel: string) => string;
  cleanup: () => void;
}

async function serveRoot(): Promise<Served> {
  const site = join(repo, 'dist');
  const nginx = await startNginx({ siteDir: site, base: '/', port: nginxTestPort(2) });
  return { nginx, site, url: (rel) => `${nginx.origin}/${rel}`, cleanup: () => {} };
}

/** The sub-path build packaged, unpacked and installed as an operator would, then served. */
async function serveSubpathPackage(): Promise<Served> {
  const work = mkdtempSync(join(tmpdir(), 'kb-package-test-'));
  const archive = join(work, 'kb.tar.gz');
  const pack = spawnSync(process.execPath, ['tools/package.ts', '--dir', SUBPATH.dir, '--out', archive], { cwd: repo, encoding: 'utf8' });
  assert.equal(pack.status, 0, `npm run package failed:\n${pack.stdout}${pack.stderr}`);
  const untar = spawnSync('tar', ['xzf', archive, '-C', work], { encoding: 'utf8' });
  assert.equal(untar.status, 0, untar.stderr);
  const kbRoot = join(work, 'srv-kb');
  const deploy = spawnSync('sh', [join(work, 'bk-paas-kb', 'deploy', 'kb-deploy.sh'), join(work, 'bk-paas-kb', 'site'), kbRoot], { encoding: 'utf8' });
  assert.equal(deploy.status, 0, `kb-deploy.sh failed:\n${deploy.stdout}${deploy.stderr}`);
  const nginx = await startNginx({ kbRoot, base: SUBPATH.base, port: nginxTestPort(3) });
  return { nginx, site: join(kbRoot, 'current'), url: (rel) => `${nginx.origin}${SUBPATH.base}${rel}`, cleanup: () => rmSync(work, { recursive: true, force: true }) };
}

test('the package holds the site, deploy/ and a README and build note for the operator', () => {
  const work = mkdtempSync(join(tmpdir(), 'kb-package-list-'));
  try {
    const archive = join(work, 'kb.tar.gz');
    const pack = spawnSync(process.execPath, ['tools/package.ts', '--dir', SUBPATH.dir, '--out', archive], { cwd: repo, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const list = spawnSync('tar', ['tzf', archive], { encoding: 'utf8' }).stdout.split('\n');
    for (const name of ['bk-paas-kb/README.md', 'bk-paas-kb/BUILD.txt', 'bk-paas-kb/deploy/kb-deploy.sh', 'bk-paas-kb/deploy/nginx/kb-site.conf.template', 'bk-paas-kb/deploy/nginx/kb-headers.conf', 'bk-paas-kb/deploy/Containerfile', 'bk-paas-kb/site/index.html', 'bk-paas-kb/site/index.html.gz', 'bk-paas-kb/site/404.html']) {
      assert.ok(list.includes(name), `${name} in the archive`);
    }
    assert.equal(list.filter((n) => n.startsWith('bk-paas-kb/site/') && !n.endsWith('/')).length, globSync('**/*', { cwd: join(repo, SUBPATH.dir), withFileTypes: true }).filter((d) => d.isFile()).length);
    spawnSync('tar', ['xzf', archive, '-C', work]);
    const note = readFileSync(join(work, 'bk-paas-kb', 'BUILD.txt'), 'utf8');
    assert.match(note, /^base path: \/docs\/kb\/$/m);
    assert.match(note, /^site address: http:\/\/kb\.example\.test\/docs\/kb\/$/m);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

for (const [name, serve, base] of [
  ['at the root', serveRoot, '/'],
  ['under a sub-path, installed from the package', serveSubpathPackage, SUBPATH.base],
] as const) {
  describe(`nginx ${name}`, () => {
    let s: Served;
    before(async () => {
      s = await serve();
    });
    after(async () => {
      await s?.nginx.stop();
      s?.cleanup();
    });

    test('every file: its type, its caching, the security headers, and its precompressed bytes', async () => {
      const files = siteFiles(s.site);
      assert.ok(files.length > 100, `${files.length} files`);
      const seen = { gzip: 0, br: 0, immutable: 0, searchIndexFiles: 0, searchIndexManifests: 0 };
      for (const rel of files) {
        const ext = /\.([a-z_]+)$/.exec(rel)?.[1] ?? '';
        assert.ok(ext in TYPES, `no expected Content-Type for ${rel}: add its kind to TYPES`);
        const file = readFileSync(join(s.site, rel));
        const plain = await get(s.url(rel));
        assert.equal(plain.status, 200, rel);
        assert.equal(plain.headers['content-type'], TYPES[ext], `${rel}: Content-Type`);
        assert.equal(plain.headers['content-encoding'], undefined, `${rel}: encoded for a client that asked for none`);
        assert.deepEqual(plain.body, file, `${rel}: body`);
        const cache = HASHED.test(rel) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
        assert.equal(plain.headers['cache-control'], cache, `${rel}: Cache-Control`);
        if (cache === CACHE_IMMUTABLE) seen.immutable += 1;
        if (rel.startsWith(`${HASHED_INDEX_DIR}/`)) seen.searchIndexFiles += 1;
        if (manifestHashOf(rel.slice(rel.lastIndexOf('/') + 1))) seen.searchIndexManifests += 1;
        assertSecurityHeaders(plain, rel);

        const gz = await get(s.url(rel), { 'accept-encoding': 'gzip' });
        if (existsSync(join(s.site, `${rel}.gz`))) {
          assert.equal(gz.headers['content-encoding'], 'gzip', `${rel}: .gz not sent`);
          assert.match(gz.headers.vary ?? '', /Accept-Encoding/i, `${rel}: Vary`);
          assert.deepEqual(gz.body, readFileSync(join(s.site, `${rel}.gz`)), `${rel}: the .gz of the build, not compressed again`);
          assert.deepEqual(gunzipSync(gz.body), file);
          seen.gzip += 1;
        } else {
          // Pagefind's chunks (gzip inside) and files too small to gain: sent as they are.
          assert.equal(gz.headers['content-encoding'], undefined, `${rel}: compressed on the fly`);
        }
        if (s.nginx.brotli && existsSync(join(s.site, `${rel}.br`))) {
          const br = await get(s.url(rel), { 'accept-encoding': 'br, gzip' });
          assert.equal(br.headers['content-encoding'], 'br', `${rel}: .br not sent`);
          assert.deepEqual(brotliDecompressSync(br.body), file);
          seen.br += 1;
        }
      }
      assert.ok(seen.gzip > 100 && seen.immutable > 20, JSON.stringify(seen));
      // Each language's index: its manifest revalidated, its shards, records and maps kept (checked above).
      assert.equal(seen.searchIndexManifests, LANGS.length, JSON.stringify(seen));
      assert.ok(seen.searchIndexFiles >= 3 * LANGS.length, JSON.stringify(seen));
      if (s.nginx.brotli) assert.ok(seen.br > 100, JSON.stringify(seen));
      else console.log(`# brotli_static not available in nginx ${s.nginx.build.version}: .br files not checked`);
    });

    test("the CSP header is the page's <meta> policy plus frame-ancestors 'none'", async () => {
      const r = await get(s.url('en/'));
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(r.body.toString('utf8'))?.[1];
      assert.ok(meta, 'the page carries its meta policy');
      assert.equal(r.headers['content-security-policy'], `${meta.replaceAll('&#39;', "'")}; frame-ancestors 'none'`);
    });

    test('a page unchanged since the last visit costs a 304 (no-cache revalidates)', async () => {
      const first = await get(s.url('zh/'), { 'accept-encoding': 'gzip' });
      assert.ok(first.headers.etag);
      const again = await get(s.url('zh/'), { 'accept-encoding': 'gzip', 'if-none-match': first.headers.etag });
      assert.equal(again.status, 304);
      assert.equal(again.body.length, 0);
    });

    test('every permalink /kb/<ID>/ is a page that leads to the entry in both languages', async () => {
      const ids = readdirSync(join(s.site, 'kb'));
      const entries = JSON.parse(readFileSync(join(s.site, 'api', 'entries.json'), 'utf8')) as { entries: { id: string }[] };
      assert.deepEqual(ids.sort(), entries.entries.map((e) => e.id).sort());
      for (const id of ids) {
        const r = await get(s.url(`kb/${id}/`));
        assert.equal(r.status, 200, id);
        assert.match(r.body.toString('utf8'), new RegExp(`data-permalink="${id}"`));
        assert.match(r.body.toString('utf8'), new RegExp(`href="${base}zh/faq/[^"]+/"[^>]*data-lang-choice="zh"`));
        assert.match(r.body.toString('utf8'), new RegExp(`href="${base}en/faq/[^"]+/"[^>]*data-lang-choice="en"`));
      }
    });

    test('a missing page is the 404 page with status 404 and the headers; a directory without its slash redirects', async () => {
      for (const rel of ['zh/faq/no-such-entry/', 'kb/PAAS-999999/', 'no/such/file.js', '_astro/gone.Abc123.css']) {
        const r = await get(s.url(rel), { 'accept-encoding': 'gzip' });
        assert.equal(r.status, 404, rel);
        assert.equal(r.headers['content-type'], TYPES.html, rel);
        assert.deepEqual(gunzipSync(r.body), readFileSync(join(s.site, '404.html')), `${rel}: the site's 404 page`);
        assertSecurityHeaders(r, rel);
        assert.equal(r.headers['cache-control'], CACHE_REVALIDATE, rel);
      }
      const moved = await get(s.url('en'));
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.location, `${base}en/`, 'relative, so it keeps the host and port the reader used');
      if (base !== '/') {
        const bare = await get(`${s.nginx.origin}${base.slice(0, -1)}`);
        assert.equal(bare.status, 301);
        assert.equal(bare.headers.location, base);
        assertSecurityHeaders(bare, base.slice(0, -1));
      }
    });
  });
}
