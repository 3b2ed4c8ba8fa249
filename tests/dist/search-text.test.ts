// What Pagefind indexed of each entry page (its fragments in dist/pagefind/fragment/): the text a
// search excerpt is cut from. Interface text would show up in excerpts as if it were content.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { EntryVersion } from '../../src/lib/content/entry.ts';
import { loadRealContent } from '../helpers/real-content.ts';
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { DIST, parsePage } from '../helpers/dist.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

let records: EntryVersion[];
let fragments: Fragment[];
before(async () => {
  records = (await loadRealContent()).records;
  const dir = join(DIST, 'pagefind', 'fragment');
  fragments = readdirSync(dir).map((f) => {
    const raw = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as Fragment;
  });
});

/** Elements with a class, anywhere under a node. */
function withClass(node: Root | Element, name: string): Element[] {
  const out: Element[] = [];
  for (const c of node.children) {
    if (c.type !== 'element') continue;
    const cls = c.properties.className;
    if (Array.isArray(cls) && cls.includes(name)) out.push(c);
    out.push(...withClass(c, name));
  }
  return out;
}

/** Pagefind's text without the word separators it inserts (spaces, zero-width spaces between CJK words). */
const compact = (s: string) => s.replace(/[\s\u200b]+/g, '');

test('a cause title is indexed without its number badge or its # anchor', () => {
  let causes = 0;
  for (const r of records.filter((x) => x.data.status === 'active')) {
    const f = fragments.find((x) => x.meta.id === r.data.id && x.url.includes(`/${r.lang}/faq/${r.slug}/`));
    assert.ok(f, `no Pagefind fragment for /${r.lang}/faq/${r.slug}/`);
    const text = compact(f.content);
    r.data.causes.forEach((c, i) => {
      const title = compact(c.title);
      assert.ok(text.includes(title), `${r.file}: cause title ${JSON.stringify(c.title)} not indexed`);
      assert.ok(!text.includes(`${i + 1}${title}`), `${r.file}: cause ${i + 1} indexed with its number`);
      assert.ok(!text.includes(`${title}#`), `${r.file}: cause ${i + 1} indexed with its # anchor`);
      causes++;
    });
  }
  assert.ok(causes > 0);
});

test('a shell prompt in a transcript is not indexed: it would open excerpts with [root@host /]#', () => {
  const count = (text: string, part: string) => text.split(part).length - 1;
  let prompts = 0;
  for (const f of fragments) {
    const page = parsePage(new URL(f.url, 'http://kb.test').pathname.replace(/^\//, ''));
    const found = withClass(page, 'prompt').map((el) => compact(toText(el)));
    // The same text may also stand in a plain record of a session (a `text` block), which is indexed.
    for (const el of withClass(page, 'prompt')) el.children = [];
    const rest = compact(toText(page));
    const text = compact(f.content);
    for (const prompt of new Set(found)) {
      // A bare `$` or `#` could be anywhere in the text; a prompt with a host or path in it is its own.
      if (prompt.length < 6) continue;
      prompts++;
      assert.ok(count(text, prompt) <= count(rest, prompt), `${f.url}: prompt ${JSON.stringify(prompt)} is indexed`);
    }
  }
  assert.ok(prompts > 0);
});
