// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeCodeBlocks } from './src/lib/markdown/rehype-code-blocks.ts';
import { normaliseBase, normaliseSite } from './src/lib/deploy.ts';
import { DEFAULT_LANG, LANGS, LOCALES } from './src/lib/locales.ts';
import { rehypeEntryLinks } from './src/lib/markdown/rehype-entry-refs.ts';
import { contentDir } from './src/lib/content/content-dir.ts';
import { readEntryFilesSync, slugIndex } from './src/lib/content/read.ts';

// Deployment is configured from the environment (docs/contracts.md): SITE_URL is the absolute origin used for
// copied links, sitemap and feeds; BASE_PATH the sub-path the site is served under (e.g. /docs/kb/).
const site = normaliseSite(process.env.SITE_URL);
const base = normaliseBase(process.env.BASE_PATH);
// id → slug for prose links, from the same reader as the content collection. Draft ids only in a
// KB_DRAFTS=1 build (under `astro dev` a draft's id in prose stays unlinked: the config cannot know
// the command yet).
const slugById = slugIndex(readEntryFilesSync(contentDir()), { drafts: process.env.KB_DRAFTS === '1' });

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.KB_OUT_DIR ?? './dist',
  // The content-layer cache remembers file paths; a build from another content tree (tests, bench)
  // must not share it with the real one.
  cacheDir: process.env.KB_CONTENT_DIR ? `${process.env.KB_OUT_DIR ?? './dist'}-cache` : './node_modules/.astro',
  build: { format: 'directory' },
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Code blocks are highlighted by our own rehype plugin (Shiki at build time), so the MDX body and
    // the Markdown in frontmatter (causes) go through one code-block pipeline.
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeCodeBlocks, [rehypeEntryLinks, { base, slugById }]], smartypants: false }),
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LOCALES.map((l) => [l.id, l.htmlLang])) },
      // Permalink choosers and the 404 page are not for search engines. Match after the base path:
      // under BASE_PATH=/docs/kb/ every URL contains "/kb/".
      filter: (page) => !/^(kb\/|404\/?$)/.test(new URL(page).pathname.slice(base.length)),
    }),
  ],
  devToolbar: { enabled: false },
  // No inline scripts: the Content-Security-Policy allows only same-origin script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
