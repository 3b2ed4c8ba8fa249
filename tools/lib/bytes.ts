// Byte counts as the benches, the budget gate and the build's size reports print them.
// One definition of "KB" (1024 bytes) and one way to write a size, so the figures in
// docs/benchmarks*.md read the same whichever tool printed them.

/** KB here is 1024 bytes. */
export const KB = 1024;

export interface ByteFormat {
  /** 'auto' picks B, KB, MB or GB by size; 'KB' always writes kilobytes, so a column compares at a glance. */
  unit?: 'auto' | 'KB';
  /** Decimals for 'KB' (default 1). */
  digits?: number;
}

/**
 * A size for a report. Auto: `512 B`, `12.3 KB`, `4.5 MB`, `3.67 GB` (one decimal, two for GB).
 * With `{ unit: 'KB' }`: `0.5 KB`, `1536.0 KB`; with `{ unit: 'KB', digits: 0 }`: `12 KB`.
 */
export function formatBytes(bytes: number, { unit = 'auto', digits = 1 }: ByteFormat = {}): string {
  if (unit === 'KB') return `${(bytes / KB).toFixed(digits)} KB`;
  if (bytes < KB) return `${bytes} B`;
  if (bytes < KB ** 2) return `${(bytes / KB).toFixed(1)} KB`;
  if (bytes < KB ** 3) return `${(bytes / KB ** 2).toFixed(1)} MB`;
  return `${(bytes / KB ** 3).toFixed(2)} GB`;
}
