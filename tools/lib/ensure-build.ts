// The built site a bench measures. Benches take `--dist <dir>`; without it they use KB_OUT_DIR or
// dist/ and build it first when it holds no site, so `npm run bench:…` works on a fresh clone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The absolute path of the build to measure. A `dist` the caller named must already hold a site
 * (exit 1 otherwise: building into a directory the reader chose is not ours to do); the default
 * directory is built with `npm run build` when empty (exit with its status if that fails).
 */
export function ensureBuild(root: string, dist: string | undefined): string {
  const dir = resolve(root, dist ?? process.env.KB_OUT_DIR ?? 'dist');
  if (existsSync(join(dir, 'index.html'))) return dir;
  if (dist !== undefined) {
    console.error(`${dist} holds no built site.`);
    process.exit(1);
  }
  console.log(`No build in ${relative(root, dir)}/; running \`npm run build\` first…`);
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  return dir;
}
