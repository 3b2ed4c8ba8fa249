// Moved to ./content/schema.ts; kept as a re-export for modules outside the content area that still
// import the entry types from here (lib/search/index-entry.ts, components/CauseItem.astro).
export type { Cause, EntryData } from './content/schema.ts';
