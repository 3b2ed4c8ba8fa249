// The hash that names one version of a search index (index-location.ts): over every file's name and
// the JSON text its URL serves, so two builds of the same content give the same hash and any change
// to any file gives another. Build-time only (node:crypto).
import { createHash } from 'node:crypto';
import { HASH_LENGTH } from './index-location.ts';

export function contentHash(json: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  for (const [name, text] of [...json].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(`${name}\0${text}\0`);
  return hash.digest('hex').slice(0, HASH_LENGTH);
}
