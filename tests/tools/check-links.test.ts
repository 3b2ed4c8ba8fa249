// The link checker itself, on tiny hand-made sites: it must find what it exists to find.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { checkLinks } from '../../tools/check-links.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-links-'));
  for (const [path, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), body);
  }
  return dir;
}

function check(files: Record<string, string>, base = '/', allowMissing: string[] = []) {
  const dir = site(files);
  try {
    return checkLinks({ dir, base, site: 'http://kb.test', allowMissing });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const page = (body: string) => `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`;

describe('checkLinks', () => {
  test('a clean site has nothing broken', () => {
    const r = check({
      'index.html': page('<a href="/en/">en</a><a href="en/faq/x/#cause-a">a</a><img src="/a.svg" srcset="/a.svg 1x, /a.svg 2x">'),
      'en/index.html': page('<a href="../">up</a>'),
      'en/faq/x/index.html': page('<li id="cause-a">a</li><a href="#cause-a">self</a>'),
      'a.svg': '<svg/>',
    });
    assert.deepEqual(r.broken, []);
    assert.equal(r.anchors, 1, 'two links to the same #anchor are one distinct target');
  });

  test('finds missing pages, missing anchors, missing trailing slashes and missing assets', () => {
    const r = check({
      'index.html': page('<a href="/nope/">x</a><a href="/en/#missing">y</a><a href="/en">z</a><script src="/gone.js"></script>'),
      'en/index.html': page('<h1 id="top">t</h1>'),
    });
    const reasons = r.broken.map((b) => `${new URL(b.url).pathname}${new URL(b.url).hash}: ${b.reason}`).sort();
    assert.deepEqual(reasons, [
      '/en/#missing: no element with id="missing"',
      '/en: missing trailing slash (the server has to redirect)',
      '/gone.js: no such file',
      '/nope/: no such page',
    ]);
  });

  test('under a base path, a link that forgets the base is broken', () => {
    const r = check({ 'index.html': page('<a href="/en/">root</a><a href="/docs/kb/en/">ok</a>'), 'en/index.html': page('') }, '/docs/kb/');
    assert.equal(r.broken.length, 1);
    assert.match(r.broken[0]!.reason, /outside the base path \/docs\/kb\//);
  });

  test('resources from another origin are broken; external page links are counted', () => {
    const r = check({ 'index.html': page('<a href="https://github.com/x">gh</a><link rel="stylesheet" href="https://cdn.example/x.css">') });
    assert.equal(r.external, 1);
    assert.equal(r.broken.length, 1);
    assert.match(r.broken[0]!.reason, /another origin/);
  });

  test('anchors through redirect pages are checked where the redirect leads', () => {
    const files = {
      'kb/P-1/index.html': page('<script src="/lang-redirect.js" data-target-zh="/zh/x/" data-target-en="/en/x/"></script>'),
      'zh/x/index.html': page('<p id="cause-a"></p>'),
      'en/x/index.html': page('<p id="cause-b"></p>'),
      'lang-redirect.js': '',
      'index.html': page('<a href="/kb/P-1/#cause-a">a</a>'),
    };
    const r = check(files);
    assert.equal(r.broken.length, 1, JSON.stringify(r.broken));
    assert.match(r.broken[0]!.reason, /cause-a/);
  });

  test('URLs in feeds and JSON on our origin are checked', () => {
    const r = check({
      'index.html': page(''),
      'en/feed.xml': '<feed><link href="http://kb.test/en/faq/gone/"/></feed>',
      'api/entries.json': JSON.stringify({ url: 'http://kb.test/zh/faq/gone/', other: 'http://elsewhere/x' }),
    });
    assert.deepEqual(r.broken.map((b) => b.from).sort(), ['/api/entries.json', '/en/feed.xml']);
  });

  test('--allow-missing moves matching targets out of "broken" and lists them', () => {
    const r = check({ 'index.html': page('<a href="/zh/search/">s</a>') }, '/', ['zh/search/']);
    assert.deepEqual(r.broken, []);
    assert.equal(r.allowed.length, 1);
  });
});
