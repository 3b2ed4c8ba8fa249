import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { causeAnchor, makeUrls, switchLanguagePath } from '../../src/lib/urls.ts';

describe('makeUrls', () => {
  test('root deployment', () => {
    const u = makeUrls('/');
    assert.equal(u.home('zh'), '/zh/');
    assert.equal(u.entry('en', 'paas-agent-wont-start'), '/en/faq/paas-agent-wont-start/');
    assert.equal(u.entry('zh', 'x', 'port-in-use'), '/zh/faq/x/#cause-port-in-use');
    assert.equal(u.permalink('PAAS-012', 'clock-skew'), '/kb/PAAS-012/#cause-clock-skew');
    assert.equal(u.component('en', 'esb'), '/en/components/esb/');
    assert.equal(u.component('en', 'esb', 3), '/en/components/esb/3/');
  });

  test('sub-path deployment prefixes every link, with or without trailing slash', () => {
    for (const base of ['/docs/kb/', '/docs/kb']) {
      const u = makeUrls(base);
      assert.equal(u.home('en'), '/docs/kb/en/');
      assert.equal(u.permalink('PAAS-001'), '/docs/kb/kb/PAAS-001/');
      assert.equal(u.asset('/favicon.svg'), '/docs/kb/favicon.svg');
      assert.equal(u.wizard('zh'), '/docs/kb/zh/wizard/');
    }
  });

  test('search queries are encoded, so pasted text cannot break the URL', () => {
    const u = makeUrls('/');
    assert.equal(u.search('zh', 'a&b #c <x>'), '/zh/search/?q=a%26b+%23c+%3Cx%3E');
    assert.equal(new URL(u.search('zh', 'a&b #c <x>'), 'http://h').searchParams.get('q'), 'a&b #c <x>');
    assert.equal(u.search('en'), '/en/search/');
  });

  test('cause anchors', () => {
    assert.equal(causeAnchor('license-expired'), 'cause-license-expired');
  });
});

describe('switchLanguagePath', () => {
  test('swaps the language segment and keeps the rest', () => {
    assert.equal(switchLanguagePath('/zh/faq/login-loop/', '/', 'en'), '/en/faq/login-loop/');
    assert.equal(switchLanguagePath('/docs/kb/en/components/esb/2/', '/docs/kb/', 'zh'), '/docs/kb/zh/components/esb/2/');
  });

  test('pages outside a language go to the other home', () => {
    assert.equal(switchLanguagePath('/kb/PAAS-001/', '/', 'en'), '/en/');
    assert.equal(switchLanguagePath('/', '/', 'zh'), '/zh/');
  });

  test('does not touch a slug that merely starts with a language code', () => {
    assert.equal(switchLanguagePath('/zhx/', '/', 'en'), '/en/');
  });
});
