// The entry model: one zod schema, used by the content collection (build-time validation)
// and by the unit tests and tooling (same rules everywhere).
import { z } from 'astro/zod';
import { componentIds, whereIds } from './taxonomy.ts';

export const ENTRY_ID = /^PAAS-\d{3,}$/;
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FIELDS = ['reviewed'] as const;

/** YAML turns `2026-11-22` into a Date; anything else stays a string. Normalise to YYYY-MM-DD. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD' })
    .regex(ISO_DATE, { error: 'expected a date written as YYYY-MM-DD' })
    .refine(isRealIsoDate, { error: 'not a real calendar date' }),
);

function isRealIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/**
 * YAML turns `reviewed: 2026-13-45` into a valid Date (it rolls over to 2027-02-14), so the schema
 * never sees the mistake. This checks the date fields as written in the raw frontmatter.
 */
export function rawDateProblems(source: string): { field: string; message: string }[] {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const problems: { field: string; message: string }[] = [];
  for (const field of DATE_FIELDS) {
    const match = new RegExp(`^${field}:[ \t]*(.*)$`, 'm').exec(frontmatter);
    if (!match) continue;
    const written = match[1]!.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!isRealIsoDate(written)) problems.push({ field, message: `"${written}" is not a real date written as YYYY-MM-DD` });
  }
  return problems;
}

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });

export const causeSchema = z.object({
  /** Stable anchor: #cause-<key>. Never change it once published (tickets link to it). */
  key: z.string().regex(KEBAB, { error: 'cause key must be kebab-case (a-z, 0-9, -)' }),
  title: nonEmpty,
  /** Error strings that point at this cause in particular (also listed in the entry's signatures). */
  signatures: z.array(nonEmpty).default([]),
  /** Markdown: how to confirm this is the cause. */
  check: nonEmpty,
  /** Markdown: what to do about it. */
  fix: nonEmpty,
});

export const entrySchema = z
  .object({
    id: z.string().regex(ENTRY_ID, { error: 'id must look like PAAS-001' }),
    title: nonEmpty,
    component: z.enum(componentIds, { error: `unknown component; use one of: ${componentIds.join(', ')}` }),
    /** problem: symptom → causes → fixes. howto: a task, the body carries the steps. */
    type: z.enum(['problem', 'howto']).default('problem'),
    symptom: nonEmpty,
    causes: z.array(causeSchema).default([]),
    /** Error strings exactly as the software prints them. Language-neutral: identical in zh and en. */
    signatures: z.array(nonEmpty).default([]),
    /** Other words people type for this problem (per language). */
    aliases: z.array(nonEmpty).default([]),
    /** Wizard step 1: where the problem shows. */
    where: z.array(z.enum(whereIds, { error: `unknown wizard facet; use one of: ${whereIds.join(', ')}` })).min(1, {
      error: 'list at least one wizard facet',
    }),
    related: z.array(z.string().regex(ENTRY_ID, { error: 'related must list entry ids like PAAS-001' })).default([]),
    applies_to: z.array(nonEmpty).default([]),
    reviewed: isoDate,
    /** Earlier slugs of this entry; each gets a redirect page so old links keep working. */
    redirect_from: z.array(z.string().regex(KEBAB, { error: 'slugs are kebab-case' })).default([]),
    status: z.enum(['active', 'retired']).default('active'),
    superseded_by: z.string().regex(ENTRY_ID).optional(),
  })
  .superRefine((entry, ctx) => {
    const seen = new Set<string>();
    entry.causes.forEach((cause, i) => {
      if (seen.has(cause.key)) {
        ctx.addIssue({ code: 'custom', path: ['causes', i, 'key'], message: `duplicate cause key "${cause.key}"` });
      }
      seen.add(cause.key);
    });
    if (entry.type === 'problem' && entry.status === 'active' && entry.causes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['causes'], message: 'a problem entry needs at least one cause' });
    }
    if (entry.status === 'retired' && !entry.superseded_by) {
      ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'a retired entry must name its successor' });
    }
  });

export type EntryData = z.output<typeof entrySchema>;
export type Cause = EntryData['causes'][number];

/** "causes.2.key" style path, as authors read it in the YAML. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(frontmatter)';
}

/** Zod issues as { file, field, message }, the shape every content error is reported in. */
export function schemaProblems(
  file: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): { file: string; field: string; message: string }[] {
  return issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}
