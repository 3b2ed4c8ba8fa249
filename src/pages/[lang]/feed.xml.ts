// /<lang>/feed.xml: Atom feed of new and updated entries (newest `reviewed` first) in one language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { activeEntriesFor } from '../../data/entries.ts';
import { atomFeed } from '../../lib/atom.ts';
import { componentById, label } from '../../lib/taxonomy.ts';
import { htmlLang, LANGS, type Lang } from '../../lib/locales.ts';
import { siteUrl } from '../../lib/deploy.ts';
import { FEED_SIZE } from '../../lib/listing.ts';
import { makeUrls } from '../../lib/urls.ts';
import { t } from '../../i18n/index.ts';


export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const origin = siteUrl(site).origin;
  const urls = makeUrls(import.meta.env.BASE_URL);
  const entries = (await activeEntriesFor(lang))
    .sort((a, b) => b.data.reviewed.localeCompare(a.data.reviewed) || a.id.localeCompare(b.id, undefined, { numeric: true }))
    .slice(0, FEED_SIZE);
  const xml = atomFeed({
    id: `${origin}${urls.asset(`${lang}/feed.xml`)}`,
    title: t(lang, 'feed.title', { site: t(lang, 'site.name') }),
    subtitle: t(lang, 'site.tagline'),
    lang: htmlLang(lang),
    selfUrl: `${origin}${urls.asset(`${lang}/feed.xml`)}`,
    siteUrl: `${origin}${urls.home(lang)}`,
    author: t(lang, 'site.name'),
    entries: entries.map((e) => {
      const component = componentById(e.data.component);
      return {
        id: `urn:bk-paas-kb:${lang}:${e.id}`,
        title: `${e.id} ${e.data.title}`,
        url: `${origin}${urls.entry(lang, e.slug)}`,
        updated: e.data.reviewed,
        summary: e.data.symptom,
        category: component ? { term: component.id, label: label(component, lang) } : undefined,
      };
    }),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
