// The entries of the built site as /api/entries.json lists them: browser tests take their expected
// counts from here, so adding or retiring an entry changes no test.
import type { APIRequestContext } from '@playwright/test';

export interface ExportedEntry {
  id: string;
  status: 'active' | 'retired';
}

export async function exportedEntries(request: APIRequestContext, base = '/'): Promise<ExportedEntry[]> {
  const response = await request.get(`${base}api/entries.json`);
  if (!response.ok()) throw new Error(`${base}api/entries.json: HTTP ${response.status()}`);
  return ((await response.json()) as { entries: ExportedEntry[] }).entries;
}

/** The entries pages list (home, component pages, wizard, feed): the ones not retired. */
export const activeEntries = (entries: readonly ExportedEntry[]) => entries.filter((e) => e.status === 'active');
