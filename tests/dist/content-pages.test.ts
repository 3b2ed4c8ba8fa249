// On the built pages: every seed error string visible on its entry in every language, and no entry
// page falling back to another language.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { loadRealContent, seedErrorStrings, type SeedString } from '../helpers/real-content.ts';
import { DIST, distFile, pageText } from '../helpers/dist.ts';
import type { EntryVersion } from '../../src/lib/content/entry.ts';
import { LANGS } from '../../src/lib/locales.ts';

let records: EntryVersion[];
let seeds: SeedString[];
before(async () => {
  records = (await loadRealContent()).records;
  seeds = await seedErrorStrings();
});

test('every seed error string is visible on its entry page in every language, as the seed shows it and as printed', () => {
  for (const seed of seeds) {
    for (const lang of LANGS) {
      const entry = records.find((r) => r.lang === lang && r.data.id === seed.id)!;
      const text = pageText(`${lang}/faq/${entry.slug}/`);
      for (const form of [seed.text, seed.printed ?? seed.text]) {
        assert.ok(text.includes(form), `/${lang}/faq/${entry.slug}/ does not show ${JSON.stringify(form)}`);
      }
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
  for (const lang of LANGS) {
    const slugs = readdirSync(join(DIST, lang, 'faq'));
    const written = new Set(records.filter((r) => r.lang === lang).map((r) => r.slug));
    assert.ok([...written].every((slug) => slugs.includes(slug)), `${lang}: entry pages missing from dist/`);
    for (const slug of slugs) {
      assert.doesNotMatch(distFile(`${lang}/faq/${slug}/`), /data-fallback-notice/, `/${lang}/faq/${slug}/ falls back`);
    }
  }
});
