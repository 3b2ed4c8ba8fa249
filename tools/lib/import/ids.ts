// Fresh entry ids and slugs for a batch of drafts: ids go after the highest id ever used, retired
// ones included (an id is never reused), slugs are unique across every language's files.
import { ENTRY_ID } from '../../../src/lib/content/schema.ts';

export function nextIds(used: Iterable<string>, count: number): string[] {
  let max = 0;
  for (const id of used) if (ENTRY_ID.test(id)) max = Math.max(max, Number(id.slice(5)));
  return Array.from({ length: count }, (_, i) => `PAAS-${String(max + 1 + i).padStart(3, '0')}`);
}
