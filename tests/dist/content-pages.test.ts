// What issue 3 promises on the built pages: every seed error string visible on its entry in both
// languages, and no entry page falling back to the other language.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { loadRealContent, seedErrorStrings, type SeedString } from '../helpers/real-content.ts';
import { DIST, distFile, pageText } from '../helpers/dist.ts';
import type { EntryVersion as LoadedRecord } from '../../src/lib/content/entry.ts';

let records: LoadedRecord[];
let seeds: SeedString[];
before(async () => {
  records = (await loadRealContent()).records;
  seeds = await seedErrorStrings();
});

test('every seed error string is visible on its entry page in zh and en', () => {
  for (const seed of seeds) {
    for (const lang of ['zh', 'en'] as const) {
      const entry = records.find((r) => r.lang === lang && r.data.id === seed.id)!;
      const text = pageText(`${lang}/faq/${entry.slug}/`);
      assert.ok(text.includes(seed.text), `/${lang}/faq/${entry.slug}/ does not show ${JSON.stringify(seed.text)}`);
    }
  }
});

test('every entry signature is visible on its page', () => {
  for (const r of records) {
    const text = pageText(`${r.lang}/faq/${r.slug}/`);
    for (const s of r.data.signatures) assert.ok(text.includes(s), `/${r.lang}/faq/${r.slug}/ does not show ${JSON.stringify(s)}`);
  }
});

test('no entry page shows a translation fallback notice', () => {
  for (const lang of ['zh', 'en']) {
    const slugs = readdirSync(join(DIST, lang, 'faq'));
    assert.equal(slugs.length >= 28, true, `${lang}: only ${slugs.length} entry pages`);
    for (const slug of slugs) {
      assert.doesNotMatch(distFile(`${lang}/faq/${slug}/`), /data-fallback-notice/, `/${lang}/faq/${slug}/ falls back`);
    }
  }
});
