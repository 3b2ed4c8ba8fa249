// Entry IDs written in prose ("see PAAS-015") become links to that entry in the same language.
// Pure text splitting here; the rehype plugin below applies it to rendered Markdown. The id → slug
// map comes from the content reader (src/lib/content/read.ts slugIndex), built in astro.config.
import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { ENTRY_ID_IN_TEXT } from '../content/schema.ts';
import { LANG_ALTERNATION, type Lang } from '../locales.ts';
import { makeUrls } from '../urls.ts';

export type TextPart = { text: string } | { id: string };

/** Splits prose into plain runs and entry ids that exist in `known`. */
export function splitEntryIds(text: string, known: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ENTRY_ID_IN_TEXT)) {
    if (!known.has(match[0])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ id: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export interface EntryLinkOptions {
  base: string;
  slugById: Record<string, string>;
}

const SKIP_INSIDE = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LANG_OF_FILE = new RegExp(`[\\\\/](${LANG_ALTERNATION})[\\\\/][^\\\\/]+\\.mdx?$`);

export function rehypeEntryLinks({ base, slugById }: EntryLinkOptions) {
  const known = new Set(Object.keys(slugById));
  const urls = makeUrls(base);
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const lang = LANG_OF_FILE.exec(path)?.[1] as Lang | undefined;
    if (!lang) return;
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIP_INSIDE.has((node as Element).tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const parts = splitEntryIds((node as Text).value, known);
      if (!parts.some((p) => 'id' in p)) return;
      const replacement: ElementContent[] = parts.map((p) =>
        'id' in p
          ? {
              type: 'element',
              tagName: 'a',
              properties: { href: urls.entry(lang, slugById[p.id]!), className: ['entry-ref'] },
              children: [{ type: 'text', value: p.id }],
            }
          : { type: 'text', value: p.text },
      );
      (parent as Element).children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
