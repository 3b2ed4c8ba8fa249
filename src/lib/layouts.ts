// Install layouts (content/taxonomy/layouts.json): where one kind of install puts things. Each layout
// gives values to a set of path placeholders (`${PAAS_ROOT}`, `${APPS_ROOT}` …) and lists the ones it
// does not have at all (`without`: the standalone package has no control host, so no `${CTRL_DIR}`).
// The environment panel offers them; the content check and the tests hold the entries to them.
import layoutsJson from '../../content/taxonomy/layouts.json' with { type: 'json' };
import type { Lang } from './locales.ts';

export interface Layout extends Record<Lang, { label: string; description: string }> {
  id: string;
  /** Placeholder name → the value on this layout. */
  values: Readonly<Record<string, string>>;
  /** Placeholder names this layout does not have. */
  without: readonly string[];
}

export const LAYOUTS_FILE = 'content/taxonomy/layouts.json';
// JSON typing gives the layouts one shape, where a value one layout lacks reads as `undefined`.
export const layouts: readonly Layout[] = layoutsJson.map((l) => {
  const values: Record<string, string | undefined> = l.values;
  return { ...l, values: Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === 'string')) };
});

/** A path placeholder is written as a shell variable (`${…}`): every layout must give it a value or name it in `without`. */
export const isPathToken = (token: string): boolean => token.startsWith('${');

/** What is wrong with a list of layouts, given the placeholder names there are. */
export function layoutProblems(list: readonly Layout[], placeholderNames: readonly string[]): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(placeholderNames);
  const seen = new Set<string>();
  list.forEach((layout, i) => {
    if (seen.has(layout.id)) problems.push({ field: `${i}.id`, message: `layout id "${layout.id}" is used twice` });
    seen.add(layout.id);
    for (const name of [...Object.keys(layout.values), ...layout.without]) {
      if (!known.has(name)) problems.push({ field: `${i}.${layout.id}`, message: `"${name}" is not a placeholder in content/taxonomy/placeholders.json` });
    }
    for (const name of layout.without) {
      if (name in layout.values) problems.push({ field: `${i}.${layout.id}.without`, message: `"${name}" has a value and is listed in without` });
    }
  });
  return problems;
}

/**
 * The path placeholders of a code block that a layout leaves without a value, as "layout: NAME".
 * A block marked `layout="id"` is only held to that layout; an unmarked block to all of them.
 */
export function layoutGaps(pathNames: readonly string[], list: readonly Layout[], only?: string): string[] {
  const held = only === undefined ? list : list.filter((l) => l.id === only);
  return held.flatMap((l) => pathNames.filter((name) => !(name in l.values)).map((name) => `${l.id}: ${name}`));
}

