// Atom 1.0 (RFC 4287) feed text for "new and updated entries". Hand-written: it is one template, and
// every value goes through xmlText, which also drops characters XML 1.0 cannot hold.
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD or a full ISO timestamp. */
  updated: string;
  summary: string;
  category?: { term: string; label: string };
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  lang: string;
  selfUrl: string;
  siteUrl: string;
  author: string;
  entries: readonly AtomEntry[];
}

// Characters outside the XML 1.0 Char production (control characters, lone surrogates, U+FFFE/F).
const INVALID_XML = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlText(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export function atomTimestamp(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : new Date(date).toISOString();
}

export function atomFeed(feed: AtomFeed): string {
  const x = xmlText;
  const updated = feed.entries.reduce((max, e) => (atomTimestamp(e.updated) > max ? atomTimestamp(e.updated) : max), '1970-01-01T00:00:00Z');
  const entries = feed.entries.map((e) =>
    [
      '  <entry>',
      `    <id>${x(e.id)}</id>`,
      `    <title>${x(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${x(e.url)}"/>`,
      `    <updated>${atomTimestamp(e.updated)}</updated>`,
      `    <summary>${x(e.summary)}</summary>`,
      ...(e.category ? [`    <category term="${x(e.category.term)}" label="${x(e.category.label)}"/>`] : []),
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.lang)}">`,
    `  <id>${x(feed.id)}</id>`,
    `  <title>${x(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${x(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>`,
    `  <author><name>${x(feed.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
