// What a page costs a reader on a slow intranet link, and whether it fits the page budget
// (ENTRY_PAGE_BUDGET below: what an entry page may transfer before the reader opens search; why
// these limits, in docs/benchmarks-pages.md). Pure: the browser-driven measuring lives in
// tools/lib/page-cost.ts and feeds these; `npm run bench:budget` and tests/e2e/budget.spec.ts use both.
import { formatBytes, KB } from './bytes.ts';

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'image' | 'data' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'image', 'data', 'other'];

/** One response as the browser received it: raw body bytes and the body's gzip size. */
export interface Transfer {
  url: string;
  kind: ResourceKind;
  raw: number;
  gzip: number;
  /** The body's bytes as the server sent them (compressed when it compressed), when known. */
  sent?: number;
}

export interface KindCost {
  count: number;
  raw: number;
  /** Bytes on the wire with gzip on text (see `wireBytes`). */
  gzip: number;
}

export interface PageCost {
  requests: number;
  raw: number;
  gzip: number;
  byKind: Record<ResourceKind, KindCost>;
}

export interface Budget {
  /** Everything transferred before the reader does anything, gzip bytes. */
  totalGzip: number;
  /** JavaScript among it, gzip bytes. */
  jsGzip: number;
}

export const ENTRY_PAGE_BUDGET: Budget = { totalGzip: 30 * KB, jsGzip: 10 * KB };

const BY_TYPE: [RegExp, ResourceKind][] = [
  [/^text\/html\b/, 'html'],
  [/^text\/css\b/, 'css'],
  [/^(?:text|application)\/(?:x-)?javascript\b/, 'js'],
  [/^font\/|^application\/(?:font-|x-font-)|woff/, 'font'],
  [/^image\//, 'image'],
  [/^application\/(?:[\w.+-]+\+)?json\b|^application\/wasm\b/, 'data'],
];
const BY_EXTENSION: [RegExp, ResourceKind][] = [
  [/\.html?$|\/$/, 'html'],
  [/\.css$/, 'css'],
  [/\.m?js$/, 'js'],
  [/\.(?:woff2?|ttf|otf|eot)$/, 'font'],
  [/\.(?:svg|png|jpe?g|gif|webp|avif|ico)$/, 'image'],
  [/\.(?:json|wasm|pagefind|pf_\w+)$/, 'data'],
];

/**
 * The kind of a response, from its Content-Type, else from the URL's extension (a server may send
 * a generic type such as application/octet-stream). Pagefind's index chunks (`.pf_index`, `.pf_fragment`, …) and its wasm count as data.
 */
export function resourceKind(url: string, contentType = ''): ResourceKind {
  const type = contentType.toLowerCase().trim();
  for (const [re, kind] of BY_TYPE) if (re.test(type)) return kind;
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // a bare path is fine
  }
  path = path.toLowerCase();
  for (const [re, kind] of BY_EXTENSION) if (re.test(path)) return kind;
  return 'other';
}

/**
 * Bytes a reader downloads for one response when the server gzips text (nginx with `gzip on` and
 * the usual gzip_types). Fonts and raster images are already compressed, so a server sends them as
 * they are; everything else counts at its gzip size, but never more than raw (a server does not
 * make a response bigger).
 */
export function wireBytes(t: Pick<Transfer, 'url' | 'kind' | 'raw' | 'gzip'>): number {
  const svg = /\.svg$/i.test(t.url.split(/[?#]/)[0]);
  if (t.kind === 'font' || (t.kind === 'image' && !svg)) return t.raw;
  return Math.min(t.raw, t.gzip);
}

export function pageCost(transfers: readonly Transfer[]): PageCost {
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((k) => [k, { count: 0, raw: 0, gzip: 0 }])) as Record<ResourceKind, KindCost>;
  let raw = 0;
  let gzip = 0;
  for (const t of transfers) {
    const wire = wireBytes(t);
    const k = byKind[t.kind];
    k.count += 1;
    k.raw += t.raw;
    k.gzip += wire;
    raw += t.raw;
    gzip += wire;
  }
  return { requests: transfers.length, raw, gzip, byKind };
}

/** Why a page is over budget, one line each; empty when it fits. */
export function overBudget(cost: PageCost, budget: Budget = ENTRY_PAGE_BUDGET): string[] {
  const out: string[] = [];
  if (cost.gzip > budget.totalGzip) out.push(`total ${kb(cost.gzip)} gzip > ${kb(budget.totalGzip)}`);
  if (cost.byKind.js.gzip > budget.jsGzip) out.push(`JS ${kb(cost.byKind.js.gzip)} gzip > ${kb(budget.jsGzip)}`);
  return out;
}

/** Median of a list (mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** `12.3 KB`: every figure of the budget in the same unit. */
export function kb(bytes: number): string {
  return formatBytes(bytes, { unit: 'KB' });
}
