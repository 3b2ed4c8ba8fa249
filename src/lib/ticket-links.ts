// What the copy buttons put on the clipboard for a ticket: the permalink, a Markdown link and a
// plain-text line. Built at build time from SITE_URL + BASE_PATH, so a link copied on a laptop that
// opened the site as http://localhost or through an SSH tunnel still works for everyone else.
import { makeUrls } from './urls.ts';

export interface TicketTarget {
  id: string;
  /** Entry title in the language of the page the reader copies from. */
  title: string;
  /** Cause key, for a link to one cause (#cause-<key>). */
  causeKey?: string;
}

export interface TicketFormats {
  link: string;
  markdown: string;
  text: string;
}

/** Absolute permalink: SITE_URL origin + BASE_PATH + kb/<ID>/ (+ #cause-<key>). */
export function absolutePermalink(site: string, base: string, id: string, causeKey?: string): string {
  const origin = new URL(site).origin;
  return `${origin}${makeUrls(base).permalink(id, causeKey)}`;
}

const ALNUM = /[\p{L}\p{N}]/u;

/**
 * Escapes text for a Markdown link label, so a title with `]`, `*`, backticks or `<b>` stays the
 * same text once rendered. Underscores between two letters (paas_agent) cannot start emphasis and are
 * left alone, so the pasted source stays readable; line breaks become spaces.
 */
export function escapeMarkdownText(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  let out = '';
  for (let i = 0; i < flat.length; i++) {
    const ch = flat[i]!;
    if ('\\[]`*<>|~'.includes(ch)) out += `\\${ch}`;
    else if (ch === '_') {
      const intraword = ALNUM.test(flat[i - 1] ?? '') && ALNUM.test(flat[i + 1] ?? '');
      out += intraword ? ch : '\\_';
    } else if (ch === '&' && /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(flat.slice(i))) out += '\\&';
    else if (ch === '!' && flat[i + 1] === '[') out += '\\!';
    else out += ch;
  }
  return out;
}

/** A URL safe inside Markdown's (…) destination: no spaces, parentheses or angle brackets. */
export function markdownUrl(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function markdownLink(label: string, url: string): string {
  return `[${escapeMarkdownText(label)}](${markdownUrl(url)})`;
}

/** "PAAS-012 标题" — the label tickets show for an entry or one of its causes. */
export function ticketLabel(target: TicketTarget): string {
  return `${target.id} ${target.title.replace(/\s+/g, ' ').trim()}`;
}

/** The three clipboard texts for a label and an absolute link (also used by the copy script). */
export function formatsFor(label: string, link: string): TicketFormats {
  return {
    link,
    markdown: markdownLink(label, link),
    // The URL last, after a dash: ticket systems that auto-link plain text cannot swallow a trailing ")".
    text: `${label} — ${link}`,
  };
}
