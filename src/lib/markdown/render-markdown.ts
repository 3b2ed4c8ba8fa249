// Renders the Markdown held in frontmatter (cause checks and fixes) with the same code-block
// pipeline as entry bodies. Raw HTML in the source is dropped, never passed through.
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';
import type { Lang } from '../locales.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeCodeBlocks).use(rehypeStringify);

/** HTML of `markdown`, written in `lang` (the language of the labels it adds, such as a danger note's). */
export async function renderMarkdown(markdown: string, lang: Lang): Promise<string> {
  return String(await processor.process({ value: markdown, data: { lang } }));
}
