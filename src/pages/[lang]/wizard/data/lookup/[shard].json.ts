// /<lang>/wizard/data/lookup/<n>.json: entry id → symptom classes for a share of the entries
// (src/lib/wizard-legacy.ts), fetched only to read a link written by the first wizard.
import type { APIRoute, GetStaticPaths } from 'astro';
import { wizardData } from '../../../../../data/wizard.ts';
import { LANGS, type Lang } from '../../../../../lib/locales.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) {
    const { lookups } = await wizardData(lang);
    for (let shard = 0; shard < lookups.length; shard++) paths.push({ params: { lang, shard: String(shard) } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lookup = (await wizardData(params.lang as Lang)).lookups[Number(params.shard)]!;
  return new Response(JSON.stringify(lookup), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
