// Reading the built site (npm test builds it before the tests/dist stage).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';

export const DIST = resolve(process.env.KB_OUT_DIR ?? 'dist');

export function distFile(path: string): string {
  const file = join(DIST, path, path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(file, 'utf8');
}

export function parsePage(path: string): Root {
  return fromHtml(distFile(path));
}

/** The text a reader sees (tags stripped, entities decoded), whitespace runs kept as in the source. */
export function pageText(path: string): string {
  return toText(parsePage(path), { whitespace: 'pre' });
}
