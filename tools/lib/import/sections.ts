// Where the questions of an FAQ page are. Pages write them in several ways: one heading per question
// (## or ###), category headings with the questions as sub-headings, numbered paragraphs on a page
// without question headings; some sections are reference material (port or error-code tables,
// contact lists) that is reported rather than forced into a problem entry. Pure: takes the parse.
import type { Heading, ListItem, Root, RootContent } from 'mdast';
import { isHeading, linesOf, plainText } from './markdown.ts';
import { isLabel } from './parts.ts';

export interface Section {
  /** The question as the page writes it (heading text, or the numbered paragraph's first line). */
  heading: string;
  /** Source line of the heading (0 for none). */
  headingLine: number;
  /** Everything under the question, in order (deeper headings included). */
  blocks: RootContent[];
  /** Last source line of the section. */
  endLine: number;
  /** The category heading the question sits under, when the page groups its questions. */
  category?: string;
  /** Why a reference section is not a question. */
  reference?: string;
}

export interface Outline {
  /** The page's own title (a single leading # heading). */
  title?: { text: string; line: number };
  questions: Section[];
  references: Section[];
  /** Category headings (named in each of their questions' notes). */
  categories: { text: string; line: number }[];
  /** Blocks that belong to no question: text before the first one, a category's introduction. */
  outside: RootContent[];
}

interface HeadingNode {
  heading: Heading;
  own: RootContent[];
  children: HeadingNode[];
  all: RootContent[];
}

const QUESTION_WORDS = /[?？]|如何|怎么|怎样|为什么|为何|哪里|是否|能否|可以|失败|报错|错误|异常|无法|不能|不了|无响应|超时|卡住|一直|没有|未|跳转|问题|\b(how|why|what|where|when|can|error|fail|failed|fails|cannot|can't|unable|not|timeout|refused|denied|exception|invalid)\b/i;
const STEP_START = /^(\d+\s*[.、)）]|第.步|step\b|查看|检查|检测|确认|登录到|登陆到|在|执行|若|如果|check\b|verify\b|look\b|run\b)/i;
/** Words of a problem, which a step heading does not have ("检查 agent 状态报错" is a question). */
const PROBLEM_WORDS = /[?？]|失败|报错|错误|异常|超时|\b(error|fail|failed|fails|timeout)\b/i;
const REFERENCE_TITLE = /联系|通讯录|contact/i;
const INTRODUCTION = /^(?:前言|概述|简介|说明|介绍|目录|introduction|overview|about|contents|table of contents)$/i;
/** A category heading may carry a short introduction; more than this is a question's text. */
const CATEGORY_INTRO_LINES = 4;

export function outline(root: Root, lines: readonly string[]): Outline {
  const blocks = root.children;
  const headings = blocks.filter(isHeading);
  const out: Outline = { questions: [], references: [], categories: [], outside: [] };
  let body = blocks;
  const first = headings[0];
  if (first && first.depth === 1 && headings.filter((h) => h.depth === 1).length === 1 && blocks.indexOf(first) <= 1) {
    out.title = { text: plainText(first), line: linesOf(first)[0] };
    body = blocks.filter((b) => b !== first);
  }
  const tree = headingTree(body);
  if (tree.nodes.length === 0) {
    numberedQuestions(body, out, lines);
  } else {
    out.outside.push(...tree.before);
    for (const node of tree.nodes) place(node, undefined, out, lines);
  }
  for (const q of [...out.questions]) {
    const why = referenceReason(q, lines);
    if (why) {
      out.questions.splice(out.questions.indexOf(q), 1);
      out.references.push({ ...q, reference: why });
    }
  }
  return out;
}

function headingTree(blocks: readonly RootContent[]): { before: RootContent[]; nodes: HeadingNode[] } {
  const before: RootContent[] = [];
  const nodes: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  for (const b of blocks) {
    if (isHeading(b)) {
      while (stack.length > 0 && stack.at(-1)!.heading.depth >= b.depth) stack.pop();
      const node: HeadingNode = { heading: b, own: [], children: [], all: [] };
      if (stack.length === 0) nodes.push(node);
      else stack.at(-1)!.children.push(node);
      for (const open of stack) open.all.push(b);
      stack.push(node);
      continue;
    }
    if (stack.length === 0) {
      before.push(b);
      continue;
    }
    const top = stack.at(-1)!;
    if (top.children.length === 0) top.own.push(b);
    for (const open of stack) open.all.push(b);
  }
  return { before, nodes };
}

function place(node: HeadingNode, category: string | undefined, out: Outline, lines: readonly string[]): void {
  if (!plainText(node.heading)) {
    // A heading with no words asks nothing: its text is reported as unplaced.
    out.outside.push(node.heading, ...node.own);
    for (const child of node.children) place(child, category, out, lines);
    return;
  }
  if (isCategory(node, lines)) {
    const text = plainText(node.heading);
    out.categories.push({ text, line: linesOf(node.heading)[0] });
    out.outside.push(...node.own);
    for (const child of node.children) place(child, text, out, lines);
    return;
  }
  const last = node.all.at(-1) ?? node.heading;
  out.questions.push({
    heading: plainText(node.heading),
    headingLine: linesOf(node.heading)[0],
    blocks: node.all,
    endLine: linesOf(last)[1],
    ...(category ? { category } : {}),
  });
}

/** A heading that groups questions: little text of its own, sub-headings that read as questions
 *  rather than as the steps of one procedure. */
function isCategory(node: HeadingNode, lines: readonly string[]): boolean {
  if (node.children.length === 0) return false;
  if (nonBlankLines(node.own, lines) > CATEGORY_INTRO_LINES) return false;
  const titles = node.children.map((c) => plainText(c.heading));
  // 现象 / 原因 / 解决方法 sub-headings are the parts of one question, not questions.
  if (titles.some(isLabel)) return false;
  const steps = titles.filter((t) => STEP_START.test(t) && !PROBLEM_WORDS.test(t)).length;
  const questions = titles.filter((t) => QUESTION_WORDS.test(t)).length;
  return steps * 2 < titles.length && questions * 2 >= titles.length;
}

/** Pages without question headings: paragraphs that start "1." / "Q1:" / "问：" start a question, or
 *  each item of the page's ordered list is one. */
const NUMBERED = /^\s*(?:\*\*|__)?\s*(?:Q\s*\d+|问题?\s*\d*|\d{1,3})\s*[.、．:：)）]/i;
/** A paragraph that is one bold question ("**如何重启服务？**") starts a question as well. */
const BOLD_QUESTION = /^(\*\*|__)[^*_\n]+[?？]\1$/;

function numberedQuestions(blocks: readonly RootContent[], out: Outline, lines: readonly string[]): void {
  let current: Section | undefined;
  const lists = blocks.filter((b) => b.type === 'list' && b.ordered);
  const starters = blocks.filter((b) => b.type === 'paragraph' && (NUMBERED.test(plainText(b)) || BOLD_QUESTION.test(sourceText(b, lines))));
  if (starters.length === 0 && lists.length === 1) {
    const list = lists[0]!;
    const index = blocks.indexOf(list);
    out.outside.push(...blocks.slice(0, index), ...blocks.slice(index + 1));
    for (const item of (list as { children: ListItem[] }).children) {
      const [head, ...rest] = item.children;
      out.questions.push({ heading: head ? firstLine(plainText(head)) : '', headingLine: linesOf(item)[0], blocks: head ? [head, ...rest] : rest, endLine: linesOf(item)[1] });
    }
    return;
  }
  for (const b of blocks) {
    if (starters.includes(b)) {
      current = { heading: firstLine(plainText(b)), headingLine: linesOf(b)[0], blocks: [b], endLine: linesOf(b)[1] };
      out.questions.push(current);
    } else if (current) {
      current.blocks.push(b);
      current.endLine = linesOf(b)[1];
    } else out.outside.push(b);
  }
}

const firstLine = (text: string) => text.split('\n')[0]!.trim();

/** A list item that is nothing but a link (a table of contents, a "see also" list). */
function onlyLink(item: ListItem): boolean {
  const [p, ...rest] = item.children;
  return rest.length === 0 && p?.type === 'paragraph' && p.children.length === 1 && p.children[0]!.type === 'link';
}

function sourceText(b: RootContent, lines: readonly string[]): string {
  const [from, to] = linesOf(b);
  return lines.slice(from - 1, to).join('\n').trim();
}

function nonBlankLines(blocks: readonly RootContent[], lines: readonly string[]): number {
  let n = 0;
  for (const b of blocks) {
    const [from, to] = linesOf(b);
    for (let i = from; i <= to; i++) if (lines[i - 1]?.trim()) n++;
  }
  return n;
}

/** Tables that make up most of a section (ports, error codes), or a contact list. */
function referenceReason(q: Section, lines: readonly string[]): string | undefined {
  const total = nonBlankLines(q.blocks, lines);
  const tables = nonBlankLines(q.blocks.filter((b) => b.type === 'table'), lines);
  if (total > 0 && tables * 2 >= total) return 'a reference table (most of the section is tables)';
  if (REFERENCE_TITLE.test(q.heading) && !q.blocks.some((b) => b.type === 'code')) return 'a contact list';
  if (INTRODUCTION.test(q.heading.trim()) && !QUESTION_WORDS.test(q.heading)) return 'an introduction or table of contents';
  const lists = q.blocks.filter((b) => b.type === 'list');
  if (lists.length > 0 && lists.length === q.blocks.length && lists.every((l) => (l as { children: ListItem[] }).children.every(onlyLink))) return 'a list of links';
  return undefined;
}
