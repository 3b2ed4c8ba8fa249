// A draft as an entry file: YAML frontmatter in the order of the entry schema (docs/authoring.md),
// strings double-quoted (YAML reads them as JSON strings, so no value can break the file), Markdown
// fields as literal blocks, then the body.
import type { Draft } from './draft.ts';

export interface Identified {
  id: string;
  slug: string;
  reviewed: string;
}

const q = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => `[${items.map(q).join(', ')}]`;

/** A literal block (`|-`) when the text can be one, else a quoted string. */
function block(text: string, indent: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd());
  text = lines.join('\n');
  const literal = !/^\s/.test(lines[0] ?? '') && lines.every((l) => !/[\u0000-\u0008\u000b-\u001f\u007f\ufeff]/.test(l));
  if (!literal) return q(text);
  return `|-\n${lines.map((l) => (l ? `${indent}${l}` : '')).join('\n')}`;
}

export function entryFile(draft: Draft, id: Identified): string {
  const out = ['---', `id: ${id.id}`, `title: ${q(draft.title)}`, `component: ${draft.component}`, `type: ${draft.type}`, `symptom: ${q(draft.symptom)}`];
  out.push(`where: ${list(draft.where)}`);
  if (draft.symptoms.length > 0) out.push(`symptoms: ${list(draft.symptoms)}`);
  if (draft.signatures.length > 0) {
    out.push('signatures:');
    for (const s of draft.signatures) out.push(`  - ${q(s)}`);
  }
  if (draft.aliases.length > 0) out.push(`aliases: ${list(draft.aliases)}`);
  out.push(`reviewed: ${id.reviewed}`, 'status: draft');
  out.push('review_notes:');
  for (const n of draft.notes) out.push(`  - ${q(n)}`);
  if (draft.causes.length > 0) {
    out.push('causes:');
    for (const c of draft.causes) {
      out.push(`  - key: ${c.key}`, `    title: ${q(c.title)}`);
      if (c.signatures.length > 0) out.push(`    signatures: ${list(c.signatures)}`);
      out.push(`    check: ${block(c.check, '      ')}`, `    fix: ${block(c.fix, '      ')}`);
    }
  }
  out.push('---', '', draft.body, '');
  return out.join('\n');
}
