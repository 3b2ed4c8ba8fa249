// /api/entries.json: every entry for other tools (ticket bots, chat assistants, dashboards).
// The schema is documented in the README ("Data for tools") and typed in src/lib/entries-export.ts.
import type { APIRoute } from 'astro';
import { kbEntries } from '../../data/entries.ts';
import { buildEntriesExport } from '../../lib/entries-export.ts';
import { siteUrl } from '../../lib/deploy.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = buildEntriesExport(await kbEntries(), siteUrl(site).href, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
