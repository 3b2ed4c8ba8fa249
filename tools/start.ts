// `npm start`: build the site if the build is missing or older than its sources, then serve the
// built site on http://localhost:4321 (PORT overrides).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from './lib/freshness.ts';
import { requireNode } from './lib/node-version.ts';

requireNode();
const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (cmd: string, args: string[]): void => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

const reason = staleReason(root);
if (reason) {
  console.log(`Building the site (${reason})…`);
  run(npm, ['run', 'build']);
} else {
  console.log('The build in dist/ is up to date.');
}
run(process.execPath, [join(root, 'tools/serve.ts'), '--port', process.env.PORT ?? '4321']);
