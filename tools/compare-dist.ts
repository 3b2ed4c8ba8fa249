// Compares two builds by what a browser sees, not by bytes: every HTML page parsed into a DOM tree
// (so `&#39;` vs `'` or `data-file` vs `data-file=""`, which parse to the same thing, do not count),
// JSON compared as data with Pagefind's content-hashed ids left out, Pagefind fragments compared
// by their decoded content. Used to show that renaming entries from .mdx to .md changes nothing
// (docs/decisions/0801-entry-files-as-md.md).
// Usage: node tools/compare-dist.ts <dirA> <dirB>
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Text } from 'hast';
import { LANGS } from '../src/lib/locales.ts';
import { HASHED_INDEX_DIR, manifestDir, manifestHashOf, PAGEFIND_MAP_DIR } from '../src/lib/search/index-location.ts';

const [a, b] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node tools/compare-dist.ts <dirA> <dirB>');
  process.exit(2);
}

function files(dir: string): string[] {
  const out: string[] = [];
  (function walk(d: string) {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  })(dir);
  return out;
}

// Whitespace between these elements' children is never rendered (MDX writes "\n" between table
// rows, Markdown does not); everywhere else whitespace is kept, since it can matter.
const IGNORED_WHITESPACE_IN = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl']);

/** A DOM tree without source positions or unrendered whitespace. */
function tree(html: string): string {
  return JSON.stringify(fromHtml(html), (key, value: unknown) => {
    if (key === 'position') return undefined;
    const element = value as Element | null;
    if (element && IGNORED_WHITESPACE_IN.has(element.tagName)) {
      return { ...element, children: element.children.filter((c) => !(c.type === 'text' && /^\s*$/.test((c as Text).value))) };
    }
    return value;
  });
}

function fragmentContent(file: string): string {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  return text.slice(text.indexOf('{'));
}

// Pagefind's files and our Pagefind id maps (search-index/<version>/pf/<map hash>/) are named and
// keyed by content hashes; they are compared by content below. The index manifests name the map's
// hash: they are compared without it.
const pagefindMapFile = new RegExp(`^${HASHED_INDEX_DIR}/[0-9a-f]+/${PAGEFIND_MAP_DIR}/`);
const pagefindFile = (f: string) => f.startsWith('pagefind/') || pagefindMapFile.test(f);
const isManifest = (f: string) => LANGS.some((lang) => f.startsWith(`${manifestDir(lang)}/`) && manifestHashOf(f.slice(manifestDir(lang).length + 1)) !== undefined);
const withoutMapHash = (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), pfMap: undefined });
const listA = files(a).filter((f) => !pagefindFile(f));
const listB = new Set(files(b).filter((f) => !pagefindFile(f)));
const differences: string[] = [];
for (const f of listA) {
  if (!listB.delete(f)) {
    differences.push(`only in ${a}: ${f}`);
    continue;
  }
  const [x, y] = [readFileSync(join(a, f)), readFileSync(join(b, f))];
  if (x.equals(y)) continue;
  if (f.endsWith('.html')) {
    if (tree(x.toString('utf8')) !== tree(y.toString('utf8'))) differences.push(`DOM differs: ${f}`);
  } else if (isManifest(f)) {
    if (withoutMapHash(x.toString('utf8')) !== withoutMapHash(y.toString('utf8'))) differences.push(`search index manifest differs: ${f}`);
  } else if (isManifest(f.replace(/\.(?:gz|br)$/, ''))) {
    // A manifest's precompressed copies differ where the manifest does: compared above.
  } else {
    differences.push(`bytes differ: ${f}`);
  }
}
for (const f of listB) differences.push(`only in ${b}: ${f}`);

// The Pagefind id maps of each index version: the same entry positions, whatever the hashes.
const versions = (dir: string) => (existsSync(join(dir, HASHED_INDEX_DIR)) ? readdirSync(join(dir, HASHED_INDEX_DIR)) : []);
for (const version of new Set([...versions(a), ...versions(b)])) {
  const positions = (dir: string) => {
    const pf = join(dir, HASHED_INDEX_DIR, version, PAGEFIND_MAP_DIR);
    if (!existsSync(pf)) return '[]';
    return JSON.stringify(
      files(pf)
        .filter((n) => n.endsWith('.json'))
        .flatMap((n) => Object.values(JSON.parse(readFileSync(join(pf, n), 'utf8')) as Record<string, number>))
        .sort((m, n) => m - n),
    );
  };
  if (positions(a) !== positions(b)) differences.push(`Pagefind id map differs: ${HASHED_INDEX_DIR}/${version}/${PAGEFIND_MAP_DIR}/`);
}

// Pagefind: the set of fragment contents (what a result shows), whatever their hashed file names.
const fragments = (dir: string) =>
  readdirSync(join(dir, 'pagefind', 'fragment'))
    .map((n) => fragmentContent(join(dir, 'pagefind', 'fragment', n)))
    .sort();
const [fa, fb] = [fragments(a), fragments(b)];
const fbSet = new Set(fb);
const changed = fa.filter((c) => !fbSet.has(c));
if (changed.length || fa.length !== fb.length) differences.push(`Pagefind fragments: ${changed.length} of ${fa.length} differ in content`);

console.log(`${listA.length} files compared (Pagefind index files by fragment content)`);
for (const d of differences) console.log(`  ${d}`);
console.log(differences.length === 0 ? 'same output' : `${differences.length} difference(s)`);
process.exit(differences.length === 0 ? 0 : 1);
