// Link checker over a built site: every internal href/src/srcset/action (and the targets of our
// redirect pages), every #anchor, the URLs in the sitemap, the Atom feeds and /api/entries.json, and
// CSS url(…)s. Honors the base path: a link that leaves BASE_PATH is broken. Resources loaded from
// another origin are broken too (the site must make no request outside its origin); external <a>
// links are only counted.
//
// Usage: node tools/check-links.ts [--dir dist] [--base /] [--site http://localhost:4321]
//                                     [--allow-missing <lang>/search/,…]   (local testing only)
// Exit 1 when anything is broken. `checkLinks()` is the same check for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { normaliseBase, normaliseSite } from '../src/lib/deploy.ts';
import { LANGS } from '../src/lib/locales.ts';

/** The name hast gives an attribute's property: data-target-en → dataTargetEn. */
function hastProperty(attribute: string): string {
  return attribute.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** How a URL is used: navigated to, loaded as a resource, or followed by one of our redirect pages. */
type LinkKind = 'nav' | 'resource' | 'forward';

/** Attributes that hold a URL (hast property names), and how the browser uses it. */
const URL_ATTRS: Record<string, LinkKind> = {
  href: 'nav',
  src: 'resource',
  poster: 'resource',
  action: 'nav',
  // Our redirect pages: a permalink page's /lang-redirect.js (written by src/pages/lang-redirect.js.ts)
  // takes each language's address from data-target-<lang>; an old slug's public/moved.js from data-to.
  ...Object.fromEntries(LANGS.map((lang) => [hastProperty(`data-target-${lang}`), 'forward' as const])),
  [hastProperty('data-to')]: 'forward',
};
const htmlParser = unified().use(rehypeParse);
const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon']);

/** One URL found in a built file, absolute. */
export interface LinkRef {
  /** The served path of the file it is in. */
  from: string;
  url: string;
  kind: LinkKind;
}

export interface BrokenLink extends LinkRef {
  reason: string;
}

/** What an HTML page offers to links: its ids, and where it forwards when it is a redirect page. */
interface PageTargets {
  ids: Set<string>;
  forwards: string[];
}

export interface CheckOptions {
  dir: string;
  base?: string;
  site?: string;
  /** Path prefixes (after the base) whose missing targets are reported as allowed, not broken. */
  allowMissing?: string[];
}

export interface LinkReport {
  base: string;
  origin: string;
  files: number;
  pages: number;
  links: number;
  targets: number;
  anchors: number;
  external: number;
  allowed: BrokenLink[];
  broken: BrokenLink[];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** URL path a built file is served at: <lang>/faq/x/index.html → <base><lang>/faq/x/ */
function servedPath(rel: string, base: string): string {
  const posix = rel.split(sep).join('/');
  return base + (posix === 'index.html' ? '' : posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e: string) => ENTITIES[e] ?? _);
}

/** The URLs one element refers to, and what it adds to its page's ids and forwards. */
function elementRefs(node: Element, path: string, pageUrl: string, page: PageTargets, refs: LinkRef[]): void {
  const p = node.properties ?? {};
  if (typeof p.id === 'string') page.ids.add(p.id);
  if (node.tagName === 'a' && typeof p.name === 'string') page.ids.add(p.name);
  const rels = Array.isArray(p.rel) ? p.rel.map(String) : [];
  for (const [attr, role] of Object.entries(URL_ATTRS)) {
    const value = p[attr];
    if (typeof value !== 'string' || value === '') continue;
    let kind = role;
    if (attr === 'href' && node.tagName === 'link' && rels.some((r) => RESOURCE_RELS.has(r))) kind = 'resource';
    if (role === 'forward') page.forwards.push(new URL(value, pageUrl).href);
    refs.push({ from: path, url: new URL(value, pageUrl).href, kind });
  }
  if (typeof p.srcSet === 'string' || Array.isArray(p.srcSet)) {
    const srcset = Array.isArray(p.srcSet) ? p.srcSet.join(',') : p.srcSet;
    for (const candidate of srcset.split(',')) {
      const u = candidate.trim().split(/\s+/)[0];
      if (u) refs.push({ from: path, url: new URL(u, pageUrl).href, kind: 'resource' });
    }
  }
  if (node.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'refresh' && typeof p.content === 'string') {
    const m = /url\s*=\s*(.+)$/i.exec(p.content);
    if (m?.[1]) refs.push({ from: path, url: new URL(m[1].trim().replace(/^['"]|['"]$/g, ''), pageUrl).href, kind: 'nav' });
  }
}

/** An HTML page: the ids and forwards it offers, the URLs it refers to. */
function readHtml(html: string, path: string, pageUrl: string, refs: LinkRef[]): PageTargets {
  const page: PageTargets = { ids: new Set(), forwards: [] };
  visit(htmlParser.parse(html), 'element', (node: Element) => elementRefs(node, path, pageUrl, page, refs));
  return page;
}

/** Feeds, sitemaps, the API: absolute URLs on our own origin, anywhere in the text. */
function readAbsoluteUrls(text: string, path: string, origin: string, refs: LinkRef[]): void {
  const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`${escaped}[^"'<>\\s\\\\]*`, 'g'))) {
    refs.push({ from: path, url: decodeEntities(m[0]), kind: 'nav' });
  }
}

/** CSS `url(…)`s other than data: URIs and SVG fragment references. */
function readCssUrls(text: string, path: string, pageUrl: string, refs: LinkRef[]): void {
  for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const target = m[2]!;
    if (!target.startsWith('data:') && !target.startsWith('#')) refs.push({ from: path, url: new URL(target, pageUrl).href, kind: 'resource' });
  }
}

/** Every file of the build: the HTML pages by served path, and every URL the files refer to. */
function readSite(dir: string, files: string[], base: string, origin: string): { pages: Map<string, PageTargets>; refs: LinkRef[] } {
  const pages = new Map<string, PageTargets>();
  const refs: LinkRef[] = [];
  for (const file of files) {
    const path = servedPath(relative(dir, file), base);
    const pageUrl = origin + path;
    if (file.endsWith('.html')) pages.set(path, readHtml(readFileSync(file, 'utf8'), path, pageUrl, refs));
    else if (/\.(xml|json)$/.test(file)) readAbsoluteUrls(readFileSync(file, 'utf8'), path, origin, refs);
    else if (file.endsWith('.css')) readCssUrls(readFileSync(file, 'utf8'), path, pageUrl, refs);
  }
  return { pages, refs };
}

/** Why a path on our origin leads nowhere, or null when it is served. */
function pathProblem(pathname: string, servedFiles: Set<string>, pages: Map<string, PageTargets>): string | null {
  if (pathname.endsWith('/')) return servedFiles.has(pathname) || pages.has(pathname) ? null : 'no such page';
  if (servedFiles.has(pathname)) return null;
  if (pages.has(`${pathname}/`)) return 'missing trailing slash (the server has to redirect)';
  return 'no such file';
}

/** Whether the page at `pathname` offers `id`, following our redirect pages to where they lead. */
function anchorFound(pages: Map<string, PageTargets>, origin: string, pathname: string, id: string, depth = 0): boolean {
  const page = pages.get(pathname);
  if (!page) return true; // not HTML: anchors mean nothing
  if (page.forwards.length > 0 && depth < 3) {
    return page.forwards.every((f) => {
      const u = new URL(f);
      return u.origin === origin && anchorFound(pages, origin, decodeURI(u.pathname), id, depth + 1);
    });
  }
  return page.ids.has(id);
}

/**
 * Checks a built site in `dir` as served at `site` + `base`: every link, asset, #anchor and absolute
 * URL in it must resolve to a file of the build, under the base path, on the same origin.
 */
export function checkLinks({ dir, base: rawBase = '/', site: rawSite, allowMissing = [] }: CheckOptions): LinkReport {
  const base = normaliseBase(rawBase);
  const origin = normaliseSite(rawSite);
  const files = walk(dir);
  const servedFiles = new Set(files.map((f) => servedPath(relative(dir, f), base)));
  const { pages, refs } = readSite(dir, files, base, origin);

  const broken: BrokenLink[] = [];
  const allowed: BrokenLink[] = [];
  let external = 0;
  let anchors = 0;
  /** Each distinct target (path + hash) judged once: its problem, or null when it resolves. */
  const seen = new Map<string, string | null>();

  /** The problem of an on-origin URL, or null; counts the anchors it checks. */
  const problemOf = (pathname: string, hash: string): string | null => {
    let reason = pathname.startsWith(base) ? pathProblem(pathname, servedFiles, pages) : `outside the base path ${base}`;
    if (reason === null && hash.length > 1) {
      anchors++;
      const id = decodeURIComponent(hash.slice(1));
      const page = pathname.endsWith('/') || pages.has(pathname) ? pathname : `${pathname}/`;
      if (!anchorFound(pages, origin, page, id)) reason = `no element with id="${id}"`;
    }
    return reason;
  };

  for (const ref of refs) {
    const url = new URL(ref.url);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      if (url.protocol === 'javascript:') broken.push({ ...ref, reason: 'javascript: URL' });
      continue;
    }
    if (url.origin !== origin) {
      if (ref.kind === 'resource') broken.push({ ...ref, reason: 'loads from another origin' });
      else external++;
      continue;
    }
    const pathname = decodeURI(url.pathname);
    const key = `${pathname}#${url.hash}`;
    let reason = seen.get(key);
    if (reason === undefined) {
      reason = problemOf(pathname, url.hash);
      seen.set(key, reason);
    }
    if (reason === null) continue;
    const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
    if (allowMissing.some((prefix) => rest.startsWith(prefix))) allowed.push({ ...ref, reason });
    else broken.push({ ...ref, reason });
  }

  return {
    base,
    origin,
    files: files.length,
    pages: pages.size,
    links: refs.length,
    targets: seen.size,
    anchors,
    external,
    allowed,
    broken,
  };
}

/** Short report: counts, then each broken target once with up to 3 pages that link to it. */
export function formatReport(r: LinkReport): string {
  const lines = [
    `${r.pages} HTML pages, ${r.files} files under ${r.base}: ${r.links} links to ${r.targets} distinct targets (${r.anchors} with #anchors), ${r.external} external links; ${r.broken.length} broken${r.allowed.length ? `, ${r.allowed.length} allowed by --allow-missing` : ''}.`,
  ];
  const group = (list: BrokenLink[], label: string) => {
    const byTarget = new Map<string, string[]>();
    for (const b of list) byTarget.set(`${b.url} (${b.reason})`, [...(byTarget.get(`${b.url} (${b.reason})`) ?? []), b.from]);
    for (const [target, from] of byTarget) {
      lines.push(`  ${label} ${target}\n      linked from ${from.length} page(s): ${[...new Set(from)].slice(0, 3).join(', ')}${from.length > 3 ? ', …' : ''}`);
    }
  };
  group(r.broken, 'BROKEN');
  group(r.allowed, 'allowed');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: process.env.KB_OUT_DIR ?? 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      site: { type: 'string', default: process.env.SITE_URL },
      'allow-missing': { type: 'string', default: '' },
    },
  });
  const report = checkLinks({
    dir: values.dir,
    base: values.base,
    site: values.site,
    allowMissing: values['allow-missing'].split(',').map((s) => s.trim().replace(/^\//, '')).filter(Boolean),
  });
  console.log(formatReport(report));
  process.exit(report.broken.length > 0 ? 1 : 0);
}
