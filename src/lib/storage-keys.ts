// The localStorage keys the site writes, in one place: each is read and written by different files
// (a page script and the blocking boot scripts built by src/lib/boot-scripts.ts), which must agree.
export const STORAGE_KEYS = {
  /** "light" | "dark": the reader's theme choice. */
  theme: 'kb-theme',
  /** A language id: the language the reader last chose; permalinks and "/" open in it. */
  lang: 'kb-lang',
  /** The searched words handed from a search result to the entry page it opens (used once). */
  searchHighlight: 'kb-search-highlight',
  /** The reader's values for placeholders (src/lib/placeholders.ts). */
  env: 'kb-env',
  /** The install layout (content/taxonomy/layouts.json id) the reader picked in the environment panel. */
  layout: 'kb-env-layout',
} as const;
