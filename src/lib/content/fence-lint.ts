// Checks an author can run over every fenced block: a transcript fenced as bash (its prompts would be
// copied), a console block without a prompt (nothing to copy), a dangerous command without
// `danger="…"` and a command that stops, starts or changes a live host without `caution="…"` (or
// `danger`). Pure; run by the content check (check.ts) over bodies and cause Markdown.
import { parseTranscript, splitCommands, matchPrompt } from '../shell/transcript.ts';
import { namesFile, parseFenceMeta } from '../markdown/fence-meta.ts';

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

/**
 * The fenced blocks of the section under `## heading` (up to the next level-1 or level-2 heading).
 * Headings inside fenced blocks do not count.
 */
export function blocksInSection(markdown: string, heading: string): FencedBlock[] {
  const blocks = fencedBlocks(markdown);
  const inBlock = (line: number) => blocks.some((b) => line > b.line && line <= b.line + b.value.split('\n').length + 1);
  const lines = markdown.split(/\r?\n/);
  const headingAt = (i: number) => !inBlock(i + 1) && /^#{1,2}\s/.test(lines[i]!);
  const start = lines.findIndex((l, i) => headingAt(i) && l.replace(/^#{1,2}\s+/, '').trim() === heading);
  if (start < 0) return [];
  let end = lines.findIndex((_, i) => i > start && headingAt(i));
  if (end < 0) end = lines.length;
  return blocks.filter((b) => b.line > start + 1 && b.line <= end);
}

const SHELL = new Set(['bash', 'sh', 'shell', 'zsh']);
const TRANSCRIPT = new Set(['console', 'shellsession', 'shell-session', 'terminal']);

/** A fence language whose block gets a copy-commands button: shell scripts and transcripts. */
export const isCommandLang = (lang: string | null | undefined): boolean => SHELL.has((lang ?? '').toLowerCase()) || TRANSCRIPT.has((lang ?? '').toLowerCase());
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

/**
 * Commands that stop, start, restart or reload a service, or change a live host, without destroying
 * anything: a reader pasting them at the wrong moment takes a service down, so they are marked, but
 * lighter than DANGEROUS.
 */
export const CAUTION: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bdashboard\.sh\s+(restart|stop|start)\b/, what: 'dashboard.sh restart/stop/start' },
  { pattern: /\bbkcec\s+(start|stop|restart)\b/, what: 'bkcec start/stop' },
  { pattern: /\bsystemctl\s+(-\S+\s+)*(restart|stop|start|reload)\b|\bservice\s+\S+\s+(restart|stop|start|reload)\b/, what: 'a service restart/stop/start/reload' },
  { pattern: /nginx\S*\s+(\S+\s+)*-s\s+(reload|stop|quit|reopen)\b/i, what: 'nginx -s reload/stop' },
  { pattern: /\bsupervisorctl\b.*\b(restart|stop|start|reload|update)\b/, what: 'supervisorctl restart/stop/start/reload' },
  { pattern: /\bsupervisord\s+(\S+\s+)*-c\b/, what: 'starting supervisord' },
  { pattern: /\b(chmod|chown|chgrp)\s/, what: 'chmod/chown' },
  { pattern: /\b(yum|dnf|apt|apt-get)\s+(-\S+\s+)*(install|remove|erase|upgrade)\b/, what: 'a package install' },
  { pattern: /\bpip[\d.]*\s+(-\S+\s+)*(install|uninstall)\b/, what: 'pip install' },
  { pattern: /\bCREATE\s+USER\b|\bGRANT\s+\w[^;]*\bON\b/i, what: 'CREATE USER / GRANT' },
];

/** A command with the quoted text it only searches for or prints removed: `grep -n "pip install" build` runs no pip. */
const withoutSearchedText = (command: string): string =>
  command.replace(/\b(grep|egrep|fgrep|echo|printf)((\s+-\S+)*)\s+(["'])[^"']*\4/g, '$1$2');

/** What the fence lint finds in one block: its structural problems, and the commands it runs that
 *  need a danger= or caution= mark it lacks (by what they do). */
export interface FenceFindings {
  problems: string[];
  danger: string[];
  caution: string[];
}

export function fenceFindings(lang: string | null | undefined, meta: string | null | undefined, value: string): FenceFindings {
  const problems: string[] = [];
  const found: FenceFindings = { problems, danger: [], caution: [] };
  const language = (lang ?? '').toLowerCase();
  const { danger, caution, title } = parseFenceMeta(meta ?? '');
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
  if (danger) return found;
  found.danger = DANGEROUS.filter(({ pattern }) => commands.some((c) => pattern.test(c))).map(({ what }) => what);
  // A block that needs danger= needs nothing lighter as well.
  if (caution || found.danger.length > 0) return found;
  // A block titled with a file name is that file's text (a line of a build script), not run as it is.
  if (namesFile(title)) return found;
  const run = commands.map(withoutSearchedText);
  found.caution = CAUTION.filter(({ pattern }) => run.some((c) => pattern.test(c))).map(({ what }) => what);
  return found;
}

export function lintFence(lang: string | null | undefined, meta: string | null | undefined, value: string): string[] {
  const { problems, danger, caution } = fenceFindings(lang, meta, value);
  return [
    ...problems,
    ...danger.map((what) => `${what} without danger="…": add danger="what it destroys" to the fence line (docs/authoring.md)`),
    ...caution.map((what) => `${what} without caution="…": add caution="what it stops or changes" (or danger="…") to the fence line (docs/authoring.md)`),
  ];
}
