// Link checker over a built site: every internal href/src/srcset/action (and the targets of our
// redirect pages), every #anchor, the URLs in the sitemap, the Atom feeds and /api/entries.json, and
// CSS url(…)s. Honors the base path: a link that leaves BASE_PATH is broken. Resources loaded from
// another origin are broken too (the site must make no request outside its origin); external <a>
// links are only counted.
//
// Usage: node tools/check-links.mjs [--dir dist] [--base /] [--site http://localhost:4321]
//                                     [--allow-missing zh/search/,en/search/]   (local testing only)
// Exit 1 when anything is broken. `checkLinks()` is the same check for tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { visit } from 'unist-util-visit';
import { normaliseBase, normaliseSite } from '../src/lib/deploy.ts';

/** Attributes that hold a URL, and whether the browser loads it as a resource (vs. navigates). */
const URL_ATTRS = {
  href: 'nav',
  src: 'resource',
  poster: 'resource',
  action: 'nav',
  // Our redirect pages: public/lang-redirect.js (permalinks) and public/moved.js (old slugs).
  dataTargetZh: 'forward',
  dataTargetEn: 'forward',
  dataTo: 'forward',
};
const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon']);

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/** URL path a built file is served at: zh/faq/x/index.html → <base>zh/faq/x/ */
function servedPath(rel, base) {
  const posix = rel.split(sep).join('/');
  return base + (posix === 'index.html' ? '' : posix.endsWith('/index.html') ? posix.slice(0, -'index.html'.length) : posix);
}

function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" })[e]);
}

/**
 * @param {{ dir: string, base?: string, site?: string, allowMissing?: string[] }} options
 */
export function checkLinks({ dir, base: rawBase = '/', site: rawSite, allowMissing = [] }) {
  const base = normaliseBase(rawBase);
  const origin = normaliseSite(rawSite);
  const files = walk(dir);
  const servedFiles = new Set(files.map((f) => servedPath(relative(dir, f), base)));
  const parser = unified().use(rehypeParse);

  /** @type {Map<string, { ids: Set<string>, forwards: string[] }>} */
  const pages = new Map();
  /** @type {{ from: string, url: string, kind: string }[]} */
  const refs = [];

  for (const file of files) {
    const rel = relative(dir, file);
    const path = servedPath(rel, base);
    const pageUrl = origin + path;
    if (file.endsWith('.html')) {
      const tree = parser.parse(readFileSync(file, 'utf8'));
      const ids = new Set();
      const forwards = [];
      visit(tree, 'element', (node) => {
        const p = node.properties ?? {};
        if (typeof p.id === 'string') ids.add(p.id);
        if (node.tagName === 'a' && typeof p.name === 'string') ids.add(p.name);
        const rels = Array.isArray(p.rel) ? p.rel.map(String) : [];
        for (const [attr, role] of Object.entries(URL_ATTRS)) {
          const value = p[attr];
          if (typeof value !== 'string' || value === '') continue;
          let kind = role;
          if (attr === 'href' && node.tagName === 'link' && rels.some((r) => RESOURCE_RELS.has(r))) kind = 'resource';
          if (role === 'forward') forwards.push(new URL(value, pageUrl).href);
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
          if (m) refs.push({ from: path, url: new URL(m[1].trim().replace(/^['"]|['"]$/g, ''), pageUrl).href, kind: 'nav' });
        }
      });
      pages.set(path, { ids, forwards });
    } else if (/\.(xml|json)$/.test(file)) {
      // Feeds, sitemaps, the API: absolute URLs on our own origin.
      const text = readFileSync(file, 'utf8');
      const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const m of text.matchAll(new RegExp(`${escaped}[^"'<>\\s\\\\]*`, 'g'))) {
        refs.push({ from: path, url: decodeEntities(m[0]), kind: 'nav' });
      }
    } else if (file.endsWith('.css')) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
        if (!m[2].startsWith('data:') && !m[2].startsWith('#')) refs.push({ from: path, url: new URL(m[2], pageUrl).href, kind: 'resource' });
      }
    }
  }

  const broken = [];
  const allowed = [];
  let external = 0;
  let anchors = 0;
  const seen = new Map();

  const pathOk = (pathname) => {
    if (pathname.endsWith('/')) return servedFiles.has(pathname) || pages.has(pathname) ? null : 'no such page';
    if (servedFiles.has(pathname)) return null;
    if (pages.has(`${pathname}/`)) return 'missing trailing slash (the server has to redirect)';
    return 'no such file';
  };

  /** The ids a URL's page offers, following our redirect pages to where they lead. */
  const anchorOk = (pathname, id, depth = 0) => {
    const page = pages.get(pathname);
    if (!page) return true; // not HTML: anchors mean nothing
    if (page.forwards.length > 0 && depth < 3) {
      return page.forwards.every((f) => {
        const u = new URL(f);
        return u.origin === origin && anchorOk(decodeURI(u.pathname), id, depth + 1);
      });
    }
    return page.ids.has(id);
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
      if (!pathname.startsWith(base)) reason = `outside the base path ${base}`;
      else reason = pathOk(pathname);
      if (reason === null && url.hash.length > 1) {
        anchors++;
        const id = decodeURIComponent(url.hash.slice(1));
        if (!anchorOk(pathname.endsWith('/') || pages.has(pathname) ? pathname : `${pathname}/`, id)) reason = `no element with id="${id}"`;
      }
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
export function formatReport(r) {
  const lines = [
    `${r.pages} HTML pages, ${r.files} files under ${r.base}: ${r.links} links to ${r.targets} distinct targets (${r.anchors} with #anchors), ${r.external} external links; ${r.broken.length} broken${r.allowed.length ? `, ${r.allowed.length} allowed by --allow-missing` : ''}.`,
  ];
  const group = (list, label) => {
    const byTarget = new Map();
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
