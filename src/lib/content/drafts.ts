// Whether a build shows draft entries (status: draft, written by `npm run import`): the dev server
// does, so an author sees the import as it will look; a build only when asked with KB_DRAFTS=1. The
// Astro loader drops drafts otherwise, so no page, search index, wizard, feed, API or count sees one.
import type { EntryVersion } from './entry.ts';
import type { EntryFile } from './read.ts';

/** `dev`: running under `astro dev`; `env`: the process environment. */
export function draftsShown(dev: boolean, env: Record<string, string | undefined>): boolean {
  return dev || env.KB_DRAFTS === '1';
}

export const isDraft = (v: Pick<EntryVersion, 'data'>): boolean => v.data.status === 'draft';

/** A file whose frontmatter says it is a draft (before the schema: for the id → slug map). */
export const isDraftFile = (f: Pick<EntryFile, 'frontmatter'>): boolean => f.frontmatter?.status === 'draft';
