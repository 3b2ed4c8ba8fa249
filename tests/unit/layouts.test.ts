// Install layouts: the data is consistent with the placeholders, choosing one fills the reader's
// values, and no copyable path in any entry is left without a value on a layout it is meant for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fencedBlocks } from '../../src/lib/content/fence-lint.ts';
import { isPathToken, layoutGaps, layoutProblems, layouts, type Layout } from '../../src/lib/layouts.ts';
import { parseFenceMeta } from '../../src/lib/markdown/fence-meta.ts';
import { findPlaceholders } from '../../src/lib/placeholders.ts';
import { placeholders } from '../../src/lib/taxonomy.ts';
import { loadRealContent } from '../helpers/real-content.ts';

const names = placeholders.map((p) => p.name);
const text = { label: 'x', description: 'y' };
const layout = (id: string, values: Record<string, string>, without: string[] = []): Layout => ({ id, zh: text, en: text, values, without });

test('the real layouts name only known placeholders, and at least two layouts are offered', () => {
  assert.deepEqual(layoutProblems(layouts, names), []);
  assert.ok(layouts.length >= 2);
  for (const l of layouts) for (const name of Object.keys(l.values)) assert.ok(isPathToken(placeholders.find((p) => p.name === name)!.token), name);
});

test('an unknown placeholder, a repeated id and a value listed as absent are reported', () => {
  const problems = layoutProblems([layout('a', { PAAS_ROOT: '/a', NOPE: '/n' }), layout('a', { CTRL_DIR: '/c' }, ['CTRL_DIR'])], names);
  assert.deepEqual(problems.map((p) => p.message), [
    '"NOPE" is not a placeholder in content/taxonomy/placeholders.json',
    'layout id "a" is used twice',
    '"CTRL_DIR" has a value and is listed in without',
  ]);
});

test('a block is held to the layout it names, an unmarked one to every layout', () => {
  const list = [layout('bkce', { PAAS_ROOT: '/b', CTRL_DIR: '/i' }), layout('standalone', { PAAS_ROOT: '/p' }, ['CTRL_DIR'])];
  assert.deepEqual(layoutGaps(['PAAS_ROOT', 'CTRL_DIR'], list), ['standalone: CTRL_DIR']);
  assert.deepEqual(layoutGaps(['PAAS_ROOT', 'CTRL_DIR'], list, 'bkce'), []);
});

test('every path placeholder in a code block of every entry has a value on every layout the block is for', async () => {
  const { versions } = await loadRealContent();
  assert.ok(versions.length > 0);
  const pathTokens = placeholders.filter((p) => isPathToken(p.token));
  const ids = layouts.map((l) => l.id);
  let checked = 0;
  for (const v of versions) {
    const markdown = [v.body, ...v.data.causes.flatMap((c) => [c.check, c.fix])];
    for (const block of markdown.flatMap(fencedBlocks)) {
      const meta = parseFenceMeta(block.meta ?? '');
      if (meta.layout !== undefined) assert.ok(ids.includes(meta.layout), `${v.file}: layout="${meta.layout}"`);
      const used = new Set(findPlaceholders(`${block.value}\n${meta.title ?? ''}`, pathTokens).map((h) => h.name));
      for (const l of layouts.filter((l) => meta.layout === undefined || l.id === meta.layout)) {
        for (const name of used) {
          checked++;
          assert.ok(l.values[name], `${v.file}: the block at line ${block.line} uses \${${name}}, which layout ${l.id} has no value for`);
        }
      }
    }
  }
  assert.ok(checked > 0, 'no path placeholder found: the test checks nothing');
});
