// Formatting for the scale benchmark's report (`npm run bench`): one Markdown table, a column per
// corpus size, a row per figure. Rows marked `grows` are the pages and files that get bigger with
// the number of entries, flagged so a reader sees the limits.
import { formatBytes } from './bytes.ts';

export interface BenchRow {
  label: string;
  /** One value per corpus size, already measured; null when not measured. */
  values: (number | null)[];
  unit: 'bytes' | 'ms' | 'count' | 'text';
  grows?: boolean;
  text?: (string | null)[];
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

function cell(row: BenchRow, i: number): string {
  if (row.unit === 'text') return row.text?.[i] ?? '–';
  const v = row.values[i];
  if (v === null || v === undefined) return '–';
  if (row.unit === 'bytes') return formatBytes(v);
  if (row.unit === 'ms') return formatMs(v);
  return v.toLocaleString('en-US');
}

/** A Markdown table: `| figure | N=28 | N=1000 | … |`; rows that grow with N end in " ⚠ grows". */
export function formatTable(sizes: number[], rows: BenchRow[]): string {
  const head = `| figure | ${sizes.map((n) => `N = ${n.toLocaleString('en-US')}`).join(' | ')} |`;
  const rule = `| --- | ${sizes.map(() => '---:').join(' | ')} |`;
  const body = rows.map((r) => `| ${r.label}${r.grows ? ' ⚠ grows' : ''} | ${sizes.map((_, i) => cell(r, i)).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}
