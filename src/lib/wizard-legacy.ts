// URLs written by the first wizard keep opening the same place. It named a symptom by the id of an
// entry with that symptom (`symptom=<entry id>`, or `any` for "not sure"), then optionally the
// entry and cause being checked. The new wizard names a symptom class instead, so an old URL is
// read by finding the classes of those entries, in small static lookup files (entry id → classes)
// fetched only when an old URL is opened; the page never carries a list of every entry.
import { ANY, classesUnder, classIndex, placeOf, rejection, type RawState, type Rejected, type WizardModel } from './wizard.ts';

/** Which lookup file holds an entry id (FNV-1a, so the split does not depend on the id format). */
export function lookupShard(id: string, shards: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % Math.max(1, shards);
}

/** One lookup file: entry id → the classes it lists. */
export type ClassLookup = Record<string, string[]>;

/** The lookup files' contents, by shard number. */
export function buildLookups(entries: readonly { id: string; symptoms: readonly string[] }[], shards: number): ClassLookup[] {
  const out: ClassLookup[] = Array.from({ length: Math.max(1, shards) }, () => ({}));
  for (const e of entries) out[lookupShard(e.id, shards)]![e.id] = [...new Set(e.symptoms)];
  return out;
}

/** The entry ids an old URL needs looked up (none for a new URL). */
export function legacyIds(raw: RawState): string[] {
  if (raw.symptom === undefined || raw.class !== undefined) return [];
  return [...new Set([raw.symptom, raw.entry].filter((v): v is string => v !== undefined && v !== ANY))];
}

/**
 * An old URL as a new one: `symptom` becomes the class of the entry being checked (or of the
 * symptom's entry), preferring a class the place offers and one the two entries share. The entry
 * (the symptom's entry when none is named), cause and result stay, so the same cause opens. `symptom=any` without an entry ("not
 * sure") opens the place's question. A symptom that names no entry is rejected with what follows.
 */
export function fromLegacy(raw: RawState, model: WizardModel, classesOf: (id: string) => readonly string[] | undefined): { raw: RawState; rejected: Rejected[] } {
  if (raw.symptom === undefined || raw.class !== undefined) {
    const out = { ...raw };
    delete out.symptom;
    return { raw: out, rejected: [] };
  }
  const { symptom, ...rest } = raw;
  const place = placeOf(model, raw.where);
  if (!place) return { raw: rest, rejected: [rejection('symptom', symptom)] };
  const offered = classesUnder(place.question);
  const usable = (ids: readonly string[] | undefined) =>
    (ids ?? []).filter((id) => {
      const i = classIndex(model, id);
      return i >= 0 && offered.has(i);
    });
  const symptomClasses = symptom === ANY ? [] : classesOf(symptom);
  if (symptom !== ANY && symptomClasses === undefined) {
    const rejected = [rejection('symptom', symptom)];
    for (const name of ['entry', 'cause', 'result'] as const) if (raw[name] !== undefined) rejected.push(rejection(name, raw[name]!));
    return { raw: { where: raw.where }, rejected };
  }
  const fromSymptom = usable(symptomClasses);
  const fromEntry = raw.entry === undefined ? [] : usable(classesOf(raw.entry));
  const shared = fromEntry.filter((c) => fromSymptom.includes(c));
  const chosen = shared[0] ?? fromEntry[0] ?? fromSymptom[0];
  if (chosen === undefined) {
    // "Not sure" with no entry named: the place's question is the nearest step (its "not sure"
    // choice lists every entry of the place, as the old walk through all of them did).
    if (raw.entry === undefined) return { raw: { where: raw.where }, rejected: [] };
    const rejected: Rejected[] = [];
    for (const name of ['entry', 'cause', 'result'] as const) if (raw[name] !== undefined) rejected.push(rejection(name, raw[name]!));
    return { raw: { where: raw.where }, rejected };
  }
  // The first wizard opened `symptom=<id>` at that entry's first cause: name it, so the same cause opens.
  const entry = raw.entry ?? (symptom === ANY ? undefined : symptom);
  return { raw: { ...rest, class: chosen, ...(entry === undefined ? {} : { entry }) }, rejected: [] };
}
