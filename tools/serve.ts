// Serves the built site the way a plain web server would: static files under BASE_PATH, directory
// index.html, a real 404 status with the 404 page. Used by `npm start` and the browser tests, so
// several servers (root and sub-path builds) can run side by side.
// Usage: node tools/serve.ts [--dir dist] [--port 4321] [--host localhost] [--base /docs/kb/] [--precompressed]
// --precompressed sends `<file>.gz` when it exists and the client accepts gzip (nginx `gzip_static on`);
// `npm run bench:lighthouse` uses it on a gzipped copy of the build, as a tuned server would send it.
import { createServer, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { normaliseBase } from '../src/lib/deploy.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: 'localhost' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    precompressed: { type: 'boolean', default: false },
  },
});
const dir = resolve(values.dir);
const base = normaliseBase(values.base);
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`${values.dir}/ holds no built site; run \`npm run build\` first.`);
  process.exit(1);
}
const notFoundPage = join(dir, '404.html');
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: values.precompressed, brotli: false });

function notFound(res: ServerResponse): void {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(existsSync(notFoundPage) ? readFileSync(notFoundPage) : 'Not found');
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (!url.pathname.startsWith(base)) {
    if (`${url.pathname}/` === base) {
      res.writeHead(301, { Location: base + url.search }).end();
      return;
    }
    notFound(res);
    return;
  }
  req.url = `/${url.pathname.slice(base.length)}${url.search}`;
  // Directories are addressed with a trailing slash (trailingSlash: 'always'); redirect like nginx does.
  const local = join(dir, decodeURIComponent(url.pathname.slice(base.length)));
  if (!url.pathname.endsWith('/') && existsSync(join(local, 'index.html'))) {
    res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  files(req, res, () => notFound(res));
});

server.listen(Number(values.port), values.host, () => {
  const shown = values.host === '0.0.0.0' ? 'localhost' : values.host;
  console.log(`Serving ${values.dir}/ at http://${shown}:${values.port}${base}`);
});
