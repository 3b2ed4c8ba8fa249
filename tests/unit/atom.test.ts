import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atomFeed, atomTimestamp, xmlText } from '../../src/lib/atom.ts';

const feed = (title: string) =>
  atomFeed({
    id: 'http://kb.example/en/feed.xml',
    title: 'KB',
    lang: 'en',
    selfUrl: 'http://kb.example/en/feed.xml',
    siteUrl: 'http://kb.example/en/',
    author: 'KB',
    entries: [
      { id: 'urn:x:1', title, url: 'http://kb.example/en/faq/a/?x=1&y=2', updated: '2026-11-02', summary: 's' },
      { id: 'urn:x:2', title: 'b', url: 'http://kb.example/en/faq/b/', updated: '2026-11-20', summary: 's', category: { term: 'esb', label: 'ESB & API' } },
    ],
  });

describe('atomFeed', () => {
  test('feed updated is the newest entry; entries keep their own dates', () => {
    const xml = feed('a');
    assert.match(xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/);
    assert.match(xml, /<\/author>\n  <entry>/);
    assert.equal(/<feed[^]*?<updated>([^<]+)<\/updated>/.exec(xml)?.[1], '2026-11-20T00:00:00Z');
    assert.match(xml, /<updated>2026-11-02T00:00:00Z<\/updated>/);
    assert.match(xml, /href="http:\/\/kb.example\/en\/faq\/a\/\?x=1&amp;y=2"/);
    assert.match(xml, /<category term="esb" label="ESB &amp; API"\/>/);
  });

  test('markup and control characters in a title are escaped or dropped', () => {
    const xml = feed('<b>"x" & \'y\'</b>\u0000\u0007\uFFFE ok');
    assert.match(xml, /<title>&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;\/b&gt; ok<\/title>/);
    assert.doesNotMatch(xml, /[\u0000\u0007\uFFFE]/);
  });
});

describe('helpers', () => {
  test('xmlText keeps CJK and astral characters', () => {
    assert.equal(xmlText('登录 😀'), '登录 😀');
  });
  test('atomTimestamp', () => {
    assert.equal(atomTimestamp('2026-11-22'), '2026-11-22T00:00:00Z');
    assert.equal(atomTimestamp('2026-11-22T08:00:00+08:00'), '2026-11-22T00:00:00.000Z');
  });
});
