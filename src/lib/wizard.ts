// The symptom wizard, as pure data and pure functions (no DOM, no Astro): the model is derived from
// the entries' `where` facets and symptoms at build time, embedded in the page as JSON, and the same
// functions run in the browser to read and write the wizard's place in the URL.
//
// URL state (all values language-neutral, so the language switch keeps the place):
//   ?where=<facet id>                       step 2: what do you see
//   &symptom=<entry id of the symptom>|any  step 3: candidates, first cause
//   &entry=<entry id>&cause=<cause key>     step 3 at that cause
//   &result=fixed | none                    "this fixed it" at that cause / nothing fitted

// Runs in the browser too (src/client/wizard.ts): imports only what the client may carry.
import type { EntryData } from './content/schema.ts';
import { ID_COLLATION_LOCALE } from './locales.ts';

/** One entry as the wizard needs it (built from a language view of an entry record at build time). */
export interface WizardSourceEntry {
  id: string;
  title: string;
  symptom: string;
  type: 'problem' | 'howto';
  where: readonly string[];
  related: readonly string[];
  causes: readonly { key: string; title: string }[];
  /** Entry page URL in this language (without a cause anchor). */
  url: string;
}

/** The wizard's view of an entry's frontmatter; `url` is its page in the wizard's language. */
export function toWizardSource(data: EntryData, url: string): WizardSourceEntry {
  return {
    id: data.id,
    title: data.title,
    symptom: data.symptom,
    type: data.type,
    where: data.where,
    related: data.related,
    causes: data.causes.map((c) => ({ key: c.key, title: c.title })),
    url,
  };
}

export interface WizardFacetSource {
  id: string;
  label: string;
}

export interface WizardSymptom {
  /** Id of the first entry with this symptom text: stable, language-neutral. */
  key: string;
  text: string;
  howto: boolean;
  entryIds: string[];
}

export interface WizardFacet {
  id: string;
  label: string;
  count: number;
  /** Problems first, then how-tos, each by id. */
  entryIds: string[];
  symptoms: WizardSymptom[];
}

export interface WizardEntry {
  id: string;
  title: string;
  url: string;
  howto: boolean;
  related: string[];
  causes: { key: string; title: string }[];
}

export interface WizardModel {
  facets: WizardFacet[];
  entries: Record<string, WizardEntry>;
}

export interface WizardState {
  where?: string;
  symptom?: string;
  entry?: string;
  cause?: string;
  result?: 'fixed' | 'none';
}

export type WizardStep = 'where' | 'symptom' | 'check' | 'fixed' | 'none';

/** One item of the step-3 checklist: a cause of a candidate entry, or the entry itself when it has no causes. */
export interface Position {
  entry: string;
  cause?: string;
}

export const ANY_SYMPTOM = 'any';
export const STATE_PARAMS = ['where', 'symptom', 'entry', 'cause', 'result'] as const;
/** Longest rejected value echoed back to the reader (the rest is cut, the value is shown as text). */
export const MAX_SHOWN_VALUE = 80;

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** Builds the wizard from the entries: no hand-written tree. Facets without entries are left out. */
export function buildWizardModel(
  facets: readonly WizardFacetSource[],
  source: readonly WizardSourceEntry[],
): WizardModel {
  const entries: Record<string, WizardEntry> = {};
  const sorted = [...source].sort((a, b) => a.id.localeCompare(b.id, ID_COLLATION_LOCALE, { numeric: true }));
  for (const e of sorted) {
    entries[e.id] = {
      id: e.id,
      title: e.title,
      url: e.url,
      howto: e.type === 'howto',
      related: e.related.filter((id) => id !== e.id),
      causes: e.causes.map((c) => ({ key: c.key, title: c.title })),
    };
  }
  for (const entry of Object.values(entries)) entry.related = entry.related.filter((id) => Object.hasOwn(entries, id));

  const out: WizardFacet[] = [];
  for (const facet of facets) {
    const members = sorted.filter((e) => e.where.includes(facet.id));
    if (members.length === 0) continue;
    const ordered = [...members.filter((e) => e.type !== 'howto'), ...members.filter((e) => e.type === 'howto')];
    const symptoms: WizardSymptom[] = [];
    const seen = new Map<string, WizardSymptom>();
    for (const e of ordered) {
      const norm = normalise(e.symptom);
      const found = seen.get(norm);
      if (found) {
        found.entryIds.push(e.id);
        continue;
      }
      const symptom = { key: e.id, text: e.symptom.trim(), howto: e.type === 'howto', entryIds: [e.id] };
      seen.set(norm, symptom);
      symptoms.push(symptom);
    }
    out.push({ id: facet.id, label: facet.label, count: members.length, entryIds: ordered.map((e) => e.id), symptoms });
  }
  return { facets: out, entries };
}

export function facetOf(model: WizardModel, id: string | undefined): WizardFacet | undefined {
  return id === undefined ? undefined : model.facets.find((f) => f.id === id);
}

export function symptomOf(model: WizardModel, where: string | undefined, key: string | undefined): WizardSymptom | undefined {
  return facetOf(model, where)?.symptoms.find((s) => s.key === key);
}

/**
 * The entries to check, in order: those with the chosen symptom, then entries they name as related
 * that show in the same place, then the rest of that place. `any` = every entry of the place.
 */
export function candidates(model: WizardModel, where: string | undefined, symptom: string | undefined): string[] {
  const facet = facetOf(model, where);
  if (!facet) return [];
  if (symptom === ANY_SYMPTOM) return [...facet.entryIds];
  const chosen = facet.symptoms.find((s) => s.key === symptom);
  if (!chosen) return [];
  const list = [...chosen.entryIds];
  const add = (id: string) => {
    if (!list.includes(id) && facet.entryIds.includes(id)) list.push(id);
  };
  for (const id of chosen.entryIds) for (const rel of model.entries[id]?.related ?? []) add(rel);
  for (const id of facet.entryIds) add(id);
  return list;
}

/** The step-3 checklist flattened: every cause of every candidate, in order. */
export function positions(model: WizardModel, candidateIds: readonly string[]): Position[] {
  const out: Position[] = [];
  for (const id of candidateIds) {
    const entry = model.entries[id];
    if (!entry) continue;
    if (entry.causes.length === 0) out.push({ entry: id });
    else for (const c of entry.causes) out.push({ entry: id, cause: c.key });
  }
  return out;
}

export function stepOf(state: WizardState): WizardStep {
  if (!state.where) return 'where';
  if (!state.symptom) return 'symptom';
  if (state.result === 'fixed') return 'fixed';
  if (state.result === 'none') return 'none';
  return 'check';
}

/** Index of the state's place in the checklist (0 when it names none). */
export function positionIndex(list: readonly Position[], state: WizardState): number {
  if (!state.entry) return 0;
  const i = list.findIndex((p) => p.entry === state.entry && p.cause === state.cause);
  return i < 0 ? 0 : i;
}

export interface ParsedState {
  state: WizardState;
  /** Values that named nothing in the model, cut to MAX_SHOWN_VALUE characters, to show as text. */
  rejected: { param: string; value: string }[];
}

function shown(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE).join('')}…` : value;
}

/**
 * Reads the wizard's place from a query string. Anything that names nothing real is dropped (and
 * reported), keeping the longest valid prefix of the path: the reader lands on the last good step.
 */
export function parseState(search: string, model: WizardModel): ParsedState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const raw: Partial<Record<(typeof STATE_PARAMS)[number], string>> = {};
  for (const name of STATE_PARAMS) {
    const value = params.get(name);
    if (value !== null && value !== '') raw[name] = value;
  }
  const rejected: ParsedState['rejected'] = [];
  const reject = (param: string, value: string) => rejected.push({ param, value: shown(value) });
  const rejectRest = (names: readonly (typeof STATE_PARAMS)[number][]) => {
    for (const name of names) if (raw[name] !== undefined) reject(name, raw[name]!);
  };
  const state: WizardState = {};

  if (raw.where === undefined) {
    rejectRest(['symptom', 'entry', 'cause', 'result']);
    return { state, rejected };
  }
  if (!facetOf(model, raw.where)) {
    reject('where', raw.where);
    rejectRest(['symptom', 'entry', 'cause', 'result']);
    return { state, rejected };
  }
  state.where = raw.where;

  if (raw.symptom === undefined) {
    rejectRest(['entry', 'cause', 'result']);
    return { state, rejected };
  }
  if (raw.symptom !== ANY_SYMPTOM && !symptomOf(model, state.where, raw.symptom)) {
    reject('symptom', raw.symptom);
    rejectRest(['entry', 'cause', 'result']);
    return { state, rejected };
  }
  state.symptom = raw.symptom;

  const list = positions(model, candidates(model, state.where, state.symptom));
  let placeOk = true;
  if (raw.entry !== undefined) {
    const entryPlaces = list.filter((p) => p.entry === raw.entry);
    if (entryPlaces.length === 0) {
      reject('entry', raw.entry);
      if (raw.cause !== undefined) reject('cause', raw.cause);
      placeOk = false;
    } else {
      const match = entryPlaces.find((p) => p.cause === raw.cause) ?? (raw.cause === undefined ? entryPlaces[0] : undefined);
      if (match) {
        state.entry = match.entry;
        if (match.cause !== undefined) state.cause = match.cause;
      } else {
        // A cause this entry does not have: stay on the entry, at its first cause.
        reject('cause', raw.cause!);
        state.entry = entryPlaces[0]!.entry;
        if (entryPlaces[0]!.cause !== undefined) state.cause = entryPlaces[0]!.cause;
        placeOk = false;
      }
    }
  } else if (raw.cause !== undefined) {
    reject('cause', raw.cause);
    placeOk = false;
  }

  if (raw.result !== undefined) {
    if (raw.result === 'none') state.result = 'none';
    else if (raw.result === 'fixed' && placeOk) state.result = 'fixed';
    else reject('result', raw.result);
  }
  if (state.result === 'none') {
    delete state.entry;
    delete state.cause;
  }
  return { state, rejected };
}

/** The query string for a state ('' for step 1), parameters always in the same order. */
export function serialiseState(state: WizardState): string {
  const params = new URLSearchParams();
  for (const name of STATE_PARAMS) {
    const value = state[name];
    if (value !== undefined && value !== '') params.set(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The place one step back along the path (for "change" links). */
export function upTo(state: WizardState, step: 'where' | 'symptom'): WizardState {
  return step === 'where' ? {} : { where: state.where };
}

export type WizardAction = 'fixed' | 'not' | 'skip';

/**
 * The state after an answer in step 3. "fixed" ends at the current cause; "not" moves to the next
 * cause (or the next entry); "skip" moves to the next entry. Past the last: result=none.
 */
export function advance(model: WizardModel, state: WizardState, action: WizardAction): WizardState {
  const base: WizardState = { where: state.where, symptom: state.symptom };
  const list = positions(model, candidates(model, state.where, state.symptom));
  if (list.length === 0) return { ...base, result: 'none' };
  const i = positionIndex(list, state);
  const here = list[i]!;
  if (action === 'fixed') return { ...base, entry: here.entry, cause: here.cause, result: 'fixed' };
  let j = i + 1;
  if (action === 'skip') while (j < list.length && list[j]!.entry === here.entry) j++;
  const next = list[j];
  if (!next) return { ...base, result: 'none' };
  return { ...base, entry: next.entry, cause: next.cause };
}

/** Related entries to offer at the end: named by the candidates, not candidates themselves. */
export function relatedAtEnd(model: WizardModel, candidateIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of candidateIds) {
    for (const rel of model.entries[id]?.related ?? []) {
      if (!candidateIds.includes(rel) && !out.includes(rel)) out.push(rel);
    }
  }
  return out;
}
