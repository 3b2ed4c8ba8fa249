// /<lang>/wizard/data/class/<class id>.json: the candidates of one symptom class (src/lib/wizard.ts
// ClassList), fetched by the wizard when a reader chooses the class.
import type { APIRoute, GetStaticPaths } from 'astro';
import { wizardData } from '../../../../../data/wizard.ts';
import { LANGS, type Lang } from '../../../../../lib/locales.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of LANGS) for (const id of (await wizardData(lang)).lists.keys()) paths.push({ params: { lang, id } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const list = (await wizardData(params.lang as Lang)).lists.get(params.id!)!;
  return new Response(JSON.stringify(list), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
