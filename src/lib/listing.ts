// Grouping and paging for listings. Pages show a bounded number of entries so their size does not
// grow with the corpus (home: a few per component; component pages: paged).
export const HOME_PER_COMPONENT = 5;
export const PAGE_SIZE = 50;
/** A feed reader needs the recent changes, not the whole knowledge base. */
export const FEED_SIZE = 50;

export interface Group<T> {
  key: string;
  items: T[];
}

/** Groups items by key, in the order of `order` (keys with no items are dropped). */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string, order: readonly string[]): Group<T>[] {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = map.get(key) ?? [];
    list.push(item);
    map.set(key, list);
  }
  return order.filter((k) => map.has(k)).map((key) => ({ key, items: map.get(key)! }));
}
