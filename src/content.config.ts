import { defineCollection } from 'astro:content';
import { contentDir } from './lib/content/content-dir.ts';
import { entriesLoader } from './lib/content/astro-loader.ts';

// One item per entry file ("<lang>/<slug>"): the parsed frontmatter and the rendered body. Pages read
// the bilingual records through src/data/entries.ts and use the item only to render the body.
const entries = defineCollection({ loader: entriesLoader(contentDir()) });

export const collections = { entries };
