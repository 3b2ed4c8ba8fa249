// The Markdown a draft is written in, from the parts of its question: code retyped (fences.ts) with
// host values made placeholders (only with a layout that has them all), SQL written as prose put in
// a sql block, HTML kept as text, images and links relative to the source page kept as text with
// their path. On the way it collects the question's signatures, the source lines it placed, the lines
// it dropped on purpose and a note for everything it changed.
import { isPathToken, layoutGaps, layouts } from '../../../src/lib/layouts.ts';
import type { Lang } from '../../../src/lib/locales.ts';
import { findPlaceholders } from '../../../src/lib/placeholders.ts';
import { parseTranscript } from '../../../src/lib/shell/transcript.ts';
import { placeholders } from '../../../src/lib/taxonomy.ts';
import { TEXT } from './cause-text.ts';
import { retypeFence, type Piece } from './fences.ts';
import type { HostValues } from './host-values.ts';
import type { Item, Part } from './parts.ts';
import { outputSignatures, proseSignatures } from './signatures.ts';

const PATH_TOKENS = placeholders.filter((p) => isPathToken(p.token));
const ABSOLUTE = /^(?:https?:)?\/\//i;
const SQL_LINE = /^\s*(?:update|select|insert\s+into|delete\s+from|alter\s+table|create\s+(?:table|database|user)|drop\s+(?:table|database)|grant|truncate)\s.+;\s*$/i;
const COMMAND_LANGS = new Set(['bash', 'console', 'sh', 'sql', 'python']);

export class Renderer {
  readonly notes: string[] = [];
  readonly signatures: string[] = [];
  readonly lines = new Set<number>();
  readonly dropped: { line: number; why: string }[] = [];
  blocks = 0;
  private readonly t: (typeof TEXT)[Lang];
  private readonly hosts: HostValues;

  constructor(lang: Lang, hosts: HostValues) {
    this.t = TEXT[lang];
    this.hosts = hosts;
  }

  place(p: { lines: [number, number] }): void {
    for (let i = p.lines[0]; i <= p.lines[1]; i++) this.lines.add(i);
  }

  /** Any part as Markdown (placed, its signatures collected). */
  part(p: Part): string {
    this.place(p);
    switch (p.t) {
      case 'label':
        return this.para(p);
      case 'para':
        this.signatures.push(...proseSignatures(p.plain, p.inlineCode));
        return this.para(p);
      case 'list':
        for (const it of p.items) this.signatures.push(...proseSignatures(it.plain, it.inlineCode));
        return this.items(p.items, p.ordered);
      case 'code':
        return this.code(p).md;
      case 'block':
        if (p.kind === 'html') {
          this.notes.push(`line ${p.lines[0]}: HTML block kept as text, never run`);
          this.blocks++;
          return fenced('text', '', this.hosts.replace(p.md, { paths: false }).text);
        }
        return p.md;
    }
  }

  /** A code block retyped; `commands` when part of it is for copying. */
  code(p: Extract<Part, { t: 'code' }>): { md: string; commands: boolean } {
    this.place(p);
    const retyped = retypeFence(p.lang, p.meta, p.value);
    this.notes.push(...retyped.notes.map((n) => `line ${p.lines[0]}: ${n}`));
    p.value.split('\n').forEach((l, i) => {
      if (/^\s*Copy\s*$/.test(l)) this.dropped.push({ line: p.lines[0] + 1 + i, why: 'stray "Copy" line pasted from a web page' });
    });
    let commands = false;
    const md = retyped.pieces
      .map((piece: Piece) => {
        if (piece.kind === 'prose') return this.inlineHosts(piece.text);
        this.blocks++;
        if (COMMAND_LANGS.has(piece.lang)) commands = true;
        this.signatures.push(...codeSignatures(piece.lang, piece.value));
        let replaced = this.hosts.replace(piece.value);
        let meta = piece.meta;
        // Path placeholders must have a value on every layout the block is for (the content check):
        // name the one layout that has them all, or leave the paths as the page wrote them.
        const names = [...new Set(findPlaceholders(replaced.text, PATH_TOKENS).map((h) => h.name))];
        if (!/\blayout=/.test(meta) && layoutGaps(names, layouts).length > 0) {
          const fits = [...replaced.layouts, ...layouts.map((l) => l.id)].find((id) => layoutGaps(names, layouts, id).length === 0);
          if (fits) meta = `${meta} layout="${fits}"`.trim();
          else {
            replaced = this.hosts.replace(piece.value, { paths: false });
            this.notes.push(`line ${p.lines[0]}: install paths left as written: no one layout has them all`);
          }
        }
        return fenced(piece.lang, meta, replaced.text);
      })
      .join('\n\n');
    return { md, commands };
  }

  /** A paragraph's Markdown made safe and local (not placed: callers place the part). */
  para(p: { md: string; html?: boolean; lines: [number, number] }): string {
    let md = p.md;
    if (p.html) {
      md = md.replace(/</g, '&lt;');
      this.notes.push(`line ${p.lines[0]}: HTML in the text kept as text`);
    }
    // Images become links (a page of this site loads nothing from elsewhere). A path relative to the
    // source page leads nowhere here: it is kept as text for the reviewer, with the link's words.
    md = md.replace(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (_m, alt: string, url: string) => {
      const name = `${this.t.image}: ${alt.trim() || url.split('/').pop()}`;
      this.notes.push(`line ${p.lines[0]}: image ${url} ${ABSOLUTE.test(url) ? 'kept as a link' : 'kept as its path (relative to the source page)'}: copy the image into the site or describe what it shows`);
      return ABSOLUTE.test(url) ? `[${name}](${url})` : `${name} (${this.t.source} \`${url}\`)`;
    });
    md = md.replace(/(?<!!)\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, (m, words: string, url: string) => {
      if (ABSOLUTE.test(url) || url.startsWith('#')) return m;
      this.notes.push(`line ${p.lines[0]}: link to ${url}, a page of the source site: point it at an entry (PAAS-…) or a full URL`);
      return `${words} (${this.t.source} \`${url}\`)`;
    });
    return this.sqlFenced(this.inlineHosts(md), p.lines[0]);
  }

  /** A list's items, each followed by what it holds. */
  items(items: readonly Item[], ordered: boolean): string {
    return items
      .map((it, k) => {
        const head = `${ordered ? `${k + 1}.` : '-'} ${this.para({ md: it.md, lines: it.lines }).split('\n').join('\n   ')}`;
        const kids = it.children.map((c) => this.part(c)).filter(Boolean);
        return [head, ...kids].join('\n\n');
      })
      .join('\n');
  }

  /** Whether a Markdown chunk is only an image (kept in the body when a cause takes the text). */
  isImage(md: string): boolean {
    const t = md.trim();
    return /^\[[^\]]*\]\([^)]*\)$/.test(t) || (t.startsWith(`${this.t.image}: `) && t.endsWith('`)') && !t.includes('\n'));
  }

  private inlineHosts(md: string): string {
    return md.replace(/`[^`\n]+`/g, (code) => this.hosts.replace(code).text);
  }

  /** A SQL statement written as a line of prose is a command to copy: it gets a sql block (and the
   *  danger= / caution= the fence lint asks for). */
  private sqlFenced(md: string, line: number): string {
    const lines = md.split('\n');
    if (!lines.some((l) => SQL_LINE.test(l))) return md;
    const out: string[] = [];
    let prose: string[] = [];
    let sql: string[] = [];
    const flush = () => {
      if (prose.length > 0) out.push(prose.join('\n'));
      if (sql.length > 0) {
        const piece = retypeFence('sql', '', sql.join('\n')).pieces[0]!;
        if (piece.kind === 'code') out.push(fenced('sql', piece.meta, this.hosts.replace(piece.value, { paths: false }).text));
        this.blocks++;
      }
      prose = [];
      sql = [];
    };
    for (const l of lines) {
      if (SQL_LINE.test(l)) {
        if (prose.length > 0) flush();
        sql.push(l.replace(/\\([_*\\])/g, '$1'));
      } else {
        if (sql.length > 0) flush();
        prose.push(l);
      }
    }
    flush();
    this.notes.push(`line ${line}: SQL written as prose put in a sql block`);
    return out.join('\n\n');
  }
}

/** A fenced block whose fence is longer than any run of backticks inside it. */
export function fenced(lang: string, meta: string, value: string): string {
  const longest = Math.max(2, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}${meta ? ` ${meta}` : ''}\n${value}\n${fence}`;
}

/** Error strings in a code block: the output lines (a transcript's, or a whole output block). */
function codeSignatures(lang: string, value: string): string[] {
  if (lang === 'console') return outputSignatures(parseTranscript(value).lines.filter((l) => l.kind === 'output').map((l) => l.text));
  if (COMMAND_LANGS.has(lang)) return [];
  return outputSignatures(value.split('\n'));
}
