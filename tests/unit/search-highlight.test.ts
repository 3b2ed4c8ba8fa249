// Marking words in text without building regular expressions from them (src/lib/search/highlight.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRanges, splitMarked } from '../../src/lib/search/highlight.ts';

test('findRanges treats the words literally and never overlaps', () => {
  assert.deepEqual(findRanges('a.*b a.*b', ['.*']), [[1, 3], [6, 8]]);
  assert.deepEqual(findRanges('license expired', ['license expired', 'license']), [[0, 15]]);
  assert.deepEqual(
    splitMarked('Login validity is illegal', ['validity']).map((x) => x.mark),
    [false, true, false],
  );
});

test('a Latin word is marked whole: not inside another word, and with the inflection search found it by', () => {
  const marked = (text: string, words: string[]) => splitMarked(text, words).filter((x) => x.mark).map((x) => x.text);
  assert.deepEqual(marked('Deploying on APPO, see paas_agent and paas', ['deploy', 'app', 'paas']), ['Deploying', 'paas']);
  assert.deepEqual(marked('installs and reinstall', ['install']), ['installs']);
  assert.deepEqual(marked('登录页面', ['登录']), ['登录']);
});
