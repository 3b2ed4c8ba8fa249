// A question's blocks as the importer reads them: labels (表象 / 原因 / 解决办法 …, also as list items
// or bold lines), lists (Markdown lists, and runs of "1.xxx" or "•" paragraphs that Markdown does not
// see as lists), paragraphs, code and everything else, each with its source lines and its Markdown.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { linesOf, plainText, sourceOf } from './markdown.ts';

export type LabelKind = 'symptom' | 'cause' | 'fix' | 'check';

export interface Item {
  md: string;
  plain: string;
  inlineCode: string[];
  lines: [number, number];
  children: Part[];
}

export type Part =
  | { t: 'label'; label: LabelKind; n?: number; md: string; plain: string; inlineCode: string[]; lines: [number, number] }
  | { t: 'list'; ordered: boolean; items: Item[]; lines: [number, number] }
  | { t: 'para'; md: string; plain: string; inlineCode: string[]; lines: [number, number]; images: string[]; html: boolean }
  | { t: 'code'; lang: string; meta: string; value: string; lines: [number, number] }
  | { t: 'block'; kind: string; md: string; lines: [number, number] };

const LABELS: [LabelKind, string][] = [
  ['symptom', '表象|现象|问题现象|故障现象|问题描述|症状|symptoms?|phenomenon|problem'],
  ['cause', '原因|可能原因|可能的原因|常见原因|根本原因|原因分析|问题原因|故障原因|causes?|reasons?|root cause'],
  ['fix', '解决办法|解决方法|解决方案|解决步骤|解决|处理方法|处理办法|处理步骤|处理|修复方法|思路方法|solutions?|fix|resolution|workaround'],
  ['check', '排查方法|排查步骤|排查|检查方法|troubleshooting'],
];
const LABEL_PLAIN = new RegExp(`^\\s*(${LABELS.map(([, w]) => w).join('|')})\\s*(\\d+)?\\s*(?:[:：]|$)`, 'i');
const LABEL_SOURCE = new RegExp(`^\\s*(?:\\*\\*|__)?\\s*(?:${LABELS.map(([, w]) => w).join('|')})\\s*(?:\\d+)?\\s*(?:\\*\\*|__)?\\s*[:：]?\\s*(?:\\*\\*|__)?\\s*[:：]?\\s*`, 'i');
const LABEL_WORDS = LABELS.map(([kind, w]) => [kind, new RegExp(`^(?:${w})$`, 'i')] as const);
const PSEUDO_ITEM = /^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[•·●▪])\s*\S/;

/** Whether a heading or line is only a label (现象, 原因, 解决方法 …). */
export const isLabel = (plain: string): boolean => labelOf(plain)?.rest === '';

function labelOf(plain: string): { label: LabelKind; n?: number; rest: string } | undefined {
  const m = LABEL_PLAIN.exec(plain);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  const label = LABEL_WORDS.find(([, re]) => re.test(word))![0];
  return { label, ...(m[2] ? { n: Number(m[2]) } : {}), rest: plain.slice(m[0].length).trim() };
}

const inlineCodeOf = (node: RootContent): string[] => {
  const out: string[] = [];
  const walk = (n: RootContent) => {
    if (n.type === 'inlineCode') out.push(n.value);
    if ('children' in n) (n.children as RootContent[]).forEach(walk);
  };
  walk(node);
  return out;
};

const clean = (md: string) => md.split('\n').map((l) => l.trim()).join('\n').trim();
/** A paragraph's lines, unindented, with what would now start a block (a fence, heading, quote or
 *  list marker that the source's indentation made plain text) escaped, so it stays text. */
const paragraph = (md: string) => clean(md).replace(/^(`{3,}|~{3,}|#{1,6}(?=\s|$)|>|[-+*](?=\s)|\d{1,9}(?=[.)]\s))/gm, '\\$1');

export function toParts(blocks: readonly RootContent[], text: string): Part[] {
  const parts: Part[] = [];
  for (const b of blocks) parts.push(...partsOf(b, text));
  return groupPseudoLists(parts);
}

function partsOf(b: RootContent, text: string): Part[] {
  const lines = linesOf(b);
  switch (b.type) {
    case 'paragraph': {
      const plain = plainText(b);
      const md = paragraph(sourceOf(text, b));
      const label = labelOf(plain);
      const inlineCode = inlineCodeOf(b);
      if (label) return [{ t: 'label', label: label.label, ...(label.n ? { n: label.n } : {}), md: md.replace(LABEL_SOURCE, ''), plain: label.rest, inlineCode, lines }];
      const images = (b as Paragraph).children.filter((c) => c.type === 'image').map((c) => (c as { url: string }).url);
      const html = (b as Paragraph).children.some((c) => c.type === 'html');
      return [{ t: 'para', md, plain, inlineCode, lines, images, html }];
    }
    case 'list':
      return listParts(b, text);
    case 'code':
      return [{ t: 'code', lang: b.lang ?? '', meta: b.meta ?? '', value: b.value, lines }];
    case 'heading': {
      const plain = plainText(b);
      const label = labelOf(plain);
      if (label) return [{ t: 'label', label: label.label, ...(label.n ? { n: label.n } : {}), md: label.rest, plain: label.rest, inlineCode: inlineCodeOf(b), lines }];
      return [{ t: 'block', kind: 'heading', md: `### ${clean(sourceOf(text, b)).replace(/^#+\s*/, '')}`, lines }];
    }
    case 'blockquote':
      return [{ t: 'block', kind: 'quote', md: sourceOf(text, b).split('\n').map((l) => `> ${l.replace(/^\s*>?\s?/, '')}`).join('\n'), lines }];
    case 'html':
      return [{ t: 'block', kind: 'html', md: b.value, lines }];
    case 'thematicBreak':
      return [{ t: 'block', kind: 'rule', md: '', lines }];
    default:
      return [{ t: 'block', kind: b.type, md: clean(sourceOf(text, b)), lines }];
  }
}

/** A list whose items start with labels ("- 原因: …", "- 解决方案") is a sequence of labelled parts. */
function listParts(list: List, text: string): Part[] {
  const items = list.children.map((item) => itemOf(item, text));
  const labelled = items.map((i) => labelOf(i.plain));
  if (labelled.some((l) => l)) {
    const parts: Part[] = [];
    items.forEach((item, k) => {
      const l = labelled[k];
      if (l) parts.push({ t: 'label', label: l.label, ...(l.n ? { n: l.n } : {}), md: item.md.replace(LABEL_SOURCE, ''), plain: l.rest, inlineCode: item.inlineCode, lines: [item.lines[0], item.lines[0]] });
      else parts.push({ t: 'list', ordered: !!list.ordered, items: [{ ...item, children: [] }], lines: [item.lines[0], item.lines[0]] });
      parts.push(...groupPseudoLists(item.children));
    });
    return parts;
  }
  return [{ t: 'list', ordered: !!list.ordered, items, lines: linesOf(list) }];
}

function itemOf(item: ListItem, text: string): Item {
  const [first, ...rest] = item.children;
  const isPara = first?.type === 'paragraph';
  const children = toParts(isPara ? rest : item.children, text);
  return {
    md: isPara ? paragraph(sourceOf(text, first)) : '',
    plain: isPara ? plainText(first) : '',
    inlineCode: isPara ? inlineCodeOf(first) : [],
    lines: linesOf(item),
    children,
  };
}

/** Runs of "1.xxx" / "•xxx" paragraphs (no space after the dot, so not a Markdown list) as lists;
 *  the paragraphs and code between two such items belong to the item above them. */
function groupPseudoLists(parts: Part[]): Part[] {
  const out: Part[] = [];
  let open: Extract<Part, { t: 'list' }> | undefined;
  for (const p of parts) {
    if (p.t === 'para' && PSEUDO_ITEM.test(p.plain)) {
      const item: Item = { md: p.md.replace(/^\s*(?:\d{1,2}\s*[.、．)）]|[•·●▪])\s*/, ''), plain: p.plain.replace(/^\s*(?:\d{1,2}\s*[.、．)）]|[•·●▪])\s*/, ''), inlineCode: p.inlineCode, lines: p.lines, children: [] };
      if (!open) {
        open = { t: 'list', ordered: /^\s*\d/.test(p.plain), items: [], lines: p.lines };
        out.push(open);
      }
      open.items.push(item);
      open.lines = [open.lines[0], p.lines[1]];
      continue;
    }
    if (open && (p.t === 'code' || p.t === 'list')) {
      open.items.at(-1)!.children.push(p);
      open.lines = [open.lines[0], p.lines[1]];
      continue;
    }
    open = undefined;
    out.push(p);
  }
  return out;
}
