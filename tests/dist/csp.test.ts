// The Content-Security-Policy on every built page (decision 0800): present, early in <head>, no
// inline script allowed, and nothing in the HTML that such a policy would have to allow (inline
// script bodies, on* handler attributes, javascript: URLs). A page that breaks one of these either
// runs without protection or breaks under its own policy; both fail here, naming the file.
import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';
import { DIST } from '../helpers/dist.ts';
import { effectiveScriptSources, parseCsp } from '../helpers/csp.ts';

/** Script types a browser does not execute; their bodies are data. */
const DATA_SCRIPT_TYPES = new Set(['application/json', 'application/ld+json']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'poster', 'data'];

function elements(node: Root | Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') out.push(n);
    if ('children' in n) n.children.forEach(walk);
    if (n.type === 'element' && n.content) walk(n.content); // <template> content
  };
  walk(node);
  return out;
}

const text = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
const isCsp = (el: Element) => el.tagName === 'meta' && String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy';

interface PageReport {
  problems: string[];
  policy: string | undefined;
  dataBlocks: number;
}

/** Everything wrong with one page's HTML, as readable lines. */
function checkPage(file: string, html: string): PageReport {
  const problems: string[] = [];
  const tree = fromHtml(html);
  const all = elements(tree);
  const csps = all.filter(isCsp);
  if (csps.length !== 1) problems.push(`${file}: ${csps.length} CSP meta tags`);
  const head = all.find((e) => e.tagName === 'head');
  const inHead = head ? head.children.filter((c): c is Element => c.type === 'element') : [];
  const index = inHead.findIndex(isCsp);
  if (index < 0) problems.push(`${file}: no CSP meta in <head>`);
  else {
    const charset = inHead.findIndex((e) => e.tagName === 'meta' && e.properties.charSet !== undefined);
    // "First-ish": right after <meta charset> (which must stay in the first 1024 bytes). A meta
    // policy only governs what follows it, so nothing that loads may come before it.
    if (index > charset + 1) problems.push(`${file}: the CSP meta comes after ${inHead.slice(0, index).map((e) => e.tagName).join(', ')}`);
  }
  let dataBlocks = 0;
  for (const el of all) {
    if (el.tagName === 'script') {
      const type = String(el.properties.type ?? '').toLowerCase();
      if (DATA_SCRIPT_TYPES.has(type)) {
        dataBlocks++;
        try {
          JSON.parse(text(el));
        } catch {
          problems.push(`${file}: a ${type} block is not valid JSON`);
        }
      } else if (el.properties.src === undefined || text(el).trim() !== '') {
        problems.push(`${file}: inline <script${type ? ` type=${type}` : ''}> ${JSON.stringify(text(el).slice(0, 60))}`);
      }
    }
    for (const key of Object.keys(el.properties)) {
      if (/^on[a-z]/i.test(key)) problems.push(`${file}: <${el.tagName} ${key}>`);
    }
    for (const key of URL_ATTRIBUTES) {
      const value = el.properties[key];
      if (typeof value === 'string' && /^\s*(javascript|vbscript|data):/i.test(value)) problems.push(`${file}: <${el.tagName} ${key}="${value.slice(0, 40)}">`);
    }
  }
  return { problems, policy: csps[0] ? String(csps[0].properties.content ?? '') : undefined, dataBlocks };
}

const files = globSync('**/*.html', { cwd: DIST }).sort();
const reports = new Map(files.map((f) => [f, checkPage(f, readFileSync(join(DIST, f), 'utf8'))]));

test('the build has every kind of page to check', () => {
  assert.ok(files.length >= 100, `only ${files.length} HTML files in ${DIST}`);
  for (const kind of [/^404\.html$/, /^index\.html$/, /^kb\//, /^zh\/faq\//, /^en\/wizard\//]) {
    assert.ok(files.some((f) => kind.test(f)), `no page matches ${kind}`);
  }
});

test('the checker catches what it is meant to catch', () => {
  const bad = checkPage(
    'bad.html',
    '<!doctype html><html><head><meta charset="utf-8"><script src="/a.js"></script><meta http-equiv="Content-Security-Policy" content="x"></head>' +
      '<body><script>alert(1)</script><script type="application/json">{oops</script><img src="x" onerror="alert(1)"><a href=" javascript:alert(1)">x</a></body></html>',
  ).problems.join('\n');
  assert.match(bad, /comes after meta, script/);
  assert.match(bad, /inline <script> "alert\(1\)"/);
  assert.match(bad, /not valid JSON/);
  assert.match(bad, /<img onError>/);
  assert.match(bad, /<a href=" javascript/);
  assert.match(checkPage('none.html', '<html><head><meta charset="utf-8"></head></html>').problems.join('\n'), /0 CSP meta tags/);
});

test('every page: one CSP meta right after <meta charset>; no inline script, on* handler or javascript: URL', () => {
  assert.deepEqual([...reports.values()].flatMap((r) => r.problems), []);
  // The wizard's model travels as JSON data blocks (zh + en); if they vanish this test checks less.
  const dataBlocks = [...reports.values()].reduce((n, r) => n + r.dataBlocks, 0);
  assert.ok(dataBlocks >= 2, `only ${dataBlocks} JSON data blocks found`);
});

test('one policy everywhere; it allows no inline script, no eval and nothing off the origin', () => {
  const policies = new Set([...reports.values()].map((r) => r.policy));
  assert.equal(policies.size, 1, `pages carry different policies: ${[...policies].join(' | ')}`);
  const policy = parseCsp([...policies][0] ?? '');
  const scripts = effectiveScriptSources(policy);
  assert.ok(scripts.length > 0, 'no script-src or default-src');
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
    assert.ok(!scripts.includes(bad), `script sources allow ${bad}: ${scripts.join(' ')}`);
  }
  assert.deepEqual(policy['object-src'], ["'none'"]);
  assert.ok(policy['base-uri'], 'no base-uri');
  assert.ok(policy['default-src']?.every((s) => s === "'self'" || s === "'none'"), `default-src: ${policy['default-src']?.join(' ')}`);
  // Every source stays on this origin: keywords only, no host, scheme or wildcard.
  for (const [name, sources] of Object.entries(policy)) {
    for (const s of sources) assert.match(s, /^'[a-z-]+'$/, `${name} allows ${s}`);
  }
  // Intranet sites run on plain http: upgrading requests would break them.
  assert.equal(policy['upgrade-insecure-requests'], undefined);
});
