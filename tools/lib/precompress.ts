// Precompression of a built site: `<file>.gz` and `<file>.br` beside every text file, so a web server
// with `gzip_static` / `brotli_static` sends compressed bytes without compressing per request
// (deploy/nginx/, docs/decisions/1900). Pagefind's index files and wasm are gzip inside already,
// so they are left alone; a variant is written only when it is smaller than the file itself.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text files a browser fetches from the site; everything else is sent as it is. */
export const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|map|webmanifest)$/i;

/** Brotli quality 0–11 (see `compress`). */
export const BROTLI_QUALITY = 6;

export type Encoding = 'gzip' | 'br';
export const SUFFIX: Record<Encoding, string> = { gzip: '.gz', br: '.br' };

/**
 * The file compressed: gzip at its strongest level (cheap), brotli at a middle quality, because its top
 * qualities cost many times the build time for a few percent (decision 1900). The same input gives the
 * same bytes on every run and machine (zlib writes no time or file name into a gzip header from a
 * Buffer), so two builds of the same sources deploy identical files.
 */
export function compress(data: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(data, { level: 9 });
  return brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
}

export interface PrecompressResult {
  /** Text files looked at. */
  files: number;
  raw: number;
  /** Per encoding: variants written, and the bytes a client would get for all text files. */
  written: Record<Encoding, number>;
  sent: Record<Encoding, number>;
  /** Variants that would not have been smaller than the file (not written). */
  skipped: number;
  /** Variants removed because their file is gone or no longer gains from compression. */
  removed: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/**
 * Writes `.gz` (and `.br`) beside every compressible file under `dir`, each with its file's
 * modification time (servers derive Last-Modified and ETag from the variant they send). Variants left
 * from an earlier run whose file is gone, or that would no longer be smaller, are removed, so the
 * directory never offers compressed bytes that differ from the file.
 */
export function precompressDir(dir: string, encodings: readonly Encoding[] = ['gzip', 'br']): PrecompressResult {
  const result: PrecompressResult = { files: 0, raw: 0, written: { gzip: 0, br: 0 }, sent: { gzip: 0, br: 0 }, skipped: 0, removed: 0 };
  const all = walk(dir);
  const present = new Set(all);
  for (const file of all) {
    const variantOf = Object.values(SUFFIX).find((s) => file.endsWith(s));
    if (variantOf) {
      const source = file.slice(0, -variantOf.length);
      if (!present.has(source) || !COMPRESSIBLE.test(source)) {
        rmSync(file);
        result.removed += 1;
      }
      continue;
    }
    if (!COMPRESSIBLE.test(file)) continue;
    const data = readFileSync(file);
    const { mtime } = statSync(file);
    result.files += 1;
    result.raw += data.length;
    for (const encoding of ['gzip', 'br'] as const) {
      const target = file + SUFFIX[encoding];
      const packed = encodings.includes(encoding) ? compress(data, encoding) : null;
      if (packed && packed.length < data.length) {
        writeFileSync(target, packed);
        utimesSync(target, mtime, mtime);
        result.written[encoding] += 1;
        result.sent[encoding] += packed.length;
        continue;
      }
      if (packed) result.skipped += 1;
      result.sent[encoding] += data.length;
      if (present.has(target)) {
        rmSync(target);
        result.removed += 1;
      }
    }
  }
  return result;
}
