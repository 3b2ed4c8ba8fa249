// Code blocks get the fence the site's conventions ask for (docs/authoring.md): a block with shell
// prompts is a ```console transcript, pure output is ```text, a block mixing output with commands
// (and the odd sentence) is split into its parts, commands are ```bash; stray `Copy` lines pasted
// from a web page and broken info strings are cleaned; a block the content check would refuse for a
// missing danger="…" / caution="…" gets one, named as the import's guess. The content check's own
// fence lint decides, so the drafts pass it.
import { fenceFindings } from '../../../src/lib/content/fence-lint.ts';
import { matchPrompt } from '../../../src/lib/shell/transcript.ts';
import { unbalanced } from './signatures.ts';

export type Piece = { kind: 'code'; lang: string; meta: string; value: string } | { kind: 'prose'; text: string };

export interface Retyped {
  pieces: Piece[];
  /** What was changed, for the reviewer. */
  notes: string[];
}

const LANGUAGES = ['console', 'bash', 'sh', 'shell', 'zsh', 'text', 'json', 'yaml', 'yml', 'python', 'py', 'sql', 'mysql', 'ini', 'nginx', 'conf', 'xml', 'html', 'javascript', 'js', 'typescript', 'ts', 'java', 'go', 'diff', 'toml', 'properties', 'powershell', 'bat', 'dockerfile', 'makefile', 'plaintext', 'txt', 'log'];
const SHELLISH = new Set(['', 'bash', 'sh', 'shell', 'zsh', 'console', 'plaintext', 'txt', 'text', 'log']);
const COPY_LINE = /^\s*Copy\s*$/;
const PROSE_LINE = /^\s*(?:Solution|Note|Cause|Reason|解决(?:办法|方法)?|原因|注意)\s*[:：]|[\u3400-\u9fff][^`$|><&;]*[，。：][^`$|><&;]*$/i;
const OUTPUT_LINE = [
  /^\s*[{}\]]/, /^\s*\[\s*[{"]/, /^\s*"[^"]+"\s*:/, // JSON
  /^\s*\[(?:\d{1,3}\.|\d{4}-|\d\d:|[\w.-]+\])/, /^\s*\[[\dxX.]+\]/, /^\s*\d{4}-\d\d-\d\d[ T]\d/, // log prefixes
  /\S {3,}\S/, // columns
  /^\s*(?:Traceback|File "|[\w.]*(?:Error|Exception)\b|ERROR|FATAL|WARN(?:ING)?|INFO|DEBUG|Stderr:|curl: \(\d+\)|-bash: |\* About to connect)/,
  /^\s*<[!a-zA-Z/]/, /^\s*-{5,}\s*$/,
];

export function retypeFence(lang: string | null | undefined, meta: string | null | undefined, value: string): Retyped {
  const notes: string[] = [];
  const info = cleanInfo(lang ?? '', meta ?? '');
  if (info.note) notes.push(info.note);
  const lines = value.split('\n');
  const kept = lines.filter((l) => !COPY_LINE.test(l));
  if (kept.length < lines.length) notes.push(`removed ${lines.length - kept.length} stray "Copy" line(s) pasted from a web page`);
  const body = dedent(kept).join('\n').replace(/\n+$/, '');
  let pieces: Piece[];
  if (!SHELLISH.has(info.lang)) pieces = [{ kind: 'code', lang: info.lang, meta: info.meta, value: body }];
  else pieces = shellPieces(body, info.meta, notes, info.lang);
  return { pieces: pieces.map((p) => (p.kind === 'code' ? marked(p, notes) : p)), notes };
}

function cleanInfo(lang: string, meta: string): { lang: string; meta: string; note?: string } {
  const l = lang.toLowerCase();
  const goodMeta = /^(\s*[\w-]+="[^"]*")*\s*$/.test(meta) ? meta.trim() : '';
  const dropped = meta.trim() && !goodMeta ? ` ${meta.trim()}` : '';
  if (l === '' || LANGUAGES.includes(l)) return { lang: l, meta: goodMeta, ...(dropped ? { note: `dropped the fence info "${lang}${dropped}"` } : {}) };
  const prefix = LANGUAGES.filter((k) => l.startsWith(k)).sort((a, b) => b.length - a.length)[0];
  return { lang: prefix ?? '', meta: goodMeta, note: `cleaned the broken fence info string "${lang}${dropped}"${prefix ? ` to "${prefix}"` : ''}` };
}

type LineKind = 'command' | 'output' | 'prose' | 'comment' | 'blank';

function shellPieces(body: string, meta: string, notes: string[], lang: string): Piece[] {
  const lines = body.split('\n');
  const prompted = lines.some((l) => {
    const p = matchPrompt(l);
    return p !== undefined && !p.bareHash;
  });
  if (prompted) {
    if (lang !== 'console') notes.push('a block with shell prompts is fenced as console (only the commands are copied)');
    return [{ kind: 'code', lang: 'console', meta, value: body }];
  }
  // A line that leaves a parenthesis or quote open continues on the next (a wrapped message).
  const kinds = lines.map(kindOf);
  for (let i = 1; i < lines.length; i++) if (unbalanced(lines[i - 1]!) && kinds[i] !== 'blank') kinds[i] = kinds[i - 1]!;
  const has = (k: LineKind) => kinds.includes(k);
  if (!has('command')) return [{ kind: 'code', lang: 'text', meta, value: body }];
  if (!has('output') && !has('prose')) return [{ kind: 'code', lang: 'bash', meta, value: body }];
  // Mixed: runs of commands, output and sentences, each in its own piece. Comments and blank lines
  // go with the run they sit in.
  const pieces: Piece[] = [];
  let run: { kind: LineKind; lines: string[] } | undefined;
  const flush = () => {
    if (!run) return;
    const text = run.lines.join('\n').replace(/^\n+|\n+$/g, '');
    if (text) pieces.push(run.kind === 'prose' ? { kind: 'prose', text } : { kind: 'code', lang: run.kind === 'command' ? 'bash' : 'text', meta: '', value: text });
    run = undefined;
  };
  lines.forEach((line, i) => {
    let kind = kinds[i]!;
    if (kind === 'blank' || kind === 'comment') kind = run?.kind ?? (kind === 'comment' ? 'command' : 'blank');
    if (kind === 'blank') return;
    if (run && run.kind !== kind) flush();
    run ??= { kind, lines: [] };
    run.lines.push(line);
  });
  flush();
  if (pieces.length > 1) notes.push(`split a block mixing ${[...new Set(pieces.map((p) => (p.kind === 'prose' ? 'sentences' : p.lang === 'bash' ? 'commands' : 'output')))].join(', ')} into ${pieces.length} parts`);
  return pieces;
}

function kindOf(line: string): LineKind {
  if (!line.trim()) return 'blank';
  if (/^\s*#/.test(line)) return 'comment';
  if (OUTPUT_LINE.some((re) => re.test(line))) return 'output';
  if (PROSE_LINE.test(line)) return 'prose';
  return 'command';
}

/** Adds the danger="…" / caution="…" the content check would ask for, worded as a guess. */
function marked(piece: Extract<Piece, { kind: 'code' }>, notes: string[]): Piece {
  const { danger, caution } = fenceFindings(piece.lang, piece.meta, piece.value);
  let meta = piece.meta;
  if (danger.length > 0) meta = `${meta} danger="${danger.join(', ')} (marked by the import: check)"`.trim();
  else if (caution.length > 0) meta = `${meta} caution="${caution.join(', ')} (marked by the import: check)"`.trim();
  if (meta !== piece.meta) notes.push(`marked a ${piece.lang} block ${danger.length > 0 ? 'danger' : 'caution'}: ${[...danger, ...caution].join(', ')}`);
  return { ...piece, meta };
}

/** Removes the indentation every line shares (blocks pasted inside list items keep theirs). */
function dedent(lines: readonly string[]): string[] {
  const widths = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = widths.length > 0 ? Math.min(...widths) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
}
