// The sub-path deployment (docs/decisions/0700-ticket-links-and-subpath.md): the site built with
// BASE_PATH=/docs/kb/ and another SITE_URL into dist-subpath/ (tools/lib/subpath.ts) keeps every
// link, anchor and asset under the base path, and its data for tools names the deployed addresses.
// This suite only reads that build: `npm test` makes it in a step of its own before this stage; on
// its own, run `npm run build:subpath` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkLinks, formatReport } from '../../tools/check-links.ts';
import { staleReason } from '../../tools/lib/freshness.ts';
import { SUBPATH } from '../../tools/lib/subpath.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

test(`a build under ${SUBPATH.base} has zero broken links, anchors or assets`, () => {
  const stale = staleReason(root, SUBPATH.dir);
  assert.equal(stale, null, `${stale}: run \`npm run build:subpath\` first`);
  const report = checkLinks({ dir: SUBPATH.dir, base: SUBPATH.base, site: SUBPATH.site });
  console.log(formatReport(report));
  assert.ok(report.pages > 100 && report.anchors > 100, formatReport(report));
  assert.equal(report.broken.length, 0, formatReport(report));

  // The data for tools names the deployed addresses.
  const api = JSON.parse(readFileSync(`${SUBPATH.dir}/api/entries.json`, 'utf8'));
  assert.equal(api.site, `${SUBPATH.site}${SUBPATH.base}`);
  const agent = api.entries.find((e: { id: string }) => e.id === 'PAAS-007');
  assert.equal(agent.permalink, `${SUBPATH.site}${SUBPATH.base}kb/PAAS-007/`);
  assert.equal(agent.url.en, `${SUBPATH.site}${SUBPATH.base}en/faq/paas-agent-wont-start/`);

  // The sitemap lists the entry pages at their deployed addresses, but not the permalink choosers.
  const sitemap = readFileSync(`${SUBPATH.dir}/sitemap-0.xml`, 'utf8');
  assert.ok(sitemap.includes(`<loc>${SUBPATH.site}${SUBPATH.base}zh/faq/paas-agent-wont-start/</loc>`), sitemap.slice(0, 500));
  assert.ok(!sitemap.includes(`${SUBPATH.base}kb/`), 'permalink pages are not in the sitemap');
});
