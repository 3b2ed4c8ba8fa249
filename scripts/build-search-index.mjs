// Post-build step of `npm run build`: the Pagefind full-text index of the entry pages, written inside
// the build's output directory (KB_OUT_DIR, default dist/) as pagefind/. Pagefind splits it by
// <html lang>, so zh and en get one index each; only `data-pagefind-body` (the entry article) is
// indexed. Result URLs are not used by the site (results are linked from the signature index by ID),
// and the client sets Pagefind's baseUrl from BASE_PATH, so sub-path builds need nothing here.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = resolve(process.env.KB_OUT_DIR ?? 'dist');
if (!existsSync(join(outDir, 'index.html'))) {
  console.error(`search index: ${outDir} holds no built site; run \`astro build\` first.`);
  process.exit(1);
}

const started = Date.now();
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();

function size(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    total += s.isDirectory() ? size(p) : s.size;
  }
  return total;
}
const kb = (size(join(outDir, 'pagefind')) / 1024).toFixed(0);
console.log(`search index: ${added.page_count} pages indexed into ${outDir}/pagefind (${kb} KB) in ${Date.now() - started} ms`);
