// Post-build step of `npm run build`: `.gz` and `.br` beside every text file of the build
// (KB_OUT_DIR, default dist/; or the directory given), for servers with gzip_static / brotli_static.
// Usage: node tools/precompress.ts [dir]
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatBytes } from './lib/bytes.ts';
import { precompressDir } from './lib/precompress.ts';

const dir = resolve(process.argv[2] ?? process.env.KB_OUT_DIR ?? 'dist');
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`precompress: ${dir} holds no built site; run \`npm run build\` first.`);
  process.exit(1);
}
const started = Date.now();
const r = precompressDir(dir);
const size = (n: number) => formatBytes(n);
console.log(
  `precompress: ${r.files} text files (${size(r.raw)}) → gzip ${size(r.sent.gzip)} (${r.written.gzip} .gz), ` +
    `brotli ${size(r.sent.br)} (${r.written.br} .br); ${r.skipped} not smaller, left out; ${r.removed} stale removed; ${Date.now() - started} ms`,
);
