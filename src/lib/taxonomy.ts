// Taxonomy data (components, wizard facets, symptom classes, placeholders) lives in content/taxonomy so that
// authors edit data, not code. This module only types it and derives the id lists the schema needs.
import componentsJson from '../../content/taxonomy/components.json' with { type: 'json' };
import facetsJson from '../../content/taxonomy/facets.json' with { type: 'json' };
import placeholdersJson from '../../content/taxonomy/placeholders.json' with { type: 'json' };
import symptomsJson from '../../content/taxonomy/symptoms.json' with { type: 'json' };
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Lang } from './locales.ts';

/** Text in every language, keyed by language id. */
export type Localised = Record<Lang, string>;
/** A taxonomy item: its id and its label in every language. */
export type Labelled = { id: string } & Localised;
export type Component = Labelled & { description: Localised };
/** One class's words in one language: the label shown, and the everyday ways of saying it. */
export type SymptomWords = { label: string; phrasings: string[] };
/** A symptom class: one thing an engineer sees, independent of its cause (GUIDE §3). */
export type SymptomClass = { id: string; where: string[] } & Record<Lang, SymptomWords>;
export type Placeholder = { token: string; name: string; example: string } & Localised;

export const components: readonly Component[] = componentsJson;
export const whereFacets: readonly Labelled[] = facetsJson.where;
export const placeholders: readonly Placeholder[] = placeholdersJson;
/** Path of the symptom classes, as content problems name it. */
export const SYMPTOMS_FILE = 'content/taxonomy/symptoms.json';
/**
 * The symptom classes. A content tree given in KB_CONTENT_DIR (the scale bench's synthetic corpus)
 * may bring its own taxonomy/symptoms.json, since its entries list classes the real file lacks.
 */
export const symptomClasses: readonly SymptomClass[] = ownSymptomClasses() ?? symptomsJson;

function ownSymptomClasses(): SymptomClass[] | undefined {
  const dir = typeof process === 'undefined' ? undefined : process.env.KB_CONTENT_DIR;
  const file = dir ? join(dir, 'taxonomy', 'symptoms.json') : undefined;
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SymptomClass[]) : undefined;
}

export const componentIds = components.map((c) => c.id) as [string, ...string[]];
export const whereIds = whereFacets.map((f) => f.id) as [string, ...string[]];
export const symptomIds = symptomClasses.map((c) => c.id) as [string, ...string[]];

export function label(item: Labelled, lang: Lang): string {
  return item[lang];
}

export function componentById(id: string): Component | undefined {
  return components.find((c) => c.id === id);
}

