// The content tree the site is built from. KB_CONTENT_DIR lets tests and the scale benchmark build
// from another tree; astro.config, the collection and the pages must agree on it.
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.KB_CONTENT_DIR ?? './content').replace(/\/$/, '');
}
