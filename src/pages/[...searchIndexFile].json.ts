// The search index files of every language (src/lib/search/sharded-index.ts), at the paths
// src/lib/search/index-location.ts gives them: each version's manifest under /<lang>/search/ and its
// hashed files under /search-index/. Fetched only when search is used, and then only in part.
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFilesByPath } from '../data/search-index.ts';

export const getStaticPaths = (async () =>
  [...(await searchIndexFilesByPath()).keys()].map((path) => ({ params: { searchIndexFile: path.replace(/\.json$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const body = (await searchIndexFilesByPath()).get(`${params.searchIndexFile}.json`);
  if (body === undefined) return new Response('not found', { status: 404 });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
