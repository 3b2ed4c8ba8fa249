// Taxonomy data (components, wizard facets, placeholders) lives in content/taxonomy so that
// authors edit data, not code. This module only types it and derives the id lists the schema needs.
import componentsJson from '../../content/taxonomy/components.json' with { type: 'json' };
import facetsJson from '../../content/taxonomy/facets.json' with { type: 'json' };
import placeholdersJson from '../../content/taxonomy/placeholders.json' with { type: 'json' };

import type { Lang } from './locales.ts';

/** Text in every language, keyed by language id. */
export type Localised = Record<Lang, string>;
/** A taxonomy item: its id and its label in every language. */
export type Labelled = { id: string } & Localised;
export type Component = Labelled & { description: Localised };
export type Placeholder = { token: string; name: string; example: string } & Localised;

export const components: readonly Component[] = componentsJson;
export const whereFacets: readonly Labelled[] = facetsJson.where;
export const placeholders: readonly Placeholder[] = placeholdersJson;

export const componentIds = components.map((c) => c.id) as [string, ...string[]];
export const whereIds = whereFacets.map((f) => f.id) as [string, ...string[]];

export function label(item: Labelled, lang: Lang): string {
  return item[lang];
}

export function componentById(id: string): Component | undefined {
  return components.find((c) => c.id === id);
}

