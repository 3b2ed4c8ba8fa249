// Turns every fenced code block into a highlighted, labelled block at build time (no highlighting
// JS in the browser). Used by the MDX body pipeline (astro.config.mjs) and by renderMarkdown()
// for the Markdown held in frontmatter, so both look and behave the same.
import type { Element, ElementContent, Root } from 'hast';
import { createHighlighter, type Highlighter } from 'shiki';
import { visit } from 'unist-util-visit';
import { parseFenceMeta } from './fence-meta.ts';

const LANGS = ['bash', 'shellsession', 'python', 'yaml', 'json', 'ini', 'nginx', 'sql', 'html'] as const;
const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  console: 'shellsession',
  'shell-session': 'shellsession',
  py: 'python',
  yml: 'yaml',
  conf: 'nginx',
};

let highlighter: Promise<Highlighter> | undefined;
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: ['github-light', 'github-dark'], langs: [...LANGS] });
  return highlighter;
}

function languageOf(code: Element): string {
  const classes = code.properties?.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  const lang = list.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? 'text';
  return lang.toLowerCase();
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

// remark-rehype keeps the fence meta in `data.meta`; @astrojs/mdx runs rehype-raw first, which drops
// `data`, and copies it to `properties.metastring` beforehand. Read both.
function metaOf(code: Element): string {
  const fromData = (code.data as { meta?: unknown } | undefined)?.meta;
  const fromProps = code.properties?.metastring;
  return String(fromData ?? fromProps ?? '');
}

export function rehypeCodeBlocks() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element; index: number; parent: Element | Root }[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'pre' || index === undefined || !parent) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (code) blocks.push({ pre: node, code, index, parent: parent as Element | Root });
    });
    if (blocks.length === 0) return;
    const hl = await getHighlighter();
    for (const { code, index, parent } of blocks) {
      const authored = languageOf(code);
      const lang = ALIASES[authored] ?? authored;
      const source = code.children.map(textOf).join('').replace(/\n$/, '');
      const meta = parseFenceMeta(metaOf(code));
      const highlighted = hl.codeToHast(source, {
        lang: (LANGS as readonly string[]).includes(lang) ? lang : 'text',
        themes: { light: 'github-light', dark: 'github-dark' },
        defaultColor: false,
      });
      const pre = highlighted.children[0] as Element;
      pre.properties = { ...pre.properties, tabIndex: 0 };
      const children: ElementContent[] = [];
      if (meta.title) {
        children.push({ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: meta.title }] });
      }
      if (meta.danger) {
        children.push({
          type: 'element',
          tagName: 'p',
          properties: { className: ['code-danger'], role: 'note' },
          children: [{ type: 'text', value: meta.danger }],
        });
      }
      children.push(pre);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {
          className: ['code-block'],
          dataLang: authored,
          ...(lang === 'shellsession' ? { dataTranscript: '' } : {}),
          ...(meta.danger ? { dataDanger: '' } : {}),
        },
        children,
      };
      parent.children[index] = figure;
    }
  };
}
