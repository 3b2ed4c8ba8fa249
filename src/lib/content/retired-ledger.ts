// Checks that keep published links working: a retired id is never given to a new entry,
// a retired entry keeps its stub, old slugs point at exactly one entry. The ledger of retired ids,
// content/retired-ids.json, outlives the entry files: once an id is in it, the build refuses an
// active entry with that id even if someone deleted the retired stub and reused the number.
import type { EntryVersion } from './entry.ts';
import type { Problem } from './problem.ts';
import { ENTRY_ID } from './schema.ts';

export const RETIRED_LEDGER = 'retired-ids.json';

export interface RetiredLedger {
  retired: string[];
}

/** Parses the ledger file's text; a missing file is an empty ledger. */
export function parseRetiredLedger(text: string | undefined, file = RETIRED_LEDGER): { ledger: RetiredLedger; problems: Problem[] } {
  if (text === undefined) return { ledger: { retired: [] }, problems: [] };
  try {
    const json: unknown = JSON.parse(text);
    const list = (json as { retired?: unknown }).retired;
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string' && ENTRY_ID.test(x))) {
      return { ledger: { retired: [] }, problems: [{ file, field: 'retired', message: 'must be a list of ids like "PAAS-021"' }] };
    }
    return { ledger: { retired: list as string[] }, problems: [] };
  } catch (error) {
    return { ledger: { retired: [] }, problems: [{ file, field: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

export function validateLinkStability(
  records: readonly EntryVersion[],
  ledger: RetiredLedger,
  ledgerFile = `content/${RETIRED_LEDGER}`,
): Problem[] {
  const problems: Problem[] = [];
  const retiredIds = new Set(ledger.retired);
  const byId = new Map<string, EntryVersion[]>();
  for (const r of records) byId.set(r.data.id, [...(byId.get(r.data.id) ?? []), r]);

  for (const r of records) {
    const { data, file } = r;
    if (data.status === 'retired' && !retiredIds.has(data.id)) {
      problems.push({
        file,
        field: 'status',
        message: `${data.id} is retired: add it to ${ledgerFile} so the id is never given to another entry`,
      });
    }
    if (data.status !== 'retired' && retiredIds.has(data.id)) {
      problems.push({
        file,
        field: 'id',
        message: `${data.id} was retired (${ledgerFile}); ids are never reused, give this entry a new id`,
      });
    }
    if (data.superseded_by) {
      const successor = byId.get(data.superseded_by)?.[0];
      if (data.superseded_by === data.id) {
        problems.push({ file, field: 'superseded_by', message: 'an entry cannot supersede itself' });
      } else if (successor?.data.status === 'retired') {
        problems.push({
          file,
          field: 'superseded_by',
          message: `${data.superseded_by} is retired too; point at its successor ${successor.data.superseded_by ?? ''}`.trim(),
        });
      }
    }
    data.redirect_from.forEach((old, i) => {
      if (old === r.slug) problems.push({ file, field: `redirect_from.${i}`, message: `"${old}" is this entry's own slug` });
    });
  }

  for (const id of ledger.retired) {
    if (!byId.has(id)) {
      problems.push({
        file: ledgerFile,
        field: 'retired',
        message: `${id} has no entry file: keep the retired entry (status: retired, superseded_by) so its links still lead somewhere`,
      });
    }
  }

  // An old slug must lead to one entry only (per language the slugs are shared, so check once).
  const claims = new Map<string, EntryVersion>();
  for (const r of records) {
    r.data.redirect_from.forEach((old, i) => {
      const earlier = claims.get(old);
      if (earlier && earlier.data.id !== r.data.id) {
        problems.push({
          file: r.file,
          field: `redirect_from.${i}`,
          message: `"${old}" already redirects to ${earlier.data.id} (${earlier.file})`,
        });
      } else claims.set(old, r);
    });
  }
  return problems;
}
