// `npm run package`: one archive an operator copies to an air-gapped host — the site built for its
// address (SITE_URL, BASE_PATH from the environment, as for `npm run build`), deploy/ (nginx files,
// kb-deploy.sh, a container recipe) and a README for the server (deploy/README.md).
//
// Usage: npm run package [-- --out file.tar.gz] [--dir <built site>]
//   --dir     package a site built already (its BASE_PATH is in its pages) instead of building one
//   --headers only rewrite deploy/nginx/kb-headers.conf from src/lib/csp.ts and exit
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatBytes } from './lib/bytes.ts';
import { headersConf } from './lib/nginx-conf.ts';
import { requireNode } from './lib/node-version.ts';

requireNode();
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    dir: { type: 'string' },
    headers: { type: 'boolean', default: false },
  },
});

const headersFile = join(root, 'deploy', 'nginx', 'kb-headers.conf');
if (values.headers) {
  writeFileSync(headersFile, headersConf());
  console.log(`Wrote ${relative(root, headersFile)}`);
  process.exit(0);
}
if (readFileSync(headersFile, 'utf8') !== headersConf()) {
  console.error(`${relative(root, headersFile)} does not match src/lib/csp.ts; run \`node tools/package.ts --headers\` and commit it.`);
  process.exit(1);
}

const git = (args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' }).stdout?.trim() ?? '';
const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
const dirty = git(['status', '--porcelain']) !== '';
const version = `${commit}${dirty ? '-modified' : ''}`;

// The site: built fresh for the address in the environment, unless one is given.
let site: string;
let built = false;
if (values.dir) {
  site = resolve(values.dir);
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`${values.dir} holds no built site.`);
    process.exit(1);
  }
} else {
  site = join(root, 'dist-package');
  rmSync(site, { recursive: true, force: true });
  console.log(`Building the site for ${process.env.SITE_URL ?? '(SITE_URL not set)'}${process.env.BASE_PATH ?? '/'} into ${relative(root, site)}/…`);
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, KB_OUT_DIR: site } });
  if (build.status !== 0) process.exit(build.status ?? 1);
  built = true;
}
const html = readFileSync(join(site, 'index.html'), 'utf8');
const base = /<html[^>]*\sdata-base="([^"]*)"/.exec(html)?.[1];
if (!base) {
  console.error(`${site}/index.html carries no data-base: not a build of this site.`);
  process.exit(1);
}
if (!existsSync(join(site, 'index.html.gz'))) {
  console.error(`${site} has no precompressed files; build it with \`npm run build\` (which writes them).`);
  process.exit(1);
}
const apiFile = join(site, 'api', 'entries.json');
const siteAddress = existsSync(apiFile) ? (JSON.parse(readFileSync(apiFile, 'utf8')) as { site?: string }).site : undefined;

// The archive's tree: bk-paas-kb/{README.md, BUILD.txt, site/, deploy/}.
const stage = mkdtempSync(join(tmpdir(), 'kb-package-'));
const top = join(stage, 'bk-paas-kb');
mkdirSync(top);
cpSync(site, join(top, 'site'), { recursive: true });
cpSync(join(root, 'deploy'), join(top, 'deploy'), { recursive: true });
cpSync(join(root, 'deploy', 'README.md'), join(top, 'README.md'));
const files = (dir: string): number => readdirSync(dir).reduce((n, name) => n + (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : 1), 0);
writeFileSync(
  join(top, 'BUILD.txt'),
  [
    `commit: ${version}`,
    `base path: ${base}`,
    `site address: ${siteAddress ?? 'unknown'}`,
    `files: ${files(join(top, 'site'))}`,
    '',
  ].join('\n'),
);

const out = resolve(values.out ?? join(root, `bk-paas-kb-${version}.tar.gz`));
// Sorted names and fixed owners: the same inputs give the same listing on any machine.
const tar = spawnSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '-czf', out, '-C', stage, 'bk-paas-kb'], { encoding: 'utf8' });
rmSync(stage, { recursive: true, force: true });
if (built) rmSync(site, { recursive: true, force: true });
if (tar.status !== 0) {
  console.error(`tar failed: ${tar.stderr || tar.error?.message}`);
  process.exit(1);
}
const shown = relative(process.cwd(), out);
console.log(`Wrote ${shown.startsWith('..') ? out : shown} (${formatBytes(statSync(out).size)}): base path ${base}, commit ${version}.`);
console.log('On the server: tar xzf it, then `sh bk-paas-kb/deploy/kb-deploy.sh bk-paas-kb/site /srv/kb` (bk-paas-kb/README.md).');
