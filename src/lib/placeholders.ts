// Placeholders in commands (`${PAAS_ROOT}`, `{PAAS_DOMAIN}`, `<paas_ip>`, …; the list is
// content/taxonomy/placeholders.json): where they are in a text, and the reader's values for them.
// Values are plain text from the reader's own browser; they are cleaned of control characters
// (a newline pasted into a root shell would run what follows it) and never parsed as HTML.

export interface PlaceholderToken {
  token: string;
  name: string;
}

export interface PlaceholderHit {
  start: number;
  end: number;
  name: string;
}

export const MAX_VALUE_LENGTH = 200;

/** Every occurrence of a token in `text`, left to right, longest token first where two start together. */
export function findPlaceholders(text: string, tokens: readonly PlaceholderToken[]): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  if (tokens.length === 0) return hits;
  const sorted = [...tokens].sort((a, b) => b.token.length - a.token.length);
  const pattern = new RegExp(sorted.map((t) => escapeRegExp(t.token)).join('|'), 'g');
  const byToken = new Map(sorted.map((t) => [t.token, t.name]));
  for (const match of text.matchAll(pattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length, name: byToken.get(match[0])! });
  }
  return hits;
}

/** A reader's value made safe to show and to paste: one line, no control characters, bounded. */
export function cleanValue(value: unknown): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim().slice(0, MAX_VALUE_LENGTH);
}

/** Values read back from storage: unknown names, non-strings and empty values are dropped. */
export function parseStoredValues(json: string | null, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  if (!json) return values;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return values;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return values;
  for (const name of names) {
    if (!Object.prototype.hasOwnProperty.call(data, name)) continue;
    const value = cleanValue((data as Record<string, unknown>)[name]);
    if (value) values[name] = value;
  }
  return values;
}

/**
 * The reader's values after choosing `layout`: its values replace the reader's for the same
 * placeholders, the placeholders it does not have are emptied, the others are kept as they were.
 * Only `names` (the placeholders there are) are set; values are cleaned like a typed one. Here and
 * not in layouts.ts, which holds the layouts' data: the browser script needs this, not the data.
 */
export function withLayout(
  values: Readonly<Record<string, string>>,
  layout: { values: Readonly<Record<string, string>>; without: readonly string[] },
  names: readonly string[],
): Record<string, string> {
  const next: Record<string, string> = { ...values };
  for (const name of names) {
    if (layout.without.includes(name)) delete next[name];
    else if (Object.prototype.hasOwnProperty.call(layout.values, name)) {
      const value = cleanValue(layout.values[name]);
      if (value) next[name] = value;
    }
  }
  return next;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
