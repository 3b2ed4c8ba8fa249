// The real knowledge base passes every content rule (the same check the build and `npm run check`
// run: src/lib/content/check.ts), and every seed error string is listed in its entry as the software prints it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { missingLangs } from '../../src/lib/content/entry.ts';
import { LANGS } from '../../src/lib/locales.ts';
import { widthKey } from '../../src/lib/search/normalise.ts';
import { loadRealContent, seedErrorStrings } from '../helpers/real-content.ts';

const real = await loadRealContent();

test('the real content has no problems', () => {
  assert.deepEqual(real.problems.map(formatProblem), []);
  assert.ok(real.entries.length > 0, 'no entries read');
});

test('every entry is written in every language', () => {
  assert.deepEqual(real.entries.filter((e) => missingLangs(e).length > 0).map((e) => e.id), []);
});

test('lists every seed error string in the right entry, as the software prints it', async () => {
  for (const seed of await seedErrorStrings()) {
    const entry = real.entries.find((e) => e.id === seed.id);
    assert.ok(entry, `${seed.id} is missing`);
    const listed = seed.printed ?? seed.text;
    assert.ok(entry.shared.signatures.includes(listed), `${seed.id}: signatures lacks ${JSON.stringify(listed)}`);
    // The seed's copy and the software's form may differ in character width only, never in wording.
    if (seed.printed) assert.equal(widthKey(seed.text), widthKey(seed.printed), `${seed.id}: ${JSON.stringify(seed.text)} is not ${JSON.stringify(seed.printed)} in another width`);
    assert.deepEqual(LANGS.filter((l) => !entry.text[l]), [], `${seed.id} is not written in every language`);
  }
});
