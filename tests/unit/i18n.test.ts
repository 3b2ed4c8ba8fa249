// The UI strings: every language has the same keys of the same kind, counted strings pick their plural
// form, and the catalogue holds exactly the keys the source uses.
import assert from 'node:assert/strict';
import { readFileSync, globSync } from 'node:fs';
import { describe, test } from 'node:test';
import { catalogues, t, type UiKey } from '../../src/i18n/index.ts';
import { CLIENT_STRINGS } from '../../src/i18n/client-strings.ts';
import { formatText } from '../../src/i18n/format.ts';
import { htmlLang, LANGS } from '../../src/lib/locales.ts';

const keys = (lang: (typeof LANGS)[number]) => Object.keys(catalogues[lang]).sort();
const isPlural = (value: unknown) => typeof value === 'object' && value !== null;

describe('formatText', () => {
  test('fills slots and leaves unknown ones visible', () => {
    assert.equal(formatText('{a} of {b}', 'en', { a: 1 }), '1 of {b}');
  });
  test('picks the plural form for n in the locale, falling back to "other"', () => {
    const forms = { one: '{n} entry', other: '{n} entries' };
    assert.equal(formatText(forms, 'en', { n: 1 }), '1 entry');
    assert.equal(formatText(forms, 'en', { n: 0 }), '0 entries');
    assert.equal(formatText(forms, 'en', { n: 2 }), '2 entries');
    assert.equal(formatText(forms, 'zh-CN', { n: 1 }), '1 entries', 'Chinese has only "other"');
  });
});

describe('t', () => {
  test('a count of one is singular in English', () => {
    assert.equal(t('en', 'component.count', { n: 1 }), '1 entry');
    assert.equal(t('en', 'component.count', { n: 3 }), '3 entries');
    assert.equal(t('en', 'wizard.count', { n: 1 }), '1 entry');
    assert.equal(t('en', 'search.count', { n: 1 }), '1 matching entry');
  });
});

describe('the catalogues', () => {
  test('every language has the same keys, each plain or counted alike', () => {
    const [first, ...others] = LANGS;
    for (const lang of others) {
      assert.deepEqual(keys(lang), keys(first!), `${lang} and ${first} differ in keys`);
      for (const key of keys(first!) as UiKey[]) {
        assert.equal(isPlural(catalogues[lang][key]), isPlural(catalogues[first!][key]), `${key}: counted in one language only`);
      }
    }
  });

  test('a counted string has the forms its language needs, and every form uses {n}', () => {
    for (const lang of LANGS) {
      const needed = new Intl.PluralRules(htmlLang(lang)).resolvedOptions().pluralCategories;
      for (const [key, value] of Object.entries(catalogues[lang])) {
        if (typeof value === 'string') continue;
        for (const category of needed) assert.ok(category in value || category === 'other', `${lang} ${key}: no "${category}" form`);
        for (const [category, form] of Object.entries(value)) assert.match(form as string, /\{n\}/, `${lang} ${key}.${category}`);
      }
    }
  });

  test('a string with {n} that counts things is a counted string', () => {
    // Guards the "1 entries" class of bug: a count of entries written as one template.
    for (const [key, value] of Object.entries(catalogues.en)) {
      if (typeof value === 'string') assert.doesNotMatch(value, /\{n\} (\w+ )?entries/, `${key} counts entries but has no "one" form`);
    }
  });
});

test('Chinese strings use full-width punctuation (：，；？！（）), as Chinese text does', () => {
  for (const [key, value] of Object.entries(catalogues.zh)) {
    for (const form of typeof value === 'string' ? [value] : Object.values(value)) {
      assert.doesNotMatch((form as string).replace(/\{\w+\}/g, ''), /[:;,?!()]/, `zh ${key}`);
    }
  }
});

describe('keys and the source', () => {
  const files = globSync('src/**/*.{ts,astro,mjs}').filter((f) => !f.startsWith('src/i18n/') || f === 'src/i18n/client-strings.ts');
  const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  // Keys built from a language id, e.g. `search.otherLang.${l}`: the prefix before the template slot.
  const templatePrefixes = [...source.matchAll(/`([a-z][\w]*(?:\.[\w]+)*\.)\$\{/g)].map((m) => m[1]!);
  const allKeys = Object.keys(catalogues.en);

  test('every key in the catalogue is used by the source', () => {
    const unused = allKeys.filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`) && !templatePrefixes.some((p) => key.startsWith(p)),
    );
    assert.deepEqual(unused, []);
  });

  test('every key-shaped string the source passes to t() or lists for the browser exists', () => {
    const used = new Set<string>();
    for (const m of source.matchAll(/\bt\(\s*[\w.!]+,\s*'([\w.]+)'/g)) used.add(m[1]!);
    for (const list of Object.values(CLIENT_STRINGS)) for (const key of list) used.add(key);
    for (const m of source.matchAll(/\b(?:fmt|t)\('([\w.]+)'/g)) used.add(m[1]!);
    assert.ok(used.size > 50, `only ${used.size} keys found: the patterns no longer match the source`);
    assert.deepEqual([...used].filter((key) => !allKeys.includes(key)), []);
  });
});
