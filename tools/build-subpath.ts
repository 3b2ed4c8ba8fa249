// `npm run build:subpath`: the site as deployed under /docs/kb/ (see tools/lib/subpath.mjs), for
// `npm run test:e2e:subpath` and `node tools/serve.mjs --dir dist-subpath --base /docs/kb/`.
import { buildSubpath, SUBPATH } from './lib/subpath.mjs';

const result = buildSubpath({ stdio: 'inherit' });
if (result.status === 0) console.log(`Built ${SUBPATH.dir}/ for ${SUBPATH.site}${SUBPATH.base}`);
process.exit(result.status ?? 1);
