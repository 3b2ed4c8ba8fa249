// How much of a paste is read: the search analyses at most this much, and the search URL carries no more.
/** Cap on the text a query is analysed from: the head and the tail of very long pastes (listed in TUNING.query). */
export const MAX_ANALYSED = 60_000;

/** Keeps the first and last parts of a huge paste (errors sit at the end of tracebacks). */
export function capText(text: string, max = MAX_ANALYSED): string {
  if (text.length <= max) return text;
  const head = Math.floor(max / 4);
  return `${text.slice(0, head)}\n${text.slice(text.length - (max - head))}`;
}
