// The symptom wizard, as pure data and pure functions (no DOM, no Astro). The same functions run at
// build time (src/pages/[lang]/wizard/) and in the browser (src/client/wizard*.ts).
//
// The model is split by what a step needs, so the page stays the same size whatever the corpus:
// - the page carries steps 1 and 2 (`WizardModel`): the places, for each place a question tree that
//   ends in symptom classes (src/lib/wizard-questions.ts builds it), and the class labels;
// - each class has a candidate list (`ClassList`), a static JSON file fetched once a class is chosen;
// - a candidate's check and fix come from its entry page, fetched when the reader reaches it.
//
// URL state (all values language-neutral ids, so the language switch keeps the place):
//   ?where=<facet id>                                step 2: the place's first question
//   &kind=…&component=…&group=…                      answers to the questions that narrow step 2
//   &class=<symptom class id>                        step 3: the class's candidates, first cause
//   &from=<entry id>&fromcause=<cause key>           where the reader began saying "not this": the
//                                                    causes from there to the current one are ruled out
//   &entry=<entry id>&cause=<cause key>              step 3 at that cause
//   &result=fixed | none                             "this fixed it" at that cause / nothing fitted
// URLs of the first wizard (`&symptom=<entry id>|any`) are read by src/lib/wizard-legacy.ts.

/** A step never offers more choices than this (a "not sure" choice comes on top). */
export const MAX_CHOICES = 12;
/** Longest rejected value echoed back to the reader (the rest is cut, the value is shown as text). */
export const MAX_SHOWN_VALUE = 80;
/** `symptom=any` in links of the first wizard: "not sure". */
export const ANY = 'any';

/** The entry attributes a narrowing question can ask about, and the fallback grouping. */
export type SplitParam = 'kind' | 'component' | 'group' | 'group2' | 'group3';
const SPLIT_PARAMS: readonly SplitParam[] = ['kind', 'component', 'group', 'group2', 'group3'];
/** The step-3 parameters: where in the class's checklist the reader is, and how it ended. */
const PLACE_PARAMS = ['from', 'fromcause', 'entry', 'cause', 'result'] as const;
const STATE_PARAMS = ['where', ...SPLIT_PARAMS, 'class', ...PLACE_PARAMS] as const;
type Param = (typeof STATE_PARAMS)[number];

export interface SplitOption {
  /** The answer as it appears in the URL: a component id, problem/howto, a group number or `other`. */
  value: string;
  /** The attribute values this answer stands for (several for `other`, none for groups). */
  match: string[];
  next: WizardQuestion;
}

/** One question of step 2: which class (a leaf), or a question that narrows the classes. */
export type WizardQuestion =
  | { ask: 'class'; /** Indexes into WizardModel.classes, most entries first. */ classes: number[] }
  | { ask: SplitParam; options: SplitOption[] };

export interface WizardClass {
  id: string;
  label: string;
  /** Active entries that list the class. */
  count: number;
}

export interface WizardPlace {
  id: string;
  label: string;
  /** Active entries that show in this place. */
  count: number;
  question: WizardQuestion;
}

export interface WizardModel {
  places: WizardPlace[];
  classes: WizardClass[];
  /** Labels of the answers that need one (component ids), in the page's language. */
  labels: Record<string, string>;
  /** Number of entry → class lookup files (src/lib/wizard-legacy.ts). */
  lookupShards: number;
}

/** One candidate of a class, as its class file lists it. */
export interface Candidate {
  id: string;
  title: string;
  /** Entry page URL in this language (without a cause anchor). */
  url: string;
  howto: boolean;
  component: string;
  where: string[];
  causes: { key: string; title: string }[];
}

/** The file /<lang>/wizard/data/class/<id>.json. */
export interface ClassList {
  class: string;
  /** By id. */
  entries: Candidate[];
  /** Entries the candidates name as related that are not candidates themselves. */
  related: { id: string; title: string; url: string }[];
}

export interface WizardState {
  where?: string;
  kind?: string;
  component?: string;
  group?: string;
  group2?: string;
  group3?: string;
  class?: string;
  /** The place where the reader's run of "not this" began (absent: nothing ruled out yet). */
  from?: string;
  fromcause?: string;
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

export interface Rejected {
  param: string;
  value: string;
}

/** The query string's wizard parameters, as written (empty values dropped; the first of a repeated one wins). */
export type RawState = Partial<Record<Param | 'symptom', string>>;

export function readQuery(search: string): RawState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const raw: RawState = {};
  for (const name of [...STATE_PARAMS, 'symptom'] as const) {
    const value = params.get(name);
    if (value !== null && value !== '') raw[name] = value;
  }
  return raw;
}

function shown(value: string): string {
  const chars = Array.from(value);
  return chars.length > MAX_SHOWN_VALUE ? `${chars.slice(0, MAX_SHOWN_VALUE).join('')}…` : value;
}

export const rejection = (param: string, value: string): Rejected => ({ param, value: shown(value) });

export function placeOf(model: WizardModel, id: string | undefined): WizardPlace | undefined {
  return id === undefined ? undefined : model.places.find((p) => p.id === id);
}

export function classOf(model: WizardModel, id: string | undefined): WizardClass | undefined {
  return id === undefined ? undefined : model.classes.find((c) => c.id === id);
}

/** A class's position in the model's list (question answers name classes by it); -1 when there is none. */
export function classIndex(model: WizardModel, id: string): number {
  return model.classes.findIndex((c) => c.id === id);
}

/** Every class index a question can lead to. */
export function classesUnder(question: WizardQuestion): Set<number> {
  const out = new Set<number>();
  const visit = (q: WizardQuestion) => {
    if (q.ask === 'class') for (const i of q.classes) out.add(i);
    else for (const o of q.options) visit(o.next);
  };
  visit(question);
  return out;
}

/** The question step 2 shows for the answers in `state` (the answers themselves are checked by parseSteps). */
export function currentQuestion(model: WizardModel, state: WizardState): WizardQuestion | undefined {
  let q = placeOf(model, state.where)?.question;
  while (q && q.ask !== 'class') {
    const answer = state[q.ask];
    const option = answer === undefined ? undefined : q.options.find((o) => o.value === answer);
    if (!option) return q;
    q = option.next;
  }
  return q;
}

export interface ParsedSteps {
  /** where, the narrowing answers and class: what the page model alone can check. */
  state: WizardState;
  rejected: Rejected[];
  /** The place in step 3 as written (from, entry, cause, result), to check against the class file. */
  check: Pick<RawState, 'from' | 'fromcause' | 'entry' | 'cause' | 'result'>;
}

/**
 * Reads steps 1 and 2 of a query. Anything that names nothing real is dropped (and reported),
 * keeping the longest valid prefix of the path: the reader lands on the last good step. A class
 * may be named without the answers that lead to it (it must belong to the place).
 */
export function parseSteps(raw: RawState, model: WizardModel): ParsedSteps {
  const rejected: Rejected[] = [];
  const state: WizardState = {};
  const check: ParsedSteps['check'] = {};
  const rejectRest = (names: readonly (Param | 'symptom')[]) => {
    for (const name of names) if (raw[name] !== undefined) rejected.push(rejection(name, raw[name]!));
  };
  const later = ['class', ...PLACE_PARAMS] as const;
  const place = placeOf(model, raw.where);
  if (!place) {
    rejectRest(['where', ...SPLIT_PARAMS, ...later]);
    return { state, rejected, check };
  }
  state.where = place.id;

  // The narrowing answers, along the tree; an answer the tree does not ask is ignored if absent,
  // rejected if it names nothing.
  let q: WizardQuestion = place.question;
  while (q.ask !== 'class') {
    const name: SplitParam = q.ask;
    const answer = raw[name];
    if (answer === undefined) break;
    const option = q.options.find((o) => o.value === answer);
    if (!option) {
      rejected.push(rejection(name, answer));
      break;
    }
    state[name] = option.value;
    q = option.next;
  }
  for (const name of SPLIT_PARAMS) {
    if (raw[name] !== undefined && state[name] === undefined && !rejected.some((r) => r.param === name)) rejected.push(rejection(name, raw[name]!));
  }

  if (raw.class === undefined) {
    rejectRest(later);
    return { state, rejected, check };
  }
  const index = classIndex(model, raw.class);
  if (index < 0 || !classesUnder(place.question).has(index)) {
    rejectRest(later);
    return { state, rejected, check };
  }
  // The class is what a link keeps; the answers that led to it depend on the data of the day (group
  // numbers, which components count as "other"), so once the class is known a stale one is dropped
  // quietly rather than reported.
  rejected.length = 0;
  if (!classesUnder(currentQuestion(model, state)!).has(index)) for (const name of SPLIT_PARAMS) delete state[name];
  state.class = model.classes[index]!.id;
  for (const name of PLACE_PARAMS) if (raw[name] !== undefined) check[name] = raw[name];
  return { state, rejected, check };
}

/**
 * The candidates of a class in the order step 3 walks them: entries that show in the chosen place
 * and fit the answers first, then those in the place, then the rest of the class; by id within each.
 */
export function orderCandidates(list: ClassList, state: WizardState, model: WizardModel): Candidate[] {
  const answers: { match: string[]; of: (c: Candidate) => string }[] = [];
  let q = placeOf(model, state.where)?.question;
  while (q && q.ask !== 'class') {
    const ask: SplitParam = q.ask;
    const option = q.options.find((o) => o.value === state[ask]);
    if (!option) break;
    if (option.match.length > 0 && (ask === 'kind' || ask === 'component')) {
      answers.push({ match: option.match, of: ask === 'kind' ? (c) => (c.howto ? 'howto' : 'problem') : (c) => c.component });
    }
    q = option.next;
  }
  const score = (c: Candidate) => {
    const inPlace = state.where !== undefined && c.where.includes(state.where);
    const fits = answers.every((a) => a.match.includes(a.of(c)));
    return (inPlace ? 2 : 0) + (inPlace && fits ? 1 : 0);
  };
  return list.entries
    .map((c, i) => ({ c, i, s: score(c) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.c);
}

/** The step-3 checklist flattened: every cause of every candidate, in order. */
export function positions(candidates: readonly Candidate[]): Position[] {
  const out: Position[] = [];
  for (const entry of candidates) {
    if (entry.causes.length === 0) out.push({ entry: entry.id });
    else for (const c of entry.causes) out.push({ entry: entry.id, cause: c.key });
  }
  return out;
}

/** Index of an entry's cause (or of a how-to entry) in the checklist; -1 when it is not there. */
function placeIndex(list: readonly Position[], entry: string | undefined, cause: string | undefined): number {
  return list.findIndex((p) => p.entry === entry && p.cause === cause);
}

/** Index of the state's place in the checklist (0 when it names none). */
function positionIndex(list: readonly Position[], state: WizardState): number {
  if (!state.entry) return 0;
  const i = placeIndex(list, state.entry, state.cause);
  return i < 0 ? 0 : i;
}

/** Index of the place where the run of "not this" began; the current place's when none is named. */
function runStart(list: readonly Position[], state: WizardState): number {
  const here = positionIndex(list, state);
  if (state.from === undefined) return here;
  const i = placeIndex(list, state.from, state.fromcause);
  return i < 0 || i > here ? here : i;
}

export type PositionState = 'ruled-out' | 'current' | 'upcoming';

/**
 * What the reader has done with each place of the checklist: the places from the start of their
 * run of "not this" / "skip" up to the current one are ruled out; the rest, before or after, are
 * not checked yet. A link that opens a later entry (a deep link, a pick from the list) rules
 * nothing out: the reader has not said anything about the ones before it.
 */
export function positionStates(list: readonly Position[], state: WizardState): PositionState[] {
  const here = positionIndex(list, state);
  const start = runStart(list, state);
  return list.map((_, i) => (i === here ? 'current' : i >= start && i < here ? 'ruled-out' : 'upcoming'));
}

/** The state that opens one place of the checklist directly: a new run, nothing ruled out. */
export function pick(state: WizardState, at: Position): WizardState {
  const out: WizardState = { ...state, entry: at.entry };
  for (const name of ['from', 'fromcause', 'cause', 'result'] as const) delete out[name];
  if (at.cause !== undefined) out.cause = at.cause;
  return out;
}

/** Checks the step-3 part of a query against the class's candidates; a bad part is reported and dropped. */
export function parseCheck(steps: ParsedSteps, candidates: readonly Candidate[]): { state: WizardState; rejected: Rejected[] } {
  const state: WizardState = { ...steps.state };
  const rejected = [...steps.rejected];
  const { from, fromcause, entry, cause, result } = steps.check;
  const list = positions(candidates);
  let placeOk = true;
  if (entry !== undefined) {
    const entryPlaces = list.filter((p) => p.entry === entry);
    if (entryPlaces.length === 0) {
      rejected.push(rejection('entry', entry));
      if (cause !== undefined) rejected.push(rejection('cause', cause));
      placeOk = false;
    } else {
      const match = entryPlaces.find((p) => p.cause === cause) ?? (cause === undefined ? entryPlaces[0] : undefined);
      const at = match ?? entryPlaces[0]!;
      // A cause this entry does not have: stay on the entry, at its first cause.
      if (!match) {
        rejected.push(rejection('cause', cause!));
        placeOk = false;
      }
      state.entry = at.entry;
      if (at.cause !== undefined) state.cause = at.cause;
    }
  } else if (cause !== undefined) {
    rejected.push(rejection('cause', cause));
    placeOk = false;
  }
  if (result !== undefined) {
    if (result === 'none') state.result = 'none';
    else if (result === 'fixed' && placeOk && list.length > 0) state.result = 'fixed';
    else rejected.push(rejection('result', result));
  }
  if (from !== undefined) {
    const start = placeIndex(list, from, fromcause);
    if (start < 0) {
      rejected.push(rejection('from', from));
      if (fromcause !== undefined) rejected.push(rejection('fromcause', fromcause));
    } else if (start < positionIndex(list, state)) {
      // A start after the current place can come from a class list that changed since the link
      // was written (the order is the data's); it names real places, so it is dropped quietly.
      state.from = from;
      if (fromcause !== undefined) state.fromcause = fromcause;
    }
  } else if (fromcause !== undefined) {
    rejected.push(rejection('fromcause', fromcause));
  }
  if (state.result === 'none') {
    for (const name of ['from', 'fromcause', 'entry', 'cause'] as const) delete state[name];
  }
  return { state, rejected };
}

export function stepOf(state: WizardState): WizardStep {
  if (!state.where) return 'where';
  if (!state.class) return 'symptom';
  if (state.result === 'fixed') return 'fixed';
  if (state.result === 'none') return 'none';
  return 'check';
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

/** Step 2 with its answers so far, without the class and what follows (for "change" links). */
export function backToQuestions(state: WizardState): WizardState {
  const out: WizardState = { where: state.where };
  for (const name of SPLIT_PARAMS) if (state[name] !== undefined) out[name] = state[name];
  return out;
}

export type WizardAction = 'fixed' | 'not' | 'skip';

/**
 * The state after an answer in step 3. "fixed" ends at the current cause; "not" moves to the next
 * cause (or the next entry); "skip" moves to the next entry; both keep where the run of "not this"
 * began, so what the reader ruled out stays marked. Past the last: result=none.
 */
export function advance(candidates: readonly Candidate[], state: WizardState, action: WizardAction): WizardState {
  const base: WizardState = { ...state };
  for (const name of PLACE_PARAMS) delete base[name];
  const list = positions(candidates);
  if (list.length === 0) return { ...base, result: 'none' };
  const i = positionIndex(list, state);
  const here = list[i]!;
  const at = (p: Position): WizardState => pick(state, p);
  const s = runStart(list, state);
  const start = list[s]!;
  const run: WizardState = { from: start.entry, ...(start.cause === undefined ? {} : { fromcause: start.cause }) };
  // "Back to the causes" from "fixed" shows the same marks.
  if (action === 'fixed') return { ...at(here), ...(s < i ? run : {}), result: 'fixed' };
  let j = i + 1;
  if (action === 'skip') while (j < list.length && list[j]!.entry === here.entry) j++;
  const next = list[j];
  return next ? { ...run, ...at(next) } : { ...base, result: 'none' };
}
