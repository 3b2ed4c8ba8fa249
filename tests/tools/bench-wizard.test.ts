// The wizard figures of the scale benchmark, read from a small hand-made build.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pageModel, wizardBenchFigures } from '../../tools/lib/bench-wizard.ts';
import type { WizardModel } from '../../src/lib/wizard.ts';

const model: WizardModel = {
  places: [
    { id: 'a', label: 'A', count: 2, question: { ask: 'kind', options: [{ value: 'problem', match: ['problem'], next: { ask: 'class', classes: [0, 1, 2] } }, { value: 'any', match: [], next: { ask: 'class', classes: [0] } }] } },
    { id: 'b', label: 'B', count: 1, question: { ask: 'class', classes: [1] } },
  ],
  classes: ['x', 'y', 'z'].map((id) => ({ id, label: id, count: 1 })),
  labels: {},
  lookupShards: 1,
};

test('figures come from the page model and the largest file of each kind', () => {
  const dist = mkdtempSync(join(tmpdir(), 'kb-bench-wizard-'));
  try {
    for (const lang of ['zh', 'en']) {
      mkdirSync(join(dist, lang, 'wizard', 'data', 'class'), { recursive: true });
      mkdirSync(join(dist, lang, 'wizard', 'data', 'lookup'), { recursive: true });
      mkdirSync(join(dist, lang, 'faq', 'one'), { recursive: true });
      writeFileSync(join(dist, lang, 'wizard', 'index.html'), `<p>x</p><script type="application/json" id="wizard-data">${JSON.stringify({ model, site: null })}</script>`);
      writeFileSync(join(dist, lang, 'wizard', 'data', 'class', 'x.json'), '{}');
      writeFileSync(join(dist, lang, 'wizard', 'data', 'lookup', '0.json'), '{}');
      writeFileSync(join(dist, lang, 'faq', 'one', 'index.html'), 'short');
    }
    // A large, incompressible entry page in one language only: the largest over both languages counts.
    writeFileSync(join(dist, 'en', 'faq', 'one', 'index.html'), Array.from({ length: 4000 }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join(''));
    const f = wizardBenchFigures(dist, ['zh', 'en']);
    // Step 1, the kind question, the class: three questions on the longest way.
    assert.deepEqual([f.classes, f.maxChoices, f.longestPath], [3, 3, 3]);
    assert.ok(f.entryPageGzip > 10_000, String(f.entryPageGzip));
    assert.ok(f.classFileGzip > 0 && f.classFileGzip < 100);
    assert.deepEqual(pageModel(`<script type="application/json" id="wizard-data">${JSON.stringify({ model })}</script>`), model);
    assert.throws(() => pageModel('<p>no model</p>'), /wizard-data/);
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
