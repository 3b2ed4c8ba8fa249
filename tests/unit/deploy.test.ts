import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { configuredSite, normaliseBase, normaliseSite, siteUrl } from '../../src/lib/deploy.ts';

describe('normaliseBase', () => {
  test('empty or slash means the root', () => {
    assert.equal(normaliseBase(undefined), '/');
    assert.equal(normaliseBase(''), '/');
    assert.equal(normaliseBase('/'), '/');
  });
  test('adds the missing slashes', () => {
    assert.equal(normaliseBase('docs/kb'), '/docs/kb/');
    assert.equal(normaliseBase('/docs/kb/'), '/docs/kb/');
    assert.equal(normaliseBase('//kb//'), '/kb/');
  });
  test('refuses what a path cannot hold', () => {
    assert.throws(() => normaliseBase('/kb?x=1'), /BASE_PATH/);
    assert.throws(() => normaliseBase('/k b/'), /BASE_PATH/);
  });
});

describe('normaliseSite', () => {
  test('defaults to the local preview', () => {
    assert.equal(normaliseSite(undefined), 'http://localhost:4321');
  });
  test('keeps only the origin', () => {
    assert.equal(normaliseSite('http://kb.intranet:8080/some/path/'), 'http://kb.intranet:8080');
  });
  test('refuses a relative value with a message naming SITE_URL', () => {
    assert.throws(() => normaliseSite('kb.intranet'), /SITE_URL/);
  });
});

describe('configuredSite and siteUrl', () => {
  test('a set SITE_URL gives its origin; unset or blank gives null', () => {
    assert.equal(configuredSite('http://kb.intranet:8080/x/'), 'http://kb.intranet:8080');
    assert.equal(configuredSite(undefined), null);
    assert.equal(configuredSite('  '), null);
  });
  test('siteUrl keeps Astro\'s site and falls back to the local preview', () => {
    assert.equal(siteUrl(new URL('http://kb.example/')).href, 'http://kb.example/');
    assert.equal(siteUrl(undefined).origin, normaliseSite(undefined));
  });
});
