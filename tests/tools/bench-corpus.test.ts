// The scale benchmark is only as honest as its synthetic corpus: it must pass every check the build
// applies, look like the real entries in size and code blocks, and keep entry i the same whatever N.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { harvestVocabulary, syntheticEntry, corpusStats, entryId, listedClasses, syntheticTaxonomy } from '../../tools/lib/synthetic-corpus.ts';
import { formatMs, formatTable } from '../../tools/lib/bench-table.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import { removeDir } from '../helpers/fixture-corpus.ts';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';

const real = await loadRealContent();
const { readFile } = await import('node:fs/promises');
const realTexts = await Promise.all(real.records.map(async (r) => ({ lang: r.lang, text: await readFile(r.file, 'utf8') })));
const vocab = harvestVocabulary(realTexts);
const N = 60;
const files = Array.from({ length: N }, (_, i) => syntheticEntry(i, vocab)).flat();

test('the vocabulary comes from the real entries, in both languages', () => {
  assert.ok(vocab.zh.length > 300, `zh words: ${vocab.zh.length}`);
  assert.ok(vocab.en.length > 300, `en words: ${vocab.en.length}`);
  assert.ok(vocab.zh.every((w) => /^[\u4e00-\u9fff]{2,3}$/.test(w)));
});

test('synthetic entries pass every content check the build applies', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kb-synth-'));
  try {
    for (const f of files) {
      await mkdir(dirname(join(dir, f.path)), { recursive: true });
      await writeFile(join(dir, f.path), f.text);
    }
    // The corpus brings its own symptom classes, as the bench writes them; the taxonomy module reads
    // them from KB_CONTENT_DIR when it loads, so the check runs in its own process, as in the build.
    await mkdir(join(dir, 'taxonomy'));
    await writeFile(join(dir, 'taxonomy', 'symptoms.json'), JSON.stringify(syntheticTaxonomy(files.flatMap((f) => listedClasses(f.text)), vocab)));
    const check = spawnSync(process.execPath, ['tools/check-content.ts', dir], { env: { ...process.env, KB_CONTENT_DIR: dir }, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stdout + check.stderr);
    assert.match(check.stdout, /No content problems/);
  } finally {
    await removeDir(dir);
  }
});

test('synthetic entries are the size and shape of the real ones', () => {
  const ours = corpusStats(files.map((f) => f.text));
  const theirs = corpusStats(realTexts.map((t) => t.text));
  const ratio = ours.meanBytes / theirs.meanBytes;
  assert.ok(ratio > 0.8 && ratio < 1.25, `mean file ${ours.meanBytes.toFixed(0)} B vs real ${theirs.meanBytes.toFixed(0)} B`);
  assert.ok(Math.abs(ours.meanCodeBlocks - theirs.meanCodeBlocks) <= 1, `code blocks ${ours.meanCodeBlocks} vs real ${theirs.meanCodeBlocks}`);
  // Signatures and causes, the parts search and the wizard read, are present in most entries.
  assert.ok(files.filter((f) => /^\s+- "/m.test(f.text)).length > files.length / 3);
  assert.ok(files.filter((f) => /^\s+- key:/m.test(f.text)).length > files.length / 2);
});

test('entries list 1–3 symptom classes, a few common and many rare, more of them as the corpus grows', () => {
  const counts = files.filter((f) => f.path.startsWith('entries/zh/')).map((f) => listedClasses(f.text).length);
  assert.ok(counts.every((n) => n >= 1 && n <= 3), counts.join(','));
  const classes = new Set(files.flatMap((f) => listedClasses(f.text)));
  assert.ok(classes.size >= 15 && classes.size < N, `${classes.size} classes for ${N} entries`);
  const big = Array.from({ length: 5000 }, (_, i) => syntheticEntry(5000 + i, vocab)[0]!).flatMap((f) => listedClasses(f.text));
  assert.ok(new Set(big).size > 150, `${new Set(big).size} classes`);
});

test('entry i is the same text whatever the corpus size, and zh/en differ in prose only', () => {
  assert.deepEqual(syntheticEntry(5, vocab), files.slice(10, 12));
  const [zh, en] = syntheticEntry(7, vocab);
  assert.match(zh!.text, new RegExp(`^id: ${entryId(7)}$`, 'm'));
  assert.match(en!.text, new RegExp(`^id: ${entryId(7)}$`, 'm'));
  assert.notEqual(zh!.text, en!.text);
  assert.match(zh!.text, /[\u4e00-\u9fff]/);
});

test('the report table flags the figures that grow with N', () => {
  const table = formatTable([28, 1000], [
    { label: 'build', values: [3700, 65_000], unit: 'ms' },
    { label: 'wizard page', values: [201 * 1024, 5.7 * 1024 * 1024], unit: 'bytes', grows: true },
    { label: 'pages', values: [116, null], unit: 'count' },
  ]);
  assert.equal(
    table,
    [
      '| figure | N = 28 | N = 1,000 |',
      '| --- | ---: | ---: |',
      '| build | 3.7 s | 65.0 s |',
      '| wizard page ⚠ grows | 201.0 KB | 5.7 MB |',
      '| pages | 116 | – |',
    ].join('\n'),
  );
  assert.equal(formatMs(495_000), '8 min 15 s');
});
