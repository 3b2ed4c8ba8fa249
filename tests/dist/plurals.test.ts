// No built page shows a count of one with the plural wording ("1 entries"), in any language: for every
// counted UI string, the form meant for other counts must not appear filled with 1.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DIST } from '../helpers/dist.ts';
import { catalogues, t, type PluralKey } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/lib/locales.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `template` filled with n = 1 (other slots: anything on the line). */
function filledWithOne(template: string): RegExp {
  const source = template
    .split(/(\{\w+\})/)
    .map((part) => (part === '{n}' ? '(?<!\\d)1(?!\\d)' : /^\{\w+\}$/.test(part) ? '.*?' : escape(part)))
    .join('');
  return new RegExp(source);
}

const wrongForOne = LANGS.flatMap((lang) =>
  Object.entries(catalogues[lang]).flatMap(([key, value]) => {
    if (typeof value === 'string') return [];
    const right = t(lang, key as PluralKey, { n: 1 });
    return Object.values(value)
      .filter((form) => form.replace('{n}', '1') !== right && !right.includes(form.replace('{n}', '1')))
      .map((form) => ({ key: `${lang} ${key}`, pattern: filledWithOne(form) }));
  }),
);

test('the check knows at least one plural form that is wrong for one', () => {
  assert.ok(wrongForOne.some((w) => w.pattern.test('1 entries')), 'no English "{n} entries" form found');
});

test('no page shows a plural form for a count of one', () => {
  const pages = globSync('**/*.html', { cwd: DIST });
  assert.ok(pages.length > 0, `no pages in ${DIST}: run \`npm run build\` first`);
  const problems: string[] = [];
  for (const page of pages) {
    const text = readFileSync(join(DIST, page), 'utf8')
      .replace(/<script[\s\S]*?<\/script>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
    for (const { key, pattern } of wrongForOne) {
      const hit = text.match(pattern);
      if (hit) problems.push(`${page}: "${hit[0].slice(0, 80)}" (${key})`);
    }
  }
  assert.deepEqual(problems, []);
});
