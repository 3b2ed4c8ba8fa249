// The one shape every content problem is reported in, and how it is printed: `file:line field:
// message`, then how to fix it, so an author can jump to the line and knows what to change.

export interface Problem {
  /** Path of the file to edit. */
  file: string;
  /** 1-based line of the field (frontmatter key) or code fence; absent when the whole file is meant. */
  line?: number;
  /** Where in the file: a frontmatter path such as "causes.1.key", or "body". */
  field: string;
  message: string;
  /** What to change, when the message alone does not say it. */
  fix?: string;
}

export function formatProblem(p: Problem): string {
  const head = `${p.file}${p.line ? `:${p.line}` : ''} ${p.field}: ${p.message}`;
  return p.fix ? `${head}\n    fix: ${p.fix}` : head;
}

export function formatProblems(problems: readonly Problem[]): string {
  return `Content errors (${problems.length}):\n${problems.map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`).join('\n')}`;
}
