// Entry IDs written in prose ("see PAAS-015") become links to that entry in the same language.
// Pure text splitting here; the rehype plugin below applies it to rendered Markdown.
import type { Element, ElementContent, Root, Text } from 'hast';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';

const ID_IN_TEXT = /\bPAAS-\d{3,}\b/g;

export type TextPart = { text: string } | { id: string };

/** Splits prose into plain runs and entry ids that exist in `known`. */
export function splitEntryIds(text: string, known: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(ID_IN_TEXT)) {
    if (!known.has(match[0])) continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ id: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** id → slug, read from the zh entry files (slugs are the same in both languages). */
export function readSlugIndex(entriesDir: string): Record<string, string> {
  const index: Record<string, string> = {};
  for (const lang of ['zh', 'en']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(entriesDir, lang)).filter((n) => /\.mdx?$/.test(n));
    } catch {
      continue;
    }
    for (const name of names) {
      const id = /^id:\s*(PAAS-\d+)\s*$/m.exec(readFileSync(join(entriesDir, lang, name), 'utf8'))?.[1];
      if (id && !index[id]) index[id] = name.replace(/\.mdx?$/, '');
    }
  }
  return index;
}

export interface EntryLinkOptions {
  base: string;
  slugById: Record<string, string>;
}

const SKIP_INSIDE = new Set(['a', 'code', 'pre', 'script', 'style', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function rehypeEntryLinks({ base, slugById }: EntryLinkOptions) {
  const known = new Set(Object.keys(slugById));
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    const lang = /[\\/](zh|en)[\\/][^\\/]+\.mdx?$/.exec(path)?.[1];
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
              properties: { href: `${base}${lang}/faq/${slugById[p.id]}/`, className: ['entry-ref'] },
              children: [{ type: 'text', value: p.id }],
            }
          : { type: 'text', value: p.text },
      );
      (parent as Element).children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
  };
}
