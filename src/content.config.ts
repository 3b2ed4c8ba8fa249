import { defineCollection } from 'astro:content';
import { entriesLoader } from './content/entries-loader.ts';
import { entrySchema } from './lib/entry-schema.ts';

// KB_CONTENT_DIR lets tests and the scale benchmark build from another content tree.
const contentDir = process.env.KB_CONTENT_DIR ?? './content';

const entries = defineCollection({
  loader: entriesLoader(`${contentDir.replace(/\/$/, '')}/entries`),
  schema: entrySchema,
});

export const collections = { entries };
