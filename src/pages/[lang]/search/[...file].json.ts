// The search index files of one language (src/lib/search/sharded-index.ts): the manifest, term
// shards, entry records and word lists. Fetched only when search is used, and then only in part.
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFiles } from '../../../data/search-index.ts';
import { LANGS, type Lang } from '../../../lib/locales.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    for (const path of (await searchIndexFiles(lang)).keys()) paths.push({ params: { lang, file: path.replace(/\.json$/, '') } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const files = await searchIndexFiles(params.lang as Lang);
  const body = files.get(`${params.file}.json`);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
