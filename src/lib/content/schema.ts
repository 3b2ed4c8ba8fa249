// The entry schema, split the way the content is written: `sharedSchema` holds what describes the
// problem and must be identical in every language's file; `textSchema` holds what each language
// writes in its own words. That split IS the pair rule: `pairProblems` (entry.ts) compares exactly
// the shared fields. `entrySchema` is one file's frontmatter (both parts, causes merged per item).
import { z } from 'astro/zod';
import { componentIds, symptomIds, whereIds } from '../taxonomy.ts';

export const ENTRY_ID = /^PAAS-\d{3,}$/;
/** An entry id anywhere in a text (prose links, the retired ledger). */
export const ENTRY_ID_IN_TEXT = /\bPAAS-\d{3,}\b/g;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Frontmatter keys YAML would turn into a Date (checked as written by `rawDateProblems`). */
export const DATE_FIELDS = ['reviewed'] as const;

export function isRealIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** YAML turns `2026-11-22` into a Date; anything else stays a string. Normalise to YYYY-MM-DD. */
const isoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD' })
    .regex(ISO_DATE, { error: 'expected a date written as YYYY-MM-DD' })
    .refine(isRealIsoDate, { error: 'not a real calendar date' }),
);

const nonEmpty = z.string().trim().min(1, { error: 'must not be empty' });
/** Shown as text wherever it appears (lists, wizard choices, search results, page titles): Markdown would show as typed. */
const plainText = nonEmpty.refine((s) => !/`|\*\*|\]\(/.test(s), {
  error: 'plain text: Markdown (`code`, **bold**, [link](…)) shows as typed here; write it without, quoting with “…” if needed',
});
const entryId = (error: string) => z.string().regex(ENTRY_ID, { error });

/** The language-neutral part of a cause: identical in every language. */
export const causeSharedSchema = z.object({
  /** Stable anchor #cause-<key>; never change it once published (tickets link to it). */
  key: z.string().regex(KEBAB, { error: 'cause key must be kebab-case (a-z, 0-9, -)' }),
  /** Error strings that point at this cause in particular (also listed in the entry's signatures). */
  signatures: z.array(nonEmpty).default([]),
});

/** The written part of a cause, in the file's language. */
export const causeTextSchema = z.object({
  /** What the cause is, as a heading. */
  title: nonEmpty,
  /** Markdown: how to confirm this is the cause. */
  check: nonEmpty,
  /** Markdown: what to do about it. */
  fix: nonEmpty,
});

/** Fields that describe the problem rather than the prose: every language's file says the same. */
export const sharedShape = {
  /** Stable id `PAAS-NNN`; never reused, even after the entry is retired. */
  id: entryId('id must look like PAAS-001'),
  /** One component id from content/taxonomy/components.json. */
  component: z.enum(componentIds, { error: `unknown component; use one of: ${componentIds.join(', ')}` }),
  /** problem: symptom → causes → fixes. howto: a task, the body carries the steps. */
  type: z.enum(['problem', 'howto']).default('problem'),
  /** Error strings exactly as the software prints them (typos included). */
  signatures: z.array(nonEmpty).default([]),
  /** Wizard step 1: where the problem shows (ids from content/taxonomy/facets.json). */
  where: z.array(z.enum(whereIds, { error: `unknown wizard facet; use one of: ${whereIds.join(', ')}` })).min(1, {
    error: 'list at least one wizard facet',
  }),
  /** The classes this entry's problem shows as (ids from content/taxonomy/symptoms.json). */
  symptoms: z
    .array(z.enum(symptomIds, { error: `unknown symptom class; use one of the ids in content/taxonomy/symptoms.json: ${symptomIds.join(', ')}` }))
    .default([]),
  /** Ids of entries that share a cause or a symptom. */
  related: z.array(entryId('related must list entry ids like PAAS-001')).default([]),
  /** Language-neutral product names and versions the entry applies to. */
  applies_to: z.array(nonEmpty).default([]),
  /** Date of the last review, YYYY-MM-DD. */
  reviewed: isoDate,
  /** Earlier slugs of this entry; each gets a redirect page so old links keep working. */
  redirect_from: z.array(z.string().regex(KEBAB, { error: 'slugs are kebab-case' })).default([]),
  /**
   * active: listed and searchable; retired: kept as a stub page that points at its successor;
   * draft: written by `npm run import` and not reviewed yet: checked like any entry (a missing
   * translation is allowed), shown with a banner by `npm run dev` and `KB_DRAFTS=1 npm run build`,
   * absent from a normal build. Publishing is changing it to active after review.
   */
  status: z.enum(['active', 'retired', 'draft']).default('active'),
  /** Id of the entry that replaces a retired one. */
  superseded_by: entryId('superseded_by must be an entry id like PAAS-001').optional(),
};

/** Fields each language writes in its own words. */
export const textShape = {
  /** What the engineer would call the problem. */
  title: plainText,
  /** What the engineer observes, one or two sentences; also the wizard's step-2 choice. */
  symptom: plainText,
  /** Other words people type for this problem, in this language. */
  aliases: z.array(nonEmpty).default([]),
  /** What the importer guessed or could not place, for the reviewer of a draft (shown in its
   *  banner); resolved and removed before the entry is published. */
  // Optional rather than defaulted: published entries never carry it, and their data stays as it was.
  review_notes: z.array(nonEmpty).optional(),
};

export const SHARED_FIELDS = Object.keys(sharedShape) as (keyof typeof sharedShape)[];

/** One entry file's frontmatter: shared and per-language fields, each cause carrying both parts. */
export const entrySchema = z
  // Keys in reading order (also the order of every serialised view of an entry).
  .object({
    id: sharedShape.id,
    title: textShape.title,
    component: sharedShape.component,
    type: sharedShape.type,
    symptom: textShape.symptom,
    /** The causes, in the order the page shows them: key and signatures shared, text per language. */
    causes: z
      .array(
        z.object({
          key: causeSharedSchema.shape.key,
          title: causeTextSchema.shape.title,
          signatures: causeSharedSchema.shape.signatures,
          check: causeTextSchema.shape.check,
          fix: causeTextSchema.shape.fix,
        }),
      )
      .default([]),
    signatures: sharedShape.signatures,
    aliases: textShape.aliases,
    review_notes: textShape.review_notes,
    where: sharedShape.where,
    symptoms: sharedShape.symptoms,
    related: sharedShape.related,
    applies_to: sharedShape.applies_to,
    reviewed: sharedShape.reviewed,
    redirect_from: sharedShape.redirect_from,
    status: sharedShape.status,
    superseded_by: sharedShape.superseded_by,
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
    if (entry.status !== 'draft' && (entry.review_notes?.length ?? 0) > 0) {
      ctx.addIssue({ code: 'custom', path: ['review_notes'], message: `review notes are left in a${entry.status === 'active' ? 'n active' : ' retired'} entry: resolve each one, then delete review_notes` });
    }
    if (entry.status === 'retired' && !entry.superseded_by) {
      ctx.addIssue({ code: 'custom', path: ['superseded_by'], message: 'a retired entry must name its successor' });
    }
  });

/** One language's complete view of an entry (the frontmatter of one file, parsed). */
export type EntryData = z.output<typeof entrySchema>;
export type Cause = EntryData['causes'][number];
export type SharedFields = Pick<EntryData, keyof typeof sharedShape> & {
  /** Per cause, in order: the language-neutral part. */
  causes: z.output<typeof causeSharedSchema>[];
};
export type EntryText = Pick<EntryData, keyof typeof textShape> & {
  /** Per cause, in the shared order: this language's text. */
  causes: z.output<typeof causeTextSchema>[];
  /** The Markdown body. */
  body: string;
};

/** Splits one file's parsed frontmatter into its shared and its per-language part. */
export function splitEntry(data: EntryData, body: string): { shared: SharedFields; text: EntryText } {
  const shared = Object.fromEntries(SHARED_FIELDS.filter((k) => data[k] !== undefined).map((k) => [k, data[k]])) as unknown as SharedFields;
  shared.causes = data.causes.map((c) => ({ key: c.key, signatures: c.signatures }));
  const text: EntryText = {
    title: data.title,
    symptom: data.symptom,
    aliases: data.aliases,
    ...(data.review_notes === undefined ? {} : { review_notes: data.review_notes }),
    causes: data.causes.map((c) => ({ title: c.title, check: c.check, fix: c.fix })),
    body,
  };
  return { shared, text };
}

/** The inverse of `splitEntry`: one language's complete view, as pages and search read it (keys in
 *  the order the single-file schema gave them, so serialised views stay byte-identical). */
export function joinEntry(shared: SharedFields, text: EntryText): EntryData {
  return {
    id: shared.id,
    title: text.title,
    component: shared.component,
    type: shared.type,
    symptom: text.symptom,
    causes: shared.causes.map((c, i) => ({ key: c.key, title: text.causes[i]!.title, signatures: c.signatures, check: text.causes[i]!.check, fix: text.causes[i]!.fix })),
    signatures: shared.signatures,
    aliases: text.aliases,
    ...(text.review_notes === undefined ? {} : { review_notes: text.review_notes }),
    where: shared.where,
    symptoms: shared.symptoms,
    related: shared.related,
    applies_to: shared.applies_to,
    reviewed: shared.reviewed,
    redirect_from: shared.redirect_from,
    status: shared.status,
    ...(shared.superseded_by === undefined ? {} : { superseded_by: shared.superseded_by }),
  };
}
