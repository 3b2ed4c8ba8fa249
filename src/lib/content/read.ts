// The one reader of the entry files: content/entries/<lang>/<slug>.md(x), each read and parsed once
// into an `EntryFile` (frontmatter as YAML gave it, body, and where each field sits in the file so a
// problem can name its line). The Astro loader, `npm run check`, astro.config's id → slug map, the
// tests and the benches all start here. Validation is not done here: see check.ts.
import { readdir, readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { LANGS, type Lang } from '../locales.ts';
import { isDraftFile } from './drafts.ts';
import { ENTRY_ID } from './schema.ts';

const ENTRIES_DIR = 'entries';
const ENTRY_FILE = /\.mdx?$/;
const READ_BATCH = 64;

export interface EntryFile {
  /** Path of the source file, as shown to authors. */
  file: string;
  lang: Lang;
  /** File name without extension: the URL segment, the same in every language. */
  slug: string;
  /** The raw text of the file. */
  source: string;
  /** Frontmatter as YAML parsed it, before the schema; undefined when the YAML is broken. */
  frontmatter: Record<string, unknown> | undefined;
  /** Why the frontmatter could not be read, when it could not. */
  yamlError?: string;
  /** The Markdown body, trimmed (what the renderer gets). */
  body: string;
  /** File line (1-based) where `body` starts. */
  bodyLine: number;
  /** The frontmatter's lines as written, for locating fields (index 0 is file line 2). */
  frontmatterLines: string[];
}

/** Parses one file's text (pure: the loader and the tests hand in text they already have). */
export function parseEntryFile(file: string, lang: Lang, slug: string, source: string): EntryFile {
  const closing = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  const frontmatterLines = closing ? closing[1]!.split(/\r?\n/) : [];
  try {
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
    // 'empty-with-lines' blanks the frontmatter but keeps its line breaks, so the lines before the
    // first text are the file lines before the body.
    const bodyLine = content.slice(0, content.length - content.trimStart().length).split('\n').length;
    return { file, lang, slug, source, frontmatter, body: content.trim(), bodyLine, frontmatterLines };
  } catch (error) {
    const yamlError = (error as Error).message.split('\n')[0]!;
    return { file, lang, slug, source, frontmatter: undefined, yamlError, body: '', bodyLine: 1, frontmatterLines };
  }
}

/** Language and slug of an entry path such as "zh/paas-agent-wont-start.md" (or a collection id). */
export function parseEntryPath(path: string): { lang: Lang; slug: string } | undefined {
  const [lang, name, ...rest] = path.split('/');
  if (rest.length > 0 || !name || !(LANGS as readonly string[]).includes(lang!)) return undefined;
  return { lang: lang as Lang, slug: name.replace(ENTRY_FILE, '') };
}

/** Every entry file under `<contentDir>/entries/<lang>/`, in language then name order. */
export async function readEntryFiles(contentDir: string): Promise<EntryFile[]> {
  const out: EntryFile[] = [];
  for (const lang of LANGS) {
    const dir = join(contentDir, ENTRIES_DIR, lang);
    const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => ENTRY_FILE.test(n)).sort();
    // A few files at a time: one by one is slow on a large tree, all at once can run out of handles.
    for (let i = 0; i < names.length; i += READ_BATCH) {
      const batch = names.slice(i, i + READ_BATCH);
      const sources = await Promise.all(batch.map((name) => readFile(join(dir, name), 'utf8')));
      batch.forEach((name, k) => out.push(parseEntryFile(join(dir, name), lang, name.replace(ENTRY_FILE, ''), sources[k]!)));
    }
  }
  return out;
}

/** The same, synchronously: astro.config needs the id → slug map before anything async runs. */
export function readEntryFilesSync(contentDir: string): EntryFile[] {
  const out: EntryFile[] = [];
  for (const lang of LANGS) {
    const dir = join(contentDir, ENTRIES_DIR, lang);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => ENTRY_FILE.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(dir, name);
      out.push(parseEntryFile(file, lang, name.replace(ENTRY_FILE, ''), readFileSync(file, 'utf8')));
    }
  }
  return out;
}

/** id → slug for prose links (slugs are the same in every language; the first file wins). Drafts
 *  are left out unless `drafts`: a normal build has no page for them to link to. */
export function slugIndex(files: readonly EntryFile[], { drafts = false } = {}): Record<string, string> {
  const index: Record<string, string> = {};
  for (const f of files) {
    if (!drafts && isDraftFile(f)) continue;
    const id = f.frontmatter?.id;
    if (typeof id === 'string' && ENTRY_ID.test(id) && !index[id]) index[id] = f.slug;
  }
  return index;
}

/**
 * The file line (1-based) where a frontmatter field is written: "causes.2.check" finds the third
 * item under `causes:` and its `check:` key. Falls back to the nearest enclosing field found, and
 * to line 1 (the opening `---`) for a field that is missing altogether.
 */
export function fieldLine(f: Pick<EntryFile, 'frontmatterLines'>, field: string): number {
  const parts = field.split(/[.\s]/).filter(Boolean);
  const lines = f.frontmatterLines;
  const indent = (s: string) => /^\s*/.exec(s)![0].length;
  let from = 0;
  let to = lines.length;
  let found = -1;
  let depth = 0;
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      if (found < 0 || /:\s*\[/.test(lines[found]!)) break;
      const items: number[] = [];
      let itemIndent = -1;
      for (let i = found + 1; i < to; i++) {
        const m = /^(\s*)- /.exec(lines[i]!);
        if (!m) continue;
        if (itemIndent < 0) itemIndent = m[1]!.length;
        if (m[1]!.length === itemIndent) items.push(i);
      }
      const n = Number(part);
      if (n >= items.length) break;
      found = items[n]!;
      from = found;
      to = items[n + 1] ?? to;
      depth = indent(lines[found]!) + 2;
      continue;
    }
    const key = new RegExp(`^\\s*(?:- )?${part.replace(/[^\w-]/g, '')}:`);
    let hit = -1;
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (key.test(line) && (depth === 0 ? indent(line) === 0 : indent(line.replace(/^(\s*)- /, '$1  ')) >= depth)) {
        hit = i;
        break;
      }
    }
    if (hit < 0) break;
    found = hit;
    from = hit;
    const own = indent(lines[hit]!.replace(/^(\s*)- /, '$1  '));
    let end = hit + 1;
    while (end < to && (lines[end]!.trim() === '' || indent(lines[end]!) > own || /^\s*- /.test(lines[end]!) && indent(lines[end]!) >= own && depth === 0)) end++;
    to = end;
    depth = own + 1;
  }
  return found < 0 ? 1 : found + 2;
}
