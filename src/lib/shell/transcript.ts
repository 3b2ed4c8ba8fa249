// Shell transcripts (```console) and plain shell scripts (```bash) → the exact commands to copy.
//
// A transcript line is a command when it starts with a prompt: `$ `, `# `, `[root@host dir]# `,
// `user@host:~$ `, `(venv) $ `, `bash-4.2# `. What follows a command belongs to it while the shell
// would still be reading it (ShellLexer: `\` continuations, open quotes, here-documents, loops),
// with a PS2 `> ` in front of those lines removed. Every other line is output (or a note) and is
// never copied. A bare `# ` counts as a prompt only when the block uses no other prompt, because
// next to `$ ` or `[root@host]# ` prompts a line starting with `# ` is a comment or output.
import { ShellLexer } from './lexer.ts';

export type LineKind = 'command' | 'continuation' | 'output' | 'prompt';

export interface ShellLine {
  kind: LineKind;
  /** The part shown but never copied: the prompt, a PS2 `> `, or '' */
  prompt: string;
  /** The rest of the line. */
  text: string;
  /** Index into `commands` for command and continuation lines. */
  command?: number;
}

export interface ShellBlock {
  lines: ShellLine[];
  commands: string[];
}

interface Prompt {
  prompt: string;
  /** Just `$` or `#`, no user, host or directory. */
  bare: boolean;
  bareHash: boolean;
}

// Linear: every alternative is anchored and its repeated classes cannot overlap what follows.
const PROMPT = /^(?:\([^()\s]{1,80}\) ?)?(?:\[[^\]\n]{1,200}\][#$]|[\w.-]{1,64}@[\w.-]{1,128}(?::[^\s#$]{0,200})? ?[#$]|(?:ba|z|k)?sh-[\d.]{1,10}[#$]|[#$])(?: |$)/;

export function matchPrompt(line: string): Prompt | undefined {
  const match = PROMPT.exec(line);
  if (!match) return undefined;
  const prompt = match[0];
  const bare = prompt.length <= 2;
  return { prompt, bare, bareHash: bare && prompt.startsWith('#') };
}

function lines(source: string): string[] {
  return source.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
}

const commentOnly = (text: string): boolean => /^\s*(#|$)/.test(text);

export function parseTranscript(source: string): ShellBlock {
  const all = lines(source);
  const prompts = all.map(matchPrompt);
  const bareHashIsPrompt = prompts.every((p) => p === undefined || p.bareHash);
  const promptOf = (i: number): Prompt | undefined => {
    const p = prompts[i];
    return p && (!p.bareHash || bareHashIsPrompt) ? p : undefined;
  };

  const result: ShellBlock = { lines: [], commands: [] };
  let lexer: ShellLexer | undefined;
  let current: string[] = [];
  let currentLines: ShellLine[] = [];
  let ps2 = false;

  const close = (): void => {
    if (current.length > 0) {
      const text = current.join('\n');
      if (commentOnly(text) && current.length === 1) {
        for (const line of currentLines) line.kind = 'prompt';
      } else {
        for (const line of currentLines) line.command = result.commands.length;
        result.commands.push(text);
      }
    }
    current = [];
    currentLines = [];
    lexer = undefined;
  };

  all.forEach((raw, i) => {
    const prompt = promptOf(i);
    // A prompt ends an unfinished command (the transcript just did not show the rest), except that
    // a here-document body may hold a line starting with `$ ` or `# `.
    if (lexer?.incomplete && !(prompt && (!prompt.bare || !lexer.inHeredoc))) {
      if (currentLines.length === 1) ps2 = /^>( |$)/.test(raw);
      const strip = ps2 ? (/^> ?/.exec(raw)?.[0] ?? '') : '';
      const text = raw.slice(strip.length);
      lexer.feed(text);
      current.push(text);
      const line: ShellLine = { kind: 'continuation', prompt: strip, text };
      currentLines.push(line);
      result.lines.push(line);
      return;
    }
    close();
    if (!prompt) {
      result.lines.push({ kind: 'output', prompt: '', text: raw });
      return;
    }
    const text = raw.slice(prompt.prompt.length);
    if (text.trim() === '') {
      result.lines.push({ kind: 'prompt', prompt: prompt.prompt, text });
      return;
    }
    lexer = new ShellLexer();
    lexer.feed(text);
    current = [text];
    const line: ShellLine = { kind: 'command', prompt: prompt.prompt, text };
    currentLines = [line];
    result.lines.push(line);
  });
  close();
  return result;
}

/**
 * A plain script (```bash) cut into its commands: blank and comment-only lines between commands
 * are not commands (kind 'output'); a command runs over as many lines as the shell would read.
 */
export function splitCommands(source: string): ShellBlock {
  const result: ShellBlock = { lines: [], commands: [] };
  let lexer: ShellLexer | undefined;
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) result.commands.push(current.join('\n'));
    current = [];
  };
  for (const text of lines(source)) {
    if (lexer?.incomplete) {
      lexer.feed(text);
      current.push(text);
      result.lines.push({ kind: 'continuation', prompt: '', text, command: result.commands.length });
      continue;
    }
    flush();
    if (commentOnly(text)) {
      lexer = undefined;
      result.lines.push({ kind: 'output', prompt: '', text });
      continue;
    }
    lexer = new ShellLexer();
    lexer.feed(text);
    current = [text];
    result.lines.push({ kind: 'command', prompt: '', text, command: result.commands.length });
  }
  flush();
  return result;
}

/** What the copy button of a transcript puts on the clipboard. */
export function transcriptCopyText(source: string): string {
  return parseTranscript(source).commands.join('\n');
}
