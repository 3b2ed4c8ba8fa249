// `npm run check`: runs the content check (the same one the build runs, src/lib/content/check.ts) over
// every entry file without building the site, prints every problem as `file:line field: message`
// with how to fix it, and lists entries that lack a translation. Exit 1 on any problem.
// Usage: node tools/check-content.ts [contentDir]
import { missingLangs } from '../src/lib/content/entry.ts';
import { loadContent } from '../src/lib/content/load.ts';
import { formatProblems } from '../src/lib/content/problem.ts';

const contentDir = process.argv[2] ?? process.env.KB_CONTENT_DIR ?? 'content';
const { entries, versions, problems } = await loadContent(contentDir);

console.log(`${versions.length} entry files, ${entries.length} entries.`);
const untranslated = entries.flatMap((e) => missingLangs(e).map((lang) => ({ e, lang })));
if (untranslated.length > 0) {
  console.log(`Untranslated (${untranslated.length}); these pages fall back to another language:`);
  for (const { e, lang } of untranslated) console.log(`  ${e.id} has no ${lang} version (source: ${Object.values(e.files).join(', ')})`);
} else {
  console.log('Every entry exists in every language.');
}
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log('No content problems.');
