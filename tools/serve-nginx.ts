// `npm run serve:nginx`: serves a build behind a real nginx with deploy/nginx/ — the way a server
// does, headers, caching and compression included. Playwright's nginx suites start it; on its own:
//   node tools/serve-nginx.ts [--dir dist] [--port 4321] [--base /docs/kb/] [--no-brotli]
// Stops nginx on Ctrl+C or SIGTERM.
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/lib/deploy.ts';
import { startNginx } from './lib/nginx.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    'no-brotli': { type: 'boolean', default: false },
  },
});
try {
  const nginx = await startNginx({ siteDir: values.dir, base: values.base, port: Number(values.port), host: values.host, brotli: !values['no-brotli'] });
  console.log(`nginx ${nginx.build.version} serving ${values.dir}/ at ${nginx.origin}${normaliseBase(values.base)}${nginx.brotli ? ' (gzip_static, brotli_static)' : ' (gzip_static)'}`);
  const quit = () => void nginx.stop().then(() => process.exit(0));
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
