// Is the built site older than its sources? Used by `npm start` to build only when needed.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** The reason the build in `outDir` must be redone, or null when it is up to date. */
export function staleReason(root: string, outDir = 'dist'): string | null {
  const marker = join(root, outDir, 'index.html');
  if (!existsSync(marker)) return `${outDir}/ has no build yet`;
  const built = statSync(marker).mtimeMs;
  const changed = SOURCES.find((s) => newestMtime(join(root, s)) > built);
  return changed ? `${changed} changed since the last build` : null;
}
