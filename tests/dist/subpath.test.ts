// Sub-path deployment (issue 7): build with BASE_PATH=/docs/kb/ and another SITE_URL into
// dist-subpath/, then check every link there. The Playwright checks over this build run next
// (playwright.subpath.config.ts), served by tools/serve.mjs --base /docs/kb/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { checkLinks, formatReport } from '../../tools/check-links.mjs';
import { buildSubpath, SUBPATH } from '../../tools/lib/subpath.mjs';

test(`a build under ${SUBPATH.base} has zero broken links, anchors or assets`, { timeout: 600_000 }, () => {
  const build = buildSubpath();
  assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
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
