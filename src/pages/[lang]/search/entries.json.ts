// The signature index of one language: what the search needs beyond Pagefind's full text (entry IDs,
// slugs, titles, signatures, aliases and symptoms of both languages). Fetched only when search is used.
import type { APIRoute, GetStaticPaths } from 'astro';
import { entriesFor } from '../../../data/entries.ts';
import type { IndexEntry, SearchIndexData } from '../../../lib/search/engine.ts';
import { componentById, label, LANGS, otherLang, type Lang } from '../../../lib/taxonomy.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const own = await entriesFor(lang);
  const other = new Map((await entriesFor(otherLang(lang))).map((e) => [e.id, e]));
  const entries: IndexEntry[] = own.map((e) => {
    const o = other.get(e.id);
    const od = o && o.contentLang !== e.contentLang ? o.data : undefined;
    const d = e.data;
    const component = componentById(d.component);
    const signatures = new Map<string, string>();
    for (const s of d.signatures) signatures.set(s, '');
    for (const c of d.causes) for (const s of c.signatures) signatures.set(s, c.key);
    return {
      id: d.id,
      slug: e.slug,
      title: d.title,
      component: d.component,
      componentLabel: component ? `${label(component, lang)}${od ? ` ${label(component, otherLang(lang))}` : ''}` : d.component,
      contentLang: e.contentLang,
      symptom: d.symptom,
      causes: d.causes.map((c) => ({ key: c.key, title: c.title })),
      signatures: [...signatures],
      fields: {
        title: od ? `${d.title} ${od.title}` : d.title,
        alias: [...new Set([...d.aliases, ...(od?.aliases ?? [])])],
        symptom: od ? `${d.symptom} ${od.symptom}` : d.symptom,
        cause: d.causes.map((c) => {
          const oc = od?.causes.find((x) => x.key === c.key);
          return oc ? [c.title, oc.title] : [c.title];
        }),
      },
    };
  });
  const body: SearchIndexData = { v: 1, lang, entries };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
