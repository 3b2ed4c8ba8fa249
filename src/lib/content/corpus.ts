// Checks that need every file (one file cannot know them): unique ids per language, references
// that resolve, old slugs that are nobody's current slug. Pure: takes the valid versions.
import { DEFAULT_LANG } from '../locales.ts';
import { isDraft } from './drafts.ts';
import type { EntryVersion } from './entry.ts';
import type { Problem } from './problem.ts';

export function corpusProblems(versions: readonly EntryVersion[]): Problem[] {
  const problems: Problem[] = [];
  const byLangId = new Map<string, EntryVersion>();
  const ids = new Set(versions.map((r) => r.data.id));

  for (const v of versions) {
    const key = `${v.lang}:${v.data.id}`;
    const earlier = byLangId.get(key);
    if (earlier) {
      problems.push({ file: v.file, field: 'id', message: `duplicate id ${v.data.id}: ${earlier.file} already uses it`, fix: 'give this entry the next free id' });
      continue;
    }
    byLangId.set(key, v);
  }

  // A draft is absent from a normal build, so a published entry pointing at one would link nowhere.
  const drafts = new Set(versions.filter(isDraft).map((v) => v.data.id));
  const draftRef = (ref: string) => `${ref} is a draft: it has no page until it is published`;
  const draftFix = 'publish that entry first (status: active), or leave the reference out until then';
  for (const { data, file } of versions) {
    const published = !isDraft({ data });
    data.related.forEach((ref, i) => {
      if (ref === data.id) problems.push({ file, field: `related.${i}`, message: `${ref} is this entry itself` });
      else if (!ids.has(ref)) problems.push({ file, field: `related.${i}`, message: `no entry has id ${ref}` });
      else if (published && drafts.has(ref)) problems.push({ file, field: `related.${i}`, message: draftRef(ref), fix: draftFix });
    });
    if (data.superseded_by && !ids.has(data.superseded_by)) {
      problems.push({ file, field: 'superseded_by', message: `no entry has id ${data.superseded_by}` });
    } else if (data.superseded_by && published && drafts.has(data.superseded_by)) {
      problems.push({ file, field: 'superseded_by', message: draftRef(data.superseded_by), fix: draftFix });
    }
  }

  const slugOwners = new Map<string, string>();
  for (const v of versions) {
    if (v.lang !== DEFAULT_LANG && byLangId.has(`${DEFAULT_LANG}:${v.data.id}`)) continue;
    slugOwners.set(v.slug, v.data.id);
  }
  for (const v of versions) {
    v.data.redirect_from.forEach((old, i) => {
      const owner = slugOwners.get(old);
      if (owner && owner !== v.data.id) {
        problems.push({ file: v.file, field: `redirect_from.${i}`, message: `"${old}" is the current slug of ${owner}` });
      }
    });
  }
  return problems;
}
