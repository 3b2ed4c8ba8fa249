// Turns every fenced code block into a highlighted, labelled block at build time (no highlighting
// JS in the browser). Used by the entry body pipeline (.md and .mdx) (astro.config.mjs) and by renderMarkdown()
// for the Markdown held in frontmatter, so both look and behave the same.
//
// What the page's script (src/client/code-blocks.ts) relies on:
//   <figure class="code-block" data-lang data-copy="commands|text" data-danger? data-caution? data-file? data-layout?>
//     <figcaption class="code-title">…</figcaption>?        title="…"
//     <p class="code-danger" role="note">…</p>?             danger="…" (always before the buttons)
//     <p class="code-caution" role="note">…</p>?            caution="…" (the same place, lighter)
//     <p class="code-layout">…</p>?                          layout="…": the install layout the block is for
//     <pre class="shiki" tabindex="0"><code>
//       <span class="line" data-cmd="0"><span class="prompt">[root@h /]# </span>…</span>
//       <span class="line output">…</span>
//   Lines with the same data-cmd form one command; `.prompt` (prompts, PS2 `> `) is never copied.
//   <span class="ph" data-ph="PAAS_ROOT">${PAAS_ROOT}</span> marks a placeholder, in blocks,
//   captions and inline code.
import type { Element, ElementContent, Root, Text } from 'hast';
import { createHighlighter, type DecorationItem, type Highlighter, type ShikiTransformer } from 'shiki';
import { visit } from 'unist-util-visit';
import placeholdersJson from '../../../content/taxonomy/placeholders.json' with { type: 'json' };
import { findPlaceholders, type PlaceholderToken } from '../placeholders.ts';
import { parseTranscript, splitCommands, type ShellBlock } from '../shell/transcript.ts';
import { namesFile, parseFenceMeta } from './fence-meta.ts';
import { DEFAULT_LANG, isLang, LANG_ALTERNATION, type Lang } from '../locales.ts';
import { t } from '../../i18n/index.ts';
import { layouts } from '../layouts.ts';

/** Fence languages Shiki highlights (others are shown as plain text). */
const CODE_LANGS = ['bash', 'python', 'yaml', 'json', 'ini', 'nginx', 'sql', 'html', 'diff'] as const;
const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  py: 'python',
  yml: 'yaml',
  conf: 'nginx',
  mysql: 'sql',
  cfg: 'ini',
  toml: 'ini',
};
/** Fence languages that mean "a shell transcript": prompts, commands and their output. */
const TRANSCRIPT_LANGS = new Set(['console', 'shellsession', 'shell-session', 'terminal']);
const TOKENS: readonly PlaceholderToken[] = placeholdersJson.map(({ token, name }) => ({ token, name }));

// The high-contrast GitHub themes: some token colours of github-light and github-dark fall below WCAG's
// 4.5:1 contrast on their backgrounds (tests/e2e/contrast.spec.ts checks the pages).
const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } as const;

let highlighter: Promise<Highlighter> | undefined;
function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(THEMES), langs: [...CODE_LANGS] });
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

const span = (className: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { class: className, ...properties },
  children,
});
const text = (value: string): Text => ({ type: 'text', value });

/** Plain text with its placeholders wrapped in `<span class="ph">`. */
export function placeholderNodes(value: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let last = 0;
  for (const hit of findPlaceholders(value, TOKENS)) {
    if (hit.start > last) nodes.push(text(value.slice(last, hit.start)));
    nodes.push(span('ph', [text(value.slice(hit.start, hit.end))], { dataPh: hit.name }));
    last = hit.end;
  }
  if (last < value.length || nodes.length === 0) nodes.push(text(value.slice(last)));
  return nodes;
}

function placeholderDecorations(source: string): DecorationItem[] {
  return findPlaceholders(source, TOKENS).map((hit) => ({
    start: hit.start,
    end: hit.end,
    alwaysWrap: true,
    properties: { class: 'ph', dataPh: hit.name },
  }));
}

/** Marks the lines of each command of a plain shell script with data-cmd. */
function commandLines(block: ShellBlock): ShikiTransformer {
  return {
    name: 'kb:command-lines',
    line(node, line) {
      const command = block.lines[line - 1]?.command;
      if (command !== undefined) node.properties.dataCmd = command;
    },
  };
}

/**
 * Shiki highlights only the commands of a transcript (as bash); this puts the prompts back in
 * front of them and the output lines, unhighlighted, between them.
 */
function transcriptLines(block: ShellBlock): ShikiTransformer {
  return {
    name: 'kb:transcript',
    root(root) {
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      const code = pre?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'code');
      if (!code) return;
      const highlighted = code.children.filter((n): n is Element => n.type === 'element');
      let next = 0;
      const lines: ElementContent[] = [];
      for (const line of block.lines) {
        if (lines.length > 0) lines.push(text('\n'));
        // A prompt is not the reader's words or the software's: Pagefind leaves it out of excerpts.
        const prompt = line.prompt ? [span('prompt', placeholderNodes(line.prompt), { dataPagefindIgnore: '' })] : [];
        if (line.command !== undefined) {
          const el = highlighted[next++] ?? span('line', []);
          el.children.unshift(...prompt);
          el.properties.dataCmd = line.command;
          lines.push(el);
        } else {
          const kind = line.kind === 'prompt' ? 'line prompt-line' : 'line output';
          lines.push(span(kind, [...prompt, ...(line.text ? placeholderNodes(line.text) : [])]));
        }
      }
      code.children = lines;
    },
  };
}

interface SourceFile {
  path?: string;
  data?: Record<string, unknown>;
}

const LANG_FOLDER = new RegExp(`[\\\\/](${LANG_ALTERNATION})[\\\\/]`);

/** The language the Markdown is written in: given by renderMarkdown, else the entry file's language folder. */
function sourceLang(file: SourceFile | undefined): Lang {
  const given = file?.data?.lang;
  if (isLang(given)) return given;
  const folder = file?.path?.match(LANG_FOLDER)?.[1];
  return isLang(folder) ? folder : DEFAULT_LANG;
}

export function rehypeCodeBlocks() {
  return async (tree: Root, vfile?: SourceFile) => {
    const blocks: { code: Element; index: number; parent: Element | Root }[] = [];
    const inline: Element[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'pre' && index !== undefined && parent) {
        const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
        if (code) blocks.push({ code, index, parent: parent as Element | Root });
        return 'skip';
      }
      if (node.tagName === 'code') inline.push(node);
      return undefined;
    });
    for (const code of inline) {
      code.children = code.children.flatMap((child) => (child.type === 'text' ? placeholderNodes(child.value) : [child]));
    }
    if (blocks.length === 0) return;
    const hl = await getHighlighter();
    for (const { code, index, parent } of blocks) {
      const authored = languageOf(code);
      const meta = parseFenceMeta(metaOf(code));
      const source = code.children.map(textOf).join('').replace(/\n$/, '');
      const isFile = namesFile(meta.title);
      let copy: 'commands' | 'text' = 'text';
      let highlighted: Root;
      // Commands that get a copy button each (src/client/code-blocks.ts adds them when there are 2+).
      let commandCount = 0;

      const transcript = TRANSCRIPT_LANGS.has(authored) ? parseTranscript(source) : undefined;
      if (transcript && transcript.commands.length > 0) {
        copy = 'commands';
        commandCount = transcript.commands.length;
        const commandSource = transcript.lines.filter((l) => l.command !== undefined).map((l) => l.text).join('\n');
        highlighted = hl.codeToHast(commandSource, {
          lang: 'bash',
          themes: THEMES,
          defaultColor: false,
          decorations: placeholderDecorations(commandSource),
          transformers: [transcriptLines(transcript)],
        });
      } else {
        const lang = ALIASES[authored] ?? authored;
        const known = (CODE_LANGS as readonly string[]).includes(lang);
        const script = lang === 'bash' && !isFile ? splitCommands(source) : undefined;
        if (script && script.commands.length > 1) commandCount = script.commands.length;
        highlighted = hl.codeToHast(source, {
          lang: known ? lang : 'text',
          themes: THEMES,
          defaultColor: false,
          decorations: placeholderDecorations(source),
          transformers: script && script.commands.length > 1 ? [commandLines(script)] : [],
        });
      }

      const pre = highlighted.children[0] as Element; // Shiki sets tabindex="0": a long line can be scrolled by keyboard
      // Marked at build time so CSS can give the per-command buttons their gutter from the first paint
      // (when scripts run) instead of the page shifting when the script adds them (layout shift).
      if (commandCount > 1) {
        const cls = pre.properties.className;
        pre.properties.className = [...(Array.isArray(cls) ? cls : cls ? [cls] : []), 'has-cmd-buttons'] as string[];
      }
      const children: ElementContent[] = [];
      if (meta.title) {
        children.push({ type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: placeholderNodes(meta.title) });
      }
      // danger= says more than caution=, so a block marked with both shows only the danger note.
      const warning = meta.danger ? ({ className: 'code-danger', label: 'code.danger', reason: meta.danger } as const)
        : meta.caution ? ({ className: 'code-caution', label: 'code.caution', reason: meta.caution } as const)
        : undefined;
      if (warning) {
        children.push({
          type: 'element',
          tagName: 'p',
          properties: { className: [warning.className], role: 'note' },
          children: [
            { type: 'element', tagName: 'strong', properties: {}, children: [text(t(sourceLang(vfile), warning.label))] },
            text(warning.reason),
          ],
        });
      }
      const layout = layouts.find((l) => l.id === meta.layout);
      if (layout) {
        const lang = sourceLang(vfile);
        children.push({ type: 'element', tagName: 'p', properties: { className: ['code-layout'] }, children: [text(t(lang, 'code.layout', { layout: layout[lang].label }))] });
      }
      children.push(pre);
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: {
          className: ['code-block'],
          dataLang: authored,
          dataCopy: copy,
          ...(copy === 'commands' ? { dataTranscript: '' } : {}),
          ...(meta.danger ? { dataDanger: '' } : meta.caution ? { dataCaution: '' } : {}),
          ...(meta.layout ? { dataLayout: meta.layout } : {}),
          ...(isFile ? { dataFile: '' } : {}),
        },
        children,
      };
      parent.children[index] = figure;
    }
  };
}
