import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content/content-dir.ts';
import { entriesLoader } from './lib/content/astro-loader.ts';
import { draftsShown } from './lib/content/drafts.ts';

// One item per entry file ("<lang>/<slug>"): the parsed frontmatter and the rendered body. Pages read
// the bilingual records through src/data/entries.ts and use the item only to render the body.
// Drafts only under `astro dev` or with KB_DRAFTS=1 (see drafts.ts).
const entries = defineCollection({ loader: entriesLoader(contentDir(), { drafts: draftsShown(import.meta.env.DEV, process.env) }) });

export const collections = { entries };
