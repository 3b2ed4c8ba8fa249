// Zero broken links or anchors in the site `npm test` just built (dist/, root or BASE_PATH as set in
// the environment): pages, assets, #cause anchors, permalinks, redirects, sitemap, feeds, API.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLinks, formatReport } from '../../tools/check-links.ts';

test('dist/: every internal link, asset and #anchor resolves', () => {
  const report = checkLinks({ dir: process.env.KB_OUT_DIR ?? 'dist', base: process.env.BASE_PATH, site: process.env.SITE_URL });
  console.log(formatReport(report));
  // The checker saw the site: both languages' pages and the cause anchors of entry pages.
  assert.ok(report.pages > 100, `only ${report.pages} pages found`);
  assert.ok(report.anchors > 100, `only ${report.anchors} #anchors checked`);
  assert.equal(report.broken.length, 0, formatReport(report));
});
