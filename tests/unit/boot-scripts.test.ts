// The blocking scripts /theme-init.js and /lang-redirect.js, run as a browser would run them (a fresh
// global scope with just what they touch), with the storage keys and languages the site uses.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runInNewContext } from 'node:vm';
import { langRedirectScript, themeInitScript } from '../../src/lib/boot-scripts.ts';
import { DEFAULT_LANG, LANGS } from '../../src/lib/locales.ts';
import { STORAGE_KEYS } from '../../src/lib/storage-keys.ts';

function storage(values: Record<string, string>) {
  return { getItem: (key: string) => values[key] ?? null };
}

function redirect(opts: { stored?: string; languages?: string[]; target?: string; attrs?: Record<string, string> }): string {
  let went = '';
  const attrs: Record<string, string> = { 'data-target': opts.target ?? '', ...opts.attrs };
  runInNewContext(langRedirectScript(), {
    document: {
      currentScript: { getAttribute: (name: string) => attrs[name] ?? null },
      documentElement: { getAttribute: (name: string) => (name === 'data-base' ? '/docs/kb/' : null) },
    },
    localStorage: storage(opts.stored ? { [STORAGE_KEYS.lang]: opts.stored } : {}),
    navigator: { languages: opts.languages ?? [], language: '' },
    location: { search: '?q=1', hash: '#cause-x', replace: (to: string) => (went = to) },
  });
  return went;
}

describe('lang-redirect.js', () => {
  const [first, second] = LANGS;
  test('the stored choice wins, keeping query and hash', () => {
    assert.equal(redirect({ stored: second, languages: [first!] }), `/docs/kb/${second}/?q=1#cause-x`);
  });
  test('else the first browser language the site has (region subtags ignored)', () => {
    assert.equal(redirect({ languages: ['fr-FR', `${second}-GB`, first!] }), `/docs/kb/${second}/?q=1#cause-x`);
  });
  test('an unknown stored value or no known browser language gives the default', () => {
    assert.equal(redirect({ stored: 'xx', languages: ['fr'] }), `/docs/kb/${DEFAULT_LANG}/?q=1#cause-x`);
  });
  test('a permalink page names each language\'s address', () => {
    const attrs = Object.fromEntries(LANGS.map((l) => [`data-target-${l}`, `/${l}/faq/x/`]));
    assert.equal(redirect({ stored: second, target: 'entry', attrs }), `/${second}/faq/x/?q=1#cause-x`);
  });
});

describe('theme-init.js', () => {
  function run(stored: string | undefined) {
    const attributes: Record<string, string> = {};
    const dataset: Record<string, string> = {};
    runInNewContext(themeInitScript(), {
      document: { documentElement: { setAttribute: (k: string, v: string) => (attributes[k] = v), dataset } },
      localStorage: storage(stored ? { [STORAGE_KEYS.theme]: stored } : {}),
    });
    return { attributes, dataset };
  }
  test('applies a stored theme and marks that scripts run', () => {
    assert.deepEqual(run('dark'), { attributes: { 'data-js': '' }, dataset: { theme: 'dark' } });
  });
  test('ignores anything else', () => {
    assert.deepEqual(run('<script>').dataset, {});
    assert.deepEqual(run(undefined).dataset, {});
  });
});
