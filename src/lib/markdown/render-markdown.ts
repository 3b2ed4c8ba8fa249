// Renders the Markdown held in frontmatter (cause checks and fixes) with the same code-block
// pipeline as entry bodies. Raw HTML in the source is dropped, never passed through.
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { rehypeCodeBlocks } from './rehype-code-blocks.ts';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeCodeBlocks).use(rehypeStringify);

export async function renderMarkdown(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
