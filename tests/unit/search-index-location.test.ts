// Where each version of the search index is served (src/lib/search/index-location.ts) and the hash
// that names a version (src/lib/search/build.ts, index-version.ts, pagefind-map.ts): the same content
// gives the same names, any change gives new ones, and a store opened on one version reads only it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchIndexVersion } from '../../src/lib/search/build.ts';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import {
  HASH_LENGTH,
  indexFilePath,
  isHash,
  MANIFEST_NAME,
  manifestHashOf,
  manifestPath,
  pagefindMapName,
  SEARCH_INDEX_URL,
} from '../../src/lib/search/index-location.ts';
import { contentHash } from '../../src/lib/search/index-version.ts';
import { pagefindMap, pagefindMapFiles } from '../../src/lib/search/pagefind-map.ts';
import { indexJson, memoryLoader, SearchStore } from '../../src/lib/search/store.ts';
import { makeUrls } from '../../src/lib/urls.ts';

function records(n: number, word = 'service'): IndexEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `PAAS-${100 + i}`,
    slug: `s-${i}`,
    title: `word${i} ${word}`,
    component: 'paas',
    componentLabel: 'PaaS',
    contentLang: 'en',
    symptom: `failure number ${i}`,
    causes: [{ key: 'c1', title: `cause of word${i}` }],
    signatures: [[`module_${i}: connection refused`, 'c1']],
    fields: { title: `word${i} ${word}`, alias: [], symptom: `failure number ${i}`, cause: [[`cause of word${i}`]], phrasing: [] },
  }));
}

test('two builds of the same records name the same version; a change to any record names another', () => {
  const a = searchIndexVersion('en', records(40));
  const b = searchIndexVersion('en', records(40));
  assert.ok(isHash(a.hash), a.hash);
  assert.equal(a.hash.length, HASH_LENGTH);
  assert.equal(b.hash, a.hash);
  const changed = records(40);
  changed[39] = { ...changed[39]!, symptom: 'a different failure' };
  assert.notEqual(searchIndexVersion('en', changed).hash, a.hash, 'one record changed');
  assert.notEqual(searchIndexVersion('en', records(41)).hash, a.hash, 'one record more');
  assert.notEqual(searchIndexVersion('zh', records(40)).hash, a.hash, 'the other language’s index of the same records');
  // Many record files (one per entry): a change in the last one still changes the hash.
  const many = { singleChunkBytes: 0 };
  const big = records(300);
  const bigChanged = records(300);
  bigChanged[299] = { ...bigChanged[299]!, title: 'renamed' };
  assert.notEqual(searchIndexVersion('en', bigChanged, many).hash, searchIndexVersion('en', big, many).hash);
});

test('the hash does not depend on the order files are listed in', () => {
  const files = new Map([
    ['t/0.json', '{"a":[1,8]}'],
    ['index.json', '{"v":3}'],
  ]);
  assert.equal(contentHash(files), contentHash(new Map([...files].reverse())));
  assert.notEqual(contentHash(files), contentHash(new Map([...files, ['e/0.json', '[]']])));
});

test('a version’s manifest sits beside the search page, every other file under the hashed directory', () => {
  const { hash, files } = searchIndexVersion('en', records(5));
  assert.equal(indexFilePath('en', hash, MANIFEST_NAME), `en/search/index.${hash}.json`);
  assert.equal(manifestPath('zh', hash), `zh/search/index.${hash}.json`);
  for (const name of files.keys()) {
    const path = indexFilePath('en', hash, name);
    if (name !== MANIFEST_NAME) assert.equal(path, `search-index/${hash}/${name}`);
  }
  assert.equal(manifestHashOf(`index.${hash}.json`), hash);
  for (const other of ['index.json', 'index.html', `index.${hash}.json.gz`, 'index.abc.json']) assert.equal(manifestHashOf(other), undefined, other);
  assert.throws(() => indexFilePath('en', '../../etc', 't/0.json'), /not a version hash/);
  assert.throws(() => indexFilePath('en', '', MANIFEST_NAME), /not a version hash/);
});

test('SEARCH_INDEX_URL matches every file of a version, at the root and under a sub-path, and nothing else', () => {
  const { hash, files } = searchIndexVersion('en', records(300), { singleChunkBytes: 0, shardBytes: 200 });
  const map = pagefindMapFiles({ prefix: 1, files: new Map<string, Record<string, number>>([['0', { en_0481b31: 0 }], ['a', { en_a0b1c2d: 1 }]]) });
  const names = [...files.keys(), ...map.files.keys(), pagefindMapName(map.manifest.pfMap, 'all'), 'v/p.json'];
  assert.ok(names.some((n) => n.startsWith('t/')) && names.some((n) => n.startsWith('e/')) && names.some((n) => n.startsWith('pf/')));
  for (const base of ['/', '/docs/kb/']) {
    const urls = makeUrls(base);
    for (const name of names) {
      const url = urls.asset(indexFilePath('en', hash, name));
      assert.match(url, SEARCH_INDEX_URL, url);
      assert.match(`http://kb.example${url}?x=1`, SEARCH_INDEX_URL);
    }
  }
  for (const other of ['/api/entries.json', '/zh/search/', '/zh/search/index.html', '/zh/search/index.json', '/en/wizard/data/class/x.json', `/search-index/${hash}/x.json`]) {
    assert.doesNotMatch(other, SEARCH_INDEX_URL, other);
  }
});

test('the Pagefind map is named by its own content; a store reads it from the directory its manifest names', async () => {
  const version = searchIndexVersion('en', records(3));
  const pages: [string, string][] = [
    ['en_0481b31', 'PAAS-102'],
    ['en_a0b1c2d', 'PAAS-100'],
  ];
  const map = pagefindMapFiles(pagefindMap(pages, records(3)));
  assert.deepEqual(pagefindMapFiles(pagefindMap([...pages].reverse(), records(3))), map, 'same pages, same files');
  assert.notEqual(pagefindMapFiles(pagefindMap([pages[0]!], records(3))).manifest.pfMap, map.manifest.pfMap);
  assert.ok(isHash(map.manifest.pfMap));
  assert.deepEqual([...map.files.keys()], [pagefindMapName(map.manifest.pfMap, 'all')]);

  const json = indexJson(version.files);
  json.set(MANIFEST_NAME, JSON.stringify({ ...(version.files.get(MANIFEST_NAME) as object), ...map.manifest }));
  for (const [name, text] of map.files) json.set(name, text);
  const fetched: string[] = [];
  const store = await SearchStore.open(memoryLoader(json, fetched));
  assert.deepEqual(await store.pagefindPositions(['en_0481b31', 'en_a0b1c2d', 'en_ffffff0']), [2, 0, undefined]);
  assert.deepEqual(fetched, [MANIFEST_NAME, `pf/${map.manifest.pfMap}/all.json`]);

  // A manifest without a map (a build without Pagefind, `astro dev`): no map is fetched.
  const bare: string[] = [];
  const without = await SearchStore.open(memoryLoader(indexJson(version.files), bare));
  assert.deepEqual(await without.pagefindPositions(['en_0481b31']), [undefined]);
  assert.deepEqual(bare, [MANIFEST_NAME]);
});
