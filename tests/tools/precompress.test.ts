import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { precompressDir } from '../../tools/lib/precompress.ts';

const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small built site: a page, a stylesheet, a search file, a Pagefind chunk, an image, a tiny file. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-precompress-'));
  dirs.push(dir);
  mkdirSync(join(dir, '_astro'));
  mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
  const text = (word: string) => `<p>${word}</p>\n`.repeat(200);
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><title>t</title>${text('页面 page')}`);
  writeFileSync(join(dir, '_astro', 'a.B1c2.css'), `.a{color:red}\n`.repeat(100));
  writeFileSync(join(dir, 'data.json'), JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ i, name: 'entry' }))));
  writeFileSync(join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), gzipSync(Buffer.from(text('fragment'))));
  writeFileSync(join(dir, 'logo.png'), Buffer.alloc(4000, 7));
  writeFileSync(join(dir, 'tiny.js'), 'x()');
  return dir;
}

test('every text file gets a .gz and a .br that unpack to exactly the file, with its modification time', () => {
  const dir = site();
  const when = new Date('2026-01-02T03:04:05Z');
  utimesSync(join(dir, 'index.html'), when, when);
  const r = precompressDir(dir);
  for (const name of ['index.html', '_astro/a.B1c2.css', 'data.json']) {
    const file = join(dir, name);
    assert.deepEqual(gunzipSync(readFileSync(`${file}.gz`)), readFileSync(file), name);
    assert.deepEqual(brotliDecompressSync(readFileSync(`${file}.br`)), readFileSync(file), name);
  }
  assert.equal(statSync(join(dir, 'index.html.gz')).mtimeMs, when.getTime());
  assert.equal(statSync(join(dir, 'index.html.br')).mtimeMs, when.getTime());
  assert.equal(r.files, 4);
  assert.ok(r.sent.gzip < r.raw && r.sent.br < r.raw);
});

test('files compressed already (Pagefind chunks, images) and files that would not shrink get no variant', () => {
  const dir = site();
  const r = precompressDir(dir);
  for (const name of ['pagefind/fragment/en_1.pf_fragment', 'logo.png', 'tiny.js']) {
    assert.equal(existsSync(join(dir, `${name}.gz`)), false, `${name}.gz`);
    assert.equal(existsSync(join(dir, `${name}.br`)), false, `${name}.br`);
  }
  assert.equal(r.skipped, 2, 'tiny.js: neither gzip nor brotli is smaller');
  // What a client gets for tiny.js is the file itself, counted once per encoding.
  const variants = ['index.html', '_astro/a.B1c2.css', 'data.json'].reduce((a, n) => a + statSync(join(dir, `${n}.gz`)).size, 0);
  assert.equal(r.sent.gzip, variants + 'x()'.length);
});

test('two runs write the same bytes', () => {
  const dir = site();
  precompressDir(dir);
  const first = readFileSync(join(dir, 'index.html.gz'));
  const firstBr = readFileSync(join(dir, 'index.html.br'));
  precompressDir(dir);
  assert.deepEqual(readFileSync(join(dir, 'index.html.gz')), first);
  assert.deepEqual(readFileSync(join(dir, 'index.html.br')), firstBr);
});

test('variants of a deleted file, or of a file that no longer shrinks, are removed; a changed file is compressed again', () => {
  const dir = site();
  precompressDir(dir);
  rmSync(join(dir, 'data.json'));
  writeFileSync(join(dir, '_astro', 'a.B1c2.css'), 'a{}');
  writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html>${'<p>changed</p>'.repeat(300)}`);
  const r = precompressDir(dir);
  assert.equal(r.removed, 4);
  for (const name of ['data.json.gz', 'data.json.br', '_astro/a.B1c2.css.gz', '_astro/a.B1c2.css.br']) assert.equal(existsSync(join(dir, name)), false, name);
  assert.deepEqual(gunzipSync(readFileSync(join(dir, 'index.html.gz'))), readFileSync(join(dir, 'index.html')));
});

test('only the encodings asked for are written', () => {
  const dir = site();
  const r = precompressDir(dir, ['gzip']);
  assert.equal(existsSync(join(dir, 'index.html.gz')), true);
  assert.equal(existsSync(join(dir, 'index.html.br')), false);
  assert.equal(r.written.br, 0);
});
