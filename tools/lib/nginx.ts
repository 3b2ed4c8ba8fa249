// Runs Debian's (or any) nginx as an ordinary process for the tests and `npm run serve:nginx`: a
// prefix directory of its own in the temp dir, an nginx.conf shaped like a distribution's (mime.types,
// gzip on), and deploy/nginx/ installed and rendered into an install directory, the way
// deploy/kb-deploy.sh installs it on a server. Nothing here edits the deploy files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { renderTemplate } from './nginx-conf.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const DEPLOY_NGINX = join(repo, 'deploy', 'nginx');

/** The nginx binary: $KB_NGINX, else the first of PATH and the usual sbin directories; null when none. */
export function findNginx(): string | null {
  if (process.env.KB_NGINX) return existsSync(process.env.KB_NGINX) ? process.env.KB_NGINX : null;
  const dirs = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin', '/usr/local/nginx/sbin', '/sbin'];
  for (const d of dirs) if (d && existsSync(join(d, 'nginx'))) return join(d, 'nginx');
  return null;
}

/** Ports of the nginx test suites: playwright.nginx.config.ts takes offsets 0 and 1 (root and
 *  sub-path), tests/nginx the ones after. */
export function nginxTestPort(offset: number): number {
  return Number(process.env.KB_NGINX_PORT ?? Number(process.env.KB_TEST_PORT ?? 4399) + 10) + offset;
}

export const NO_NGINX = 'No nginx found: the serving tests run the site behind a real nginx. Install it (Debian: `apt-get install nginx`) or set KB_NGINX to its path.';

export interface NginxBuild {
  version: string;
  gzipStatic: boolean;
  /** Directory of nginx.conf (mime.types is there). */
  confDir: string;
  /** A loadable brotli_static module, when this nginx has one (built in: ''), else null. */
  brotliModule: string | null;
}

/** What `nginx -V` says about this nginx. */
function nginxBuild(bin: string): NginxBuild {
  const r = spawnSync(bin, ['-V'], { encoding: 'utf8' });
  return parseNginxBuild(`${r.stdout}${r.stderr}`, existsSync);
}

/** The output of `nginx -V` read: version, gzip_static, where mime.types is, a brotli_static module. */
export function parseNginxBuild(text: string, exists: (path: string) => boolean): NginxBuild {
  const version = /nginx\/([\d.]+)/.exec(text)?.[1] ?? 'unknown';
  // Without --conf-path, nginx reads <prefix>/conf/nginx.conf.
  const prefix = /--prefix=(\S+)/.exec(text)?.[1] ?? '/usr/local/nginx';
  const confDir = dirname(/--conf-path=(\S+)/.exec(text)?.[1] ?? `${prefix}/conf/nginx.conf`);
  const modulesDir = /--modules-path=(\S+)/.exec(text)?.[1] ?? '/usr/lib/nginx/modules';
  const so = join(modulesDir, 'ngx_http_brotli_static_module.so');
  // Built in (a static --add-module), or Debian's loadable module.
  const brotliModule = /--add-module=\S*brotli/.test(text) ? '' : exists(so) ? so : null;
  return { version, gzipStatic: /--with-http_gzip_static_module/.test(text), confDir, brotliModule };
}

export interface NginxOptions {
  /** The built site to serve: `current` links to it. Leave out to serve what is deployed in `kbRoot`. */
  siteDir?: string;
  /** An install directory (releases/, current); default a new temp dir. */
  kbRoot?: string;
  base: string;
  port: number;
  host?: string;
  /** Turn brotli_static on when the module is there (default true). */
  brotli?: boolean;
}

export interface RunningNginx {
  origin: string;
  brotli: boolean;
  build: NginxBuild;
  stop(): Promise<void>;
}

/**
 * Installs deploy/nginx/ into `kbRoot/nginx/` rendered for `base`, the way deploy/kb-deploy.sh does
 * (kb-site.conf, kb-server.conf, kb-headers.conf, enabled/ with kb-brotli.conf when asked).
 */
function installNginxConf(kbRoot: string, base: string, listen: string, brotli: boolean): void {
  const dir = join(kbRoot, 'nginx');
  mkdirSync(join(dir, 'enabled'), { recursive: true });
  for (const name of ['kb-site.conf', 'kb-server.conf']) {
    const template = readFileSync(join(DEPLOY_NGINX, `${name}.template`), 'utf8');
    writeFileSync(join(dir, name), renderTemplate(template, { base, root: kbRoot, listen }));
  }
  copyFileSync(join(DEPLOY_NGINX, 'kb-headers.conf'), join(dir, 'kb-headers.conf'));
  copyFileSync(join(DEPLOY_NGINX, 'kb-brotli.conf'), join(dir, 'kb-brotli.conf'));
  rmSync(join(dir, 'enabled', 'kb-brotli.conf'), { force: true });
  if (brotli) copyFileSync(join(DEPLOY_NGINX, 'kb-brotli.conf'), join(dir, 'enabled', 'kb-brotli.conf'));
}

/** The main nginx.conf of a distribution, cut down to one foreground process tree in `prefix`. */
function mainConf(prefix: string, build: NginxBuild, kbRoot: string, brotli: boolean): string {
  const asRoot = process.getuid?.() === 0;
  return [
    brotli && build.brotliModule ? `load_module ${build.brotliModule};` : '',
    // As root, nginx would hand requests to "nobody", who may not read a checkout under /root.
    asRoot ? 'user root;' : '',
    'worker_processes 2;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 256; }',
    'http {',
    `  include ${build.confDir}/mime.types;`,
    '  default_type application/octet-stream;',
    '  sendfile on;',
    '  gzip on;',
    `  access_log ${prefix}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${prefix}/${t}_temp;`),
    `  include ${kbRoot}/nginx/kb-server.conf;`,
    '}',
    '',
  ].join('\n');
}

function waitForPort(host: string, port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  return new Promise((ok, fail) => {
    let exited = false;
    child.once('exit', (code) => {
      exited = true;
      fail(new Error(`nginx exited with ${code} before serving:\n${log()}`));
    });
    const attempt = () => {
      if (exited) return;
      const socket = connect(port, host);
      socket.once('connect', () => {
        socket.destroy();
        ok();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nginx did not listen on ${host}:${port}:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Rejects when something listens on host:port already (the tests would talk to it, not to nginx). */
function portFree(host: string, port: number): Promise<void> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', () => fail(new Error(`${host}:${port} is in use; set KB_NGINX_PORT (or pass another port).`)));
    probe.listen(port, host, () => probe.close(() => ok()));
  });
}

/** Starts nginx in the foreground on host:port; `stop()` shuts it down and removes its temp files. */
export async function startNginx(options: NginxOptions): Promise<RunningNginx> {
  const bin = findNginx();
  if (!bin) throw new Error(NO_NGINX);
  const host = options.host ?? '127.0.0.1';
  await portFree(host, options.port);
  const build = nginxBuild(bin);
  if (!build.gzipStatic) throw new Error(`${bin} (nginx ${build.version}) lacks gzip_static, which deploy/nginx/ needs.`);
  const brotli = (options.brotli ?? true) && build.brotliModule !== null;
  const prefix = mkdtempSync(join(tmpdir(), 'kb-nginx-'));
  const ownRoot = options.kbRoot === undefined;
  const kbRoot = options.kbRoot ?? join(prefix, 'kb');
  mkdirSync(kbRoot, { recursive: true });
  chmodSync(prefix, 0o755);
  if (options.siteDir) {
    const site = resolve(options.siteDir);
    if (!existsSync(join(site, 'index.html'))) throw new Error(`${options.siteDir} holds no built site; run \`npm run build\` first.`);
    rmSync(join(kbRoot, 'current'), { force: true });
    symlinkSync(site, join(kbRoot, 'current'));
  }
  installNginxConf(kbRoot, options.base, `${host}:${options.port}`, brotli);
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(conf, mainConf(prefix, build, kbRoot, brotli));
  const args = ['-p', prefix, '-c', conf, '-e', join(prefix, 'error.log')];
  const test = spawnSync(bin, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error(`nginx rejects the configuration:\n${test.stderr}`);
  const child = spawn(bin, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const errorLog = join(prefix, 'error.log');
  const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  // A caller that exits without stop(): no nginx and no temp files are left behind.
  const onExit = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    rmSync(prefix, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= new Promise<void>((ok) => {
      const done = () => {
        process.off('exit', onExit);
        rmSync(prefix, { recursive: true, force: true });
        if (!ownRoot && options.siteDir) rmSync(join(kbRoot, 'current'), { force: true });
        ok();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      // TERM: fast shutdown of the master and its workers.
      child.kill('SIGTERM');
    }));
  try {
    await waitForPort(host, options.port, child, log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { origin: `http://${host}:${options.port}`, brotli, build, stop };
}
