// The sub-path deployment the tests build and serve: BASE_PATH=/docs/kb/ into dist-subpath/, with a
// SITE_URL unlike the root build's, so a link that ignores either setting shows up.
import { spawnSync, type SpawnSyncReturns, type StdioOptions } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const SUBPATH = {
  base: '/docs/kb/',
  site: 'http://kb.example.test',
  dir: 'dist-subpath',
} as const;

const root = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run build` with the sub-path settings; returns spawnSync's result. */
export function buildSubpath({ stdio = 'pipe' }: { stdio?: StdioOptions } = {}): SpawnSyncReturns<string> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['run', 'build', '--silent'], {
    cwd: root,
    stdio,
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, BASE_PATH: SUBPATH.base, SITE_URL: SUBPATH.site, KB_OUT_DIR: SUBPATH.dir },
  });
}
