// The Markdown parse the importer works on: remark (with GFM tables and lists, as the site renders
// them) gives the page's block structure, and every block keeps its source lines so the importer can
// account for each line of the page.
import type { Heading, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export function parseMarkdown(text: string): Root {
  return parser.runSync(parser.parse(text)) as Root;
}

/** 1-based first and last source line of a node. */
export function linesOf(node: { position?: { start: { line: number }; end: { line: number } } }): [number, number] {
  return [node.position?.start.line ?? 0, node.position?.end.line ?? 0];
}

/** The node's source text exactly as written. */
export function sourceOf(text: string, node: { position?: { start: { offset?: number }; end: { offset?: number } } }): string {
  return text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
}

/** The node's text without Markdown (emphasis, links and code reduced to their words). */
export function plainText(node: RootContent | Root): string {
  return words(node).replace(/\s+/g, ' ').trim();
}

function words(node: RootContent | Root): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as RootContent[]).map(words).join(node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? '\n' : '');
  return node.type === 'break' ? '\n' : '';
}

export const isHeading = (node: RootContent): node is Heading => node.type === 'heading';
