import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import {
  absolutePermalink,
  escapeMarkdownText,
  formatsFor,
  markdownLink,
  ticketLabel,
  type TicketTarget,
} from '../../src/lib/ticket-links.ts';

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/** Parses Markdown the way GitHub/GitLab-style renderers do and returns the one link it holds. */
function parseLink(markdown: string): { label: string; url: string; onlyText: boolean } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as MdNode;
  const paragraph = tree.children?.[0];
  assert.equal(tree.children?.length, 1, `one paragraph expected in ${markdown}`);
  assert.equal(paragraph?.children?.length, 1, `the paragraph should hold only the link: ${JSON.stringify(paragraph)}`);
  const link = paragraph.children[0]!;
  assert.equal(link.type, 'link', `not a link: ${JSON.stringify(link)}`);
  const kids = link.children ?? [];
  return {
    label: kids.map((k) => k.value ?? '').join(''),
    url: link.url!,
    onlyText: kids.every((k) => k.type === 'text'),
  };
}

describe('absolutePermalink', () => {
  test('root and sub-path deployments, with and without a cause', () => {
    assert.equal(absolutePermalink('http://kb.example', '/', 'PAAS-012'), 'http://kb.example/kb/PAAS-012/');
    assert.equal(
      absolutePermalink('https://ops.example:8443', '/docs/kb/', 'PAAS-012', 'clock-skew'),
      'https://ops.example:8443/docs/kb/kb/PAAS-012/#cause-clock-skew',
    );
  });

  test('only the origin of SITE_URL is used', () => {
    assert.equal(absolutePermalink('http://kb.example/some/path?x=1', '/', 'PAAS-001'), 'http://kb.example/kb/PAAS-001/');
  });
});

// What the copy buttons compose: the label and absolute permalink built in CopyLinks.astro, formatted
// by formatsFor in the browser.
const ticketFormats = (site: string, base: string, target: TicketTarget) =>
  formatsFor(ticketLabel(target), absolutePermalink(site, base, target.id, target.causeKey));

describe('the copied formats', () => {
  test('Markdown is exactly [ID title](permalink#cause)', () => {
    const f = ticketFormats('http://kb.example', '/', { id: 'PAAS-012', title: '标题', causeKey: 'clock-skew' });
    assert.equal(f.markdown, '[PAAS-012 标题](http://kb.example/kb/PAAS-012/#cause-clock-skew)');
    assert.equal(f.link, 'http://kb.example/kb/PAAS-012/#cause-clock-skew');
    assert.equal(f.text, 'PAAS-012 标题 — http://kb.example/kb/PAAS-012/#cause-clock-skew');
  });

  test('an entry link has no anchor', () => {
    const f = ticketFormats('http://kb.example', '/docs/kb/', { id: 'PAAS-007', title: 'paas_agent won’t start' });
    assert.equal(f.markdown, '[PAAS-007 paas_agent won’t start](http://kb.example/docs/kb/kb/PAAS-007/)');
  });

  test('a multi-line title is copied on one line', () => {
    const f = ticketFormats('http://kb.example', '/', { id: 'PAAS-001', title: 'a\n  b' });
    assert.equal(f.text, 'PAAS-001 a b — http://kb.example/kb/PAAS-001/');
  });
});

describe('escapeMarkdownText', () => {
  const hostile = [
    'Login [fails] here',
    'ESB: component ]( class not found',
    'title with *stars* and _under_ and `code`',
    '<script>alert(1)</script> & &amp; &#39;',
    'MySQL 报错 (1018，"Can\'t read dir of \'./chengpeal/\' (errno: 23)")',
    'back\\slash \\] and ~~strike~~ | pipe',
    '![img](x) and [link](http://evil)',
    'paas_agent 与 __init__.py',
  ];
  for (const title of hostile) {
    test(`renders back to the same text: ${title}`, () => {
      const url = 'http://kb.example/kb/PAAS-001/#cause-x';
      const parsed = parseLink(markdownLink(`PAAS-001 ${title}`, url));
      assert.equal(parsed.label, `PAAS-001 ${title}`);
      assert.equal(parsed.url, url);
      assert.ok(parsed.onlyText, 'the label must stay plain text (no emphasis, code, HTML or nested link)');
    });
  }

  test('underscores inside a word stay readable', () => {
    assert.equal(escapeMarkdownText('paas_agent'), 'paas_agent');
    assert.equal(escapeMarkdownText('_x_'), '\\_x\\_');
  });

  test('a 1 MB title is escaped quickly', () => {
    const big = '[x]*_'.repeat(200_000);
    const started = performance.now();
    const out = escapeMarkdownText(big);
    assert.ok(performance.now() - started < 2000);
    assert.ok(out.startsWith('\\[x\\]\\*\\_'));
  });
});

describe('markdownLink', () => {
  test('parentheses and spaces in the URL cannot end the link early', () => {
    const parsed = parseLink(markdownLink('x', 'http://kb.example/a (b)/'));
    assert.equal(parsed.url, 'http://kb.example/a%20%28b%29/');
  });
});
