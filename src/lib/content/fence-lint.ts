// Checks an author can run over every fenced block: a transcript fenced as bash (its prompts would be
// copied), a console block without a prompt (nothing to copy), and a dangerous command without
// `danger="…"`. Pure; run by the content check (check.ts) over bodies and cause Markdown.
import { parseTranscript, splitCommands, matchPrompt } from '../shell/transcript.ts';
import { parseFenceMeta } from '../markdown/fence-meta.ts';

export interface FencedBlock {
  lang: string | null;
  meta: string | null;
  value: string;
  /** 1-based line of the opening fence within the Markdown given. */
  line: number;
}

const OPENING = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*?)\s*$/;

/**
 * The fenced code blocks of a Markdown text, as the Markdown parser finds them (info string split
 * into language and meta, the opening fence's indentation removed from each line). A line scan
 * rather than a full parse: the content check runs it over every body and cause of every entry,
 * where a full parse would cost more than the rest of the check together. Fences are found at any
 * indentation, so blocks inside list items count too.
 */
export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPENING.exec(lines[i]!);
    if (!open || (open[2]![0] === '`' && open[4]!.includes('`'))) continue;
    const [, indent, fence, lang, meta] = open;
    const close = new RegExp(`^\\s*${fence![0] === '`' ? '`' : '~'}{${fence!.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]!); j++) body.push(lines[j]!.replace(new RegExp(`^ {0,${indent!.length}}`), ''));
    blocks.push({ lang: lang || null, meta: meta || null, value: body.join('\n'), line: i + 1 });
    i = j;
  }
  return blocks;
}

const SHELL = new Set(['bash', 'sh', 'shell', 'zsh']);
const TRANSCRIPT = new Set(['console', 'shellsession', 'shell-session', 'terminal']);
const SQL = new Set(['sql', 'mysql']);

/** Commands that destroy, stop, overwrite or open up more than they seem to. */
export const DANGEROUS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\brm\s+(-\w*\s+)*-\w*[rRf]/, what: 'rm -r/-f' },
  { pattern: /\bkill(all)?\s+(-\w+\s+)*-(9|KILL)\b/, what: 'kill -9' },
  { pattern: /\b(chmod|chown|chgrp)\s+(-\w+\s+)*-\w*R/, what: 'recursive chmod/chown' },
  { pattern: /\bsupervisorctl\b.*\b(shutdown|stop\s+all)\b/, what: 'supervisorctl shutdown' },
  { pattern: /\bset_password\(|\bpasswd\b|\bSET\s+PASSWORD\b|\bALTER\s+USER\b|\bGRANT\b[^;]*\bIDENTIFIED\s+BY\b/i, what: 'a password change' },
  { pattern: /\b(DROP|TRUNCATE)\s+(TABLE|DATABASE|SCHEMA)\b|\bDELETE\s+FROM\b/i, what: 'dropping or deleting data' },
  { pattern: /\bmkfs\b|\bdd\s+.*\bof=\/dev\//, what: 'overwriting a disk' },
];

export function lintFence(lang: string | null | undefined, meta: string | null | undefined, value: string): string[] {
  const problems: string[] = [];
  const language = (lang ?? '').toLowerCase();
  const { danger } = parseFenceMeta(meta ?? '');
  let commands: string[] = [];
  if (TRANSCRIPT.has(language)) {
    commands = parseTranscript(value).commands;
    if (commands.length === 0) problems.push('```console block without a prompt line: nothing to copy; fence it as text, or add the prompts');
  } else if (SHELL.has(language)) {
    const first = value.split('\n').find((l) => l.trim() !== '') ?? '';
    const prompt = matchPrompt(first);
    if (prompt && !prompt.bareHash) problems.push(`\`\`\`${language} block starts with a prompt (${prompt.prompt.trim()}): fence it as console so the prompt is not copied`);
    commands = splitCommands(value).commands;
  } else if (SQL.has(language) || language === 'python' || language === 'py') {
    commands = [value];
  }
  if (!danger) {
    for (const { pattern, what } of DANGEROUS) {
      if (commands.some((c) => pattern.test(c))) problems.push(`${what} without danger="…": add danger="what it destroys" to the fence line (docs/authoring.md)`);
    }
  }
  return problems;
}
