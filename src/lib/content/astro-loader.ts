// The content collection's loader: our reader and our content check, then Astro's own Markdown
// pipeline for the bodies (`renderMarkdown` runs astro.config's processor, the same one the glob
// loader would use). Any content problem stops `astro build` / `astro check` with the whole list.
// Store ids are "<lang>/<slug>", as the glob loader made them. See docs/decisions/1400.
// Drafts are checked with everything else, then left out of the store unless `drafts` is set: this
// is the one place a normal build loses them (docs/decisions/1700).
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { loadContent } from './load.ts';
import { isDraft } from './drafts.ts';
import { formatProblems } from './problem.ts';
import { slugIndex } from './read.ts';

export interface LoaderOptions {
  /** Keep draft entries (dev server, KB_DRAFTS=1); see drafts.ts. */
  drafts: boolean;
}

export function entriesLoader(contentDir: string, options: LoaderOptions): Loader {
  let watching = false;
  return {
    name: 'kb-entries',
    load: async (context) => {
      await load(contentDir, options, context);
      if (!context.watcher || watching) return;
      watching = true;
      const dir = resolve(contentDir);
      context.watcher.add(dir);
      context.watcher.on('all', (_event, path) => {
        if (resolve(path).startsWith(dir)) void load(contentDir, options, context).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function load(contentDir: string, options: LoaderOptions, { store, renderMarkdown, generateDigest, config }: LoaderContext): Promise<void> {
  const loaded = await loadContent(contentDir);
  if (loaded.problems.length > 0) throw new Error(formatProblems(loaded.problems));
  const versions = options.drafts ? loaded.versions : loaded.versions.filter((v) => !isDraft(v));

  const root = fileURLToPath(config.root);
  // A body's links to other entries depend on every entry's slug, so the map is part of each digest.
  const links = JSON.stringify(slugIndex(loaded.files, { drafts: options.drafts }));
  const sources = new Map(loaded.files.map((f) => [f.file, f.source]));
  const kept = new Set<string>();
  for (const v of versions) {
    const id = `${v.lang}/${v.slug}`;
    const filePath = relative(root, resolve(v.file)).split('\\').join('/');
    const digest = generateDigest(`${filePath}\n${links}\n${sources.get(v.file)}`);
    kept.add(id);
    const existing = store.get(id);
    if (existing?.digest === digest) {
      if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
      continue;
    }
    if (v.file.endsWith('.mdx')) {
      // MDX compiles to a component; Astro's MDX integration renders it from the file on demand.
      store.set({ id, data: v.data, body: v.body, filePath, digest, deferredRender: true });
    } else {
      const rendered = await renderMarkdown(v.body, { fileURL: pathToFileURL(resolve(v.file)) });
      store.set({ id, data: v.data, body: v.body, filePath, digest, rendered });
    }
  }
  for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
}
