// Builds the wizard's steps 1 and 2 from the entries at build time: for each place, the symptom
// classes it can lead to, and when there are more than a step may show, the question that best
// narrows them, chosen from the data (never a hand-written tree). Also the per-class candidate
// lists step 3 fetches, and the figures the bench prints (most choices in a step, longest path).
import type { EntryData } from './content/schema.ts';
import { ID_COLLATION_LOCALE } from './locales.ts';
import { MAX_CHOICES, type Candidate, type ClassList, type SplitOption, type SplitParam, type WizardClass, type WizardModel, type WizardPlace, type WizardQuestion } from './wizard.ts';

/** One active entry as the wizard needs it, in one language. */
export interface WizardSourceEntry {
  id: string;
  title: string;
  type: 'problem' | 'howto';
  component: string;
  where: readonly string[];
  symptoms: readonly string[];
  related: readonly string[];
  causes: readonly { key: string; title: string }[];
  /** Entry page URL in this language. */
  url: string;
}

/** The wizard's view of an entry's frontmatter; `url` is its page in the wizard's language. */
export function toWizardSource(data: EntryData, url: string): WizardSourceEntry {
  return {
    id: data.id,
    title: data.title,
    type: data.type,
    component: data.component,
    where: data.where,
    symptoms: data.symptoms,
    related: data.related,
    causes: data.causes.map((c) => ({ key: c.key, title: c.title })),
    url,
  };
}

export interface WizardTaxonomy {
  places: readonly { id: string; label: string }[];
  classes: readonly { id: string; label: string; where: readonly string[] }[];
  /** Component id → label. */
  components: Record<string, string>;
}

/** Related entries offered when no candidate fitted. */
const MAX_RELATED = 12;
/** Entries per entry → class lookup file. */
const LOOKUP_SHARD_SIZE = 400;

// One collator for every comparison: localeCompare with options builds a new one on each call.
const idCollator = new Intl.Collator(ID_COLLATION_LOCALE, { numeric: true });
const byId = <T extends { id: string }>(a: T, b: T) => idCollator.compare(a.id, b.id);

/** The attributes a narrowing question may ask about, in the order they are tried. */
const ATTRIBUTES: { param: Extract<SplitParam, 'kind' | 'component'>; of: (e: WizardSourceEntry) => string }[] = [
  { param: 'kind', of: (e) => e.type },
  { param: 'component', of: (e) => e.component },
];
const GROUP_PARAMS: readonly SplitParam[] = ['group', 'group2', 'group3'];

interface Node {
  /** Class ids still possible, most entries first. */
  classes: string[];
  /** Entries of the place that fit the answers so far. */
  pool: WizardSourceEntry[];
}

/**
 * The classes of a place: those whose taxonomy names the place, and those an entry of the place
 * lists; each only if some active entry lists it. Most entries (in the place) first. `inPlace`: the
 * entries of the place.
 */
function classesOfPlace(placeId: string, taxonomy: WizardTaxonomy, inPlace: readonly WizardSourceEntry[], used: Map<string, number>): string[] {
  const local = new Map<string, number>();
  for (const e of inPlace) for (const s of e.symptoms) local.set(s, (local.get(s) ?? 0) + 1);
  const ids = taxonomy.classes.filter((c) => (used.get(c.id) ?? 0) > 0 && (c.where.includes(placeId) || local.has(c.id))).map((c) => c.id);
  return ids.sort((a, b) => (local.get(b) ?? 0) - (local.get(a) ?? 0) || (used.get(b) ?? 0) - (used.get(a) ?? 0) || a.localeCompare(b));
}

/**
 * The split of `node` by one attribute: each value with the classes its entries list. Values past
 * MAX_CHOICES are merged into one `other` answer, smallest first.
 */
function splitBy(node: Node, of: (e: WizardSourceEntry) => string): { value: string; match: string[]; node: Node }[] {
  const groups = new Map<string, WizardSourceEntry[]>();
  for (const e of node.pool) {
    const v = of(e);
    const group = groups.get(v);
    if (group) group.push(e);
    else groups.set(v, [e]);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const keep = ordered.length > MAX_CHOICES ? ordered.slice(0, MAX_CHOICES - 1) : ordered;
  const rest = ordered.slice(keep.length);
  const parts = keep.map(([value, pool]) => ({ value, match: [value], pool }));
  if (rest.length > 0) parts.push({ value: 'other', match: rest.map(([v]) => v), pool: rest.flatMap(([, p]) => p) });
  return parts.map(({ value, match, pool }) => {
    const listed = new Set(pool.flatMap((e) => e.symptoms));
    return { value, match, node: { classes: node.classes.filter((c) => listed.has(c)), pool } };
  });
}

/** How many classes the reader is expected to see after the answer, weighting answers by their entries. */
function expectedClasses(parts: { node: Node }[]): number {
  const total = parts.reduce((a, p) => a + p.node.pool.length, 0) || 1;
  return parts.reduce((a, p) => a + (p.node.pool.length / total) * p.node.classes.length, 0);
}

function question(node: Node, asked: ReadonlySet<string>, groupDepth: number, index: Map<string, number>): WizardQuestion {
  if (node.classes.length <= MAX_CHOICES) return { ask: 'class', classes: node.classes.map((c) => index.get(c)!) };
  let best: { param: SplitParam; parts: ReturnType<typeof splitBy>; score: number } | undefined;
  for (const attr of ATTRIBUTES) {
    if (asked.has(attr.param)) continue;
    const parts = splitBy(node, attr.of).filter((p) => p.node.classes.length > 0);
    if (parts.length < 2) continue;
    const score = expectedClasses(parts);
    // A question is worth asking only if it at least halves the classes the reader is expected to
    // see; a weaker one adds a step that groups (or the next attribute) would not need.
    if (score > node.classes.length / 2) continue;
    if (!best || score < best.score) best = { param: attr.param, parts, score };
  }
  if (best) {
    const next = new Set([...asked, best.param]);
    // "Not sure" is the place's page of every entry (the step's link), not another tree of questions.
    const options: SplitOption[] = best.parts.map((p) => ({ value: p.value, match: p.match, next: question(p.node, next, groupDepth, index) }));
    return { ask: best.param, options };
  }
  // Nothing in the data divides these classes: show them in groups of the most common first.
  const param = GROUP_PARAMS[Math.min(groupDepth, GROUP_PARAMS.length - 1)]!;
  const groups = Math.min(MAX_CHOICES, Math.ceil(node.classes.length / MAX_CHOICES));
  const size = Math.ceil(node.classes.length / groups);
  const options: SplitOption[] = [];
  for (let g = 0; g * size < node.classes.length; g++) {
    const classes = node.classes.slice(g * size, (g + 1) * size);
    options.push({ value: String(g + 1), match: [], next: question({ classes, pool: node.pool }, asked, groupDepth + 1, index) });
  }
  return { ask: param, options };
}

/** Steps 1 and 2 for one language. Places without any class to offer are left out. */
export function buildWizardModel(taxonomy: WizardTaxonomy, entries: readonly WizardSourceEntry[]): WizardModel {
  const used = new Map<string, number>();
  for (const e of entries) for (const s of new Set(e.symptoms)) used.set(s, (used.get(s) ?? 0) + 1);
  const classes: WizardClass[] = taxonomy.classes.filter((c) => used.has(c.id)).map((c) => ({ id: c.id, label: c.label, count: used.get(c.id)! }));
  const index = new Map(classes.map((c, i) => [c.id, i]));
  const places: WizardPlace[] = [];
  const labels: Record<string, string> = {};
  for (const place of taxonomy.places) {
    const pool = entries.filter((e) => e.where.includes(place.id));
    const ids = classesOfPlace(place.id, taxonomy, pool, used);
    if (ids.length === 0) continue;
    const q = question({ classes: ids, pool }, new Set(), 0, index);
    places.push({ id: place.id, label: place.label, count: pool.length, question: q });
    for (const c of componentAnswers(q)) if (Object.hasOwn(taxonomy.components, c)) labels[c] = taxonomy.components[c]!;
  }
  return { places, classes, labels, lookupShards: lookupShardCount(entries.length) };
}

function componentAnswers(q: WizardQuestion): string[] {
  if (q.ask === 'class') return [];
  return q.options.flatMap((o) => [...(q.ask === 'component' ? o.match : []), ...componentAnswers(o.next)]);
}

const lookupShardCount = (entries: number): number => Math.max(1, Math.ceil(entries / LOOKUP_SHARD_SIZE));

/** The candidate list of every class (by class id), entries by id. */
export function buildClassLists(entries: readonly WizardSourceEntry[]): Map<string, ClassList> {
  const sorted = [...entries].sort(byId);
  const byEntry = new Map(sorted.map((e) => [e.id, e]));
  const lists = new Map<string, ClassList>();
  for (const e of sorted) {
    for (const s of new Set(e.symptoms)) {
      const list = lists.get(s) ?? { class: s, entries: [], related: [] };
      list.entries.push(toCandidate(e));
      lists.set(s, list);
    }
  }
  for (const list of lists.values()) {
    const members = new Set(list.entries.map((c) => c.id));
    // The entries most candidates name first; a long tail would only weigh down the file.
    const named = new Map<string, number>();
    for (const c of list.entries) for (const id of byEntry.get(c.id)!.related) if (!members.has(id) && byEntry.has(id)) named.set(id, (named.get(id) ?? 0) + 1);
    list.related = [...named]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_RELATED)
      .map(([id]) => {
        const e = byEntry.get(id)!;
        return { id, title: e.title, url: e.url };
      });
  }
  return lists;
}

function toCandidate(e: WizardSourceEntry): Candidate {
  return {
    id: e.id,
    title: e.title,
    url: e.url,
    howto: e.type === 'howto',
    component: e.component,
    where: [...e.where],
    causes: e.causes.map((c) => ({ key: c.key, title: c.title })),
  };
}

export interface QuestionFigures {
  /** The most choices any step-1 or step-2 question shows (its "not sure" link aside). */
  maxChoices: number;
  /** Questions on the longest way from step 1 to a class (step 1 and the class choice included). */
  longestPath: number;
}

/** What the bench prints about a model: how many choices the busiest step has, and the longest path. */
export function questionFigures(model: WizardModel): QuestionFigures {
  let maxChoices = model.places.length;
  let longestPath = 0;
  const visit = (q: WizardQuestion, depth: number) => {
    if (q.ask === 'class') {
      maxChoices = Math.max(maxChoices, q.classes.length);
      longestPath = Math.max(longestPath, depth + 1);
      return;
    }
    maxChoices = Math.max(maxChoices, q.options.length);
    for (const o of q.options) visit(o.next, depth + 1);
  };
  for (const place of model.places) visit(place.question, 1);
  return { maxChoices, longestPath };
}
