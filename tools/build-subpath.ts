// `npm run build:subpath`: the site as deployed under /docs/kb/ (see tools/lib/subpath.ts), for
// tests/dist/subpath.test.ts, `npm run test:e2e:subpath` and
// `node tools/serve.ts --dir dist-subpath --base /docs/kb/`.
// With --if-stale, builds only when dist-subpath/ is missing or older than the site's sources (the
// sub-path browser suite starts with this, so it can run on its own).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { staleReason } from './lib/freshness.ts';
import { buildSubpath, SUBPATH } from './lib/subpath.ts';

const { values } = parseArgs({ options: { 'if-stale': { type: 'boolean', default: false } } });
const root = fileURLToPath(new URL('..', import.meta.url));

const reason = staleReason(root, SUBPATH.dir);
if (values['if-stale'] && reason === null) {
  console.log(`${SUBPATH.dir}/ is up to date.`);
  process.exit(0);
}
if (values['if-stale']) console.log(`Building ${SUBPATH.dir}/ (${reason})…`);
const result = buildSubpath({ stdio: 'inherit' });
if (result.status === 0) console.log(`Built ${SUBPATH.dir}/ for ${SUBPATH.site}${SUBPATH.base}`);
process.exit(result.status ?? 1);
