// Checks that need the whole corpus (one file cannot know them): unique ids, zh/en pairs that agree,
// references that resolve. Pure: takes parsed records, returns problems naming file and field.
import type { EntryData } from './entry-schema.ts';
import { LANGS, type Lang } from './taxonomy.ts';

export interface EntryRecord {
  /** Path of the source file, as shown to authors. */
  file: string;
  lang: Lang;
  slug: string;
  data: EntryData;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

/** Fields that describe the problem rather than the prose: both languages must say the same. */
const SHARED_FIELDS = [
  'component',
  'type',
  'where',
  'related',
  'applies_to',
  'reviewed',
  'signatures',
  'redirect_from',
  'status',
  'superseded_by',
] as const satisfies readonly (keyof EntryData)[];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function validateCorpus(records: readonly EntryRecord[]): Problem[] {
  const problems: Problem[] = [];
  const byLangId = new Map<string, EntryRecord>();
  const ids = new Set(records.map((r) => r.data.id));

  for (const record of records) {
    const key = `${record.lang}:${record.data.id}`;
    const earlier = byLangId.get(key);
    if (earlier) {
      problems.push({
        file: record.file,
        field: 'id',
        message: `duplicate id ${record.data.id}: ${earlier.file} already uses it`,
      });
      continue;
    }
    byLangId.set(key, record);
  }

  for (const record of records) {
    const { data, file } = record;
    data.related.forEach((ref, i) => {
      if (ref === data.id) problems.push({ file, field: `related.${i}`, message: `${ref} is this entry itself` });
      else if (!ids.has(ref)) problems.push({ file, field: `related.${i}`, message: `no entry has id ${ref}` });
    });
    if (data.superseded_by && !ids.has(data.superseded_by)) {
      problems.push({ file, field: 'superseded_by', message: `no entry has id ${data.superseded_by}` });
    }
  }

  const slugOwners = new Map<string, string>();
  for (const record of records) {
    if (record.lang !== LANGS[0] && byLangId.has(`${LANGS[0]}:${record.data.id}`)) continue;
    slugOwners.set(record.slug, record.data.id);
  }
  for (const record of records) {
    record.data.redirect_from.forEach((old, i) => {
      const owner = slugOwners.get(old);
      if (owner && owner !== record.data.id) {
        problems.push({ file: record.file, field: `redirect_from.${i}`, message: `"${old}" is the current slug of ${owner}` });
      }
    });
  }

  for (const zh of records.filter((r) => r.lang === 'zh')) {
    const en = byLangId.get(`en:${zh.data.id}`);
    if (!en || byLangId.get(`zh:${zh.data.id}`) !== zh) continue;
    problems.push(...comparePair(zh, en));
  }
  return problems;
}

function comparePair(a: EntryRecord, b: EntryRecord): Problem[] {
  const problems: Problem[] = [];
  const disagree = (field: string, left: unknown, right: unknown) =>
    problems.push({
      file: b.file,
      field,
      message: `differs from ${a.file} (${JSON.stringify(left)} vs ${JSON.stringify(right)}); shared fields must match in every language`,
    });
  if (a.slug !== b.slug) disagree('slug (file name)', a.slug, b.slug);
  for (const field of SHARED_FIELDS) {
    if (!same(a.data[field], b.data[field])) disagree(field, a.data[field], b.data[field]);
  }
  const keysA = a.data.causes.map((c) => c.key);
  const keysB = b.data.causes.map((c) => c.key);
  if (!same(keysA, keysB)) disagree('causes (keys)', keysA, keysB);
  else {
    a.data.causes.forEach((cause, i) => {
      const other = b.data.causes[i];
      if (other && !same(cause.signatures, other.signatures)) {
        disagree(`causes.${i}.signatures`, cause.signatures, other.signatures);
      }
    });
  }
  return problems;
}

export interface Untranslated {
  id: string;
  file: string;
  missing: Lang;
}

export function listUntranslated(records: readonly EntryRecord[]): Untranslated[] {
  const have = new Set(records.map((r) => `${r.lang}:${r.data.id}`));
  const out: Untranslated[] = [];
  for (const record of records) {
    for (const lang of LANGS) {
      if (lang !== record.lang && !have.has(`${lang}:${record.data.id}`)) {
        out.push({ id: record.data.id, file: record.file, missing: lang });
      }
    }
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
  return `Content errors (${problems.length}):\n${lines.join('\n')}`;
}

/** Split a collection id such as "zh/paas-agent-wont-start" into language and slug. */
export function parseEntryPath(path: string): { lang: Lang; slug: string } | undefined {
  const match = /^(zh|en)\/([^/]+?)(?:\.mdx?)?$/.exec(path);
  return match ? { lang: match[1] as Lang, slug: match[2]! } : undefined;
}
