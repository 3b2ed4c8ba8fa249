// Query understanding: normalisation, noise, terms, signature matching, ranking, URLs, highlighting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capText, matchKey, normalise } from '../../src/lib/search/normalise.ts';
import { editDistance, stem, stripNoise, tokens } from '../../src/lib/search/terms.ts';
import { fuse, highlightWords, localRank, matchedCauses, pagefindPlan, rank } from '../../src/lib/search/engine.ts';
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';
import { understand, type SearchStore } from '../../src/lib/search/store.ts';
import { memoryStore } from '../helpers/search-store.ts';
import { findRanges, splitMarked } from '../../src/lib/search/highlight.ts';
import { keepsInFragment, readQuery, searchHref } from '../../src/lib/urls.ts';

type EntryInput = Omit<Partial<IndexEntry>, 'fields'> & { fields?: Partial<IndexEntry['fields']> };
function entry(id: string, over: EntryInput): IndexEntry {
  return {
    id,
    slug: id.toLowerCase(),
    title: over.title ?? id,
    component: over.component ?? 'paas',
    componentLabel: over.componentLabel ?? 'PaaS',
    contentLang: over.contentLang ?? 'en',
    symptom: over.symptom ?? '',
    causes: over.causes ?? [],
    signatures: over.signatures ?? [],
    fields: {
      title: over.fields?.title ?? over.title ?? id,
      alias: over.fields?.alias ?? [],
      symptom: over.fields?.symptom ?? over.symptom ?? '',
      cause: over.fields?.cause ?? (over.causes ?? []).map((c) => [c.title]),
    },
  };
}

const data = {
  lang: 'zh',
  entries: [
    entry('PAAS-007', {
      title: 'paas_agent 服务启动不了 paas_agent will not start',
      component: 'paas_agent',
      causes: [
        { key: 'license-expired', title: '证书过期 The license has expired' },
        { key: 'license-mac-mismatch', title: '证书 MAC 地址不匹配' },
      ],
      signatures: [
        ['license expired', 'license-expired'],
        ['mac address error', 'license-mac-mismatch'],
        ['sid or token is not valid，please check', ''],
      ],
      fields: { alias: ['paas_agent 起不来', 'agent down', 'license'] },
    }),
    entry('PAAS-012', {
      title: '调用组件报错 component class not found',
      component: 'esb',
      signatures: [['Not found，component class not found，generic.xxx.xxx_xxx_xxx', ''], ['component class not found', '']],
      fields: { alias: ['组件加载失败'] },
    }),
    entry('PAAS-016', {
      title: '连接 MySQL 报错 [Errno 111] Connection refused',
      component: 'mysql',
      signatures: [["Can't connect to MySQL server on", ''], ['[Errno 111] Connection refused', '']],
      fields: { alias: ['MySQL 连不上', '数据库连接失败'] },
    }),
    entry('PAAS-028', {
      title: '登录页面无限跳转 The login page redirects in an endless loop',
      component: 'login',
      causes: [{ key: 'time-skew-between-paas-hosts', title: '两台 PaaS 机器的时间不一致' }],
      fields: { alias: ['无限跳转', '登录循环', 'login redirect loop'] },
    }),
    entry('PAAS-004', {
      title: '如何查看日志 Where are the logs?',
      component: 'logging',
      fields: { alias: ['日志在哪', 'agent.log', 'log location'] },
    }),
  ],
};
// One shard and one record file, as a small corpus builds.
const { store } = await memoryStore(data.lang, data.entries);
const analyse = async (q: string, s: SearchStore = store) => understand(q, s);
const top = async (q: string, s: SearchStore = store) => {
  const { analysis, view } = await understand(q, s);
  return rank(analysis, view, { strict: [], relaxed: [] })[0]?.id;
};

test('normalise: full-width to half-width, case, 登陆 → 登录, Traditional → Simplified', () => {
  assert.equal(normalise('ＦＡＴＡＬ　Ｅｘｉｔｅｄ'), 'fatal exited');
  assert.equal(normalise('登陆失败'), '登录失败');
  assert.equal(normalise('登錄頁面無限跳轉'), '登录页面无限跳转');
  assert.equal(normalise('Licence  EXPIRED'), 'license expired');
  assert.equal(normalise(normalise('登陸 ＡＢＣ')), normalise('登陸 ＡＢＣ'));
});

test('matchKey: spacing around punctuation and full-width commas do not matter', () => {
  assert.equal(matchKey('"code": "20004"'), matchKey('"code":"20004"'));
  assert.equal(matchKey('Not found, component class not found'), matchKey('Not found，component class not found'));
});

test('stripNoise removes timestamps, IPs, MACs, hex ids and request ids but keeps the words', () => {
  const s = stripNoise(normalise('2026-03-14 10:21:33.412 [ERROR] 10.0.3.21:8080 mac 00:16:3e:0a:1b:2c request_id=7f3a9c2e4b1d license expired deadbeef1234'));
  assert.doesNotMatch(s, /2026|10:21|10\.0\.3|00:16|7f3a|deadbeef/);
  assert.match(s, /license expired/);
});

test('tokens: Latin words kept whole and split, CJK as pairs, stop words dropped', () => {
  const ts = tokens(normalise('The paas_agent.license 无限跳转')).map((t) => t.term);
  assert.ok(ts.includes('paas_agent.license'));
  assert.ok(ts.includes('paas'));
  assert.ok(ts.includes('无限') && ts.includes('限跳') && ts.includes('跳转'));
  assert.ok(!ts.includes('the'));
  assert.equal(stem('logs'), 'log');
  assert.equal(stem('expired'), 'expir');
  assert.equal(stem(stem('redirects')), stem('redirects'));
});

test('editDistance counts transpositions as one edit and stops early', () => {
  assert.equal(editDistance('agnet', 'agent', 2), 1);
  assert.equal(editDistance('quikly', 'quickly', 2), 1);
  assert.ok(editDistance('license', 'gateway', 2) > 2);
});

test('a signature inside a pasted log finds its entry and its cause', async () => {
  const log = [
    '2026-03-14 10:21:33 INFO agent starting pid 2231',
    '2026-03-14 10:21:33 INFO loading /data/bkce/paas_agent/etc/paas_agent_config.yaml',
    '2026-03-14 10:21:34 ERROR 10.0.3.21 license expired (trace 3f9a1c77e0b2)',
  ].join('\n');
  const { analysis: a, view } = await analyse(log);
  assert.equal(a.pasted, true);
  assert.equal(a.signatureHits[0]?.id, 'PAAS-007');
  assert.equal(await top(log), 'PAAS-007');
  assert.deepEqual(matchedCauses('PAAS-007', a, view)[0], 'license-expired');
});

test('signatures with placeholders match the concrete message', async () => {
  const q = '{"result": false, "message": "Not found, component class not found, generic.v2.cc.search_host", "request_id": "c1d2e3f4a5b64c7d"}';
  assert.equal(await top(q), 'PAAS-012');
  assert.equal(await top("django.db.utils.OperationalError: (2003, \"Can't connect to MySQL server on '10.0.1.12' ([Errno 111] Connection refused)\")"), 'PAAS-016');
});

test('English error string on the Chinese index, Traditional, variants and misspellings', async () => {
  assert.equal(await top('sid or token is not valid, please check'), 'PAAS-007');
  assert.equal(await top('登錄頁面無限跳轉'), 'PAAS-028');
  assert.equal(await top('登陆循环'), 'PAAS-028');
  assert.equal(await top('paas_agnet licence expird'), 'PAAS-007');
  const { analysis: a } = await analyse('paas_agnet');
  assert.equal(a.corrections.get('paas_agnet'), 'paas_agent');
});

test('aliases and words in people’s own words rank the right entry', async () => {
  assert.equal(await top('mysql 连不上'), 'PAAS-016');
  assert.equal(await top('where are the logs'), 'PAAS-004');
  assert.equal(await top('PAAS-028'), 'PAAS-028');
  const none = await analyse('完全无关的东西 zzzz');
  assert.deepEqual(localRank(none.analysis, none.view), []);
});

test('pagefindPlan: a paste becomes a few informative terms, a short query stays as typed', async () => {
  const plan = pagefindPlan((await analyse('Traceback (most recent call last):\n  File "/x/y/z/base.py", line 3, in connect\nOperationalError: mysql connection refused 10.0.0.1')).analysis);
  assert.ok(plan.strict.split(' ').length <= 4);
  assert.doesNotMatch(plan.strict, /10\.0\.0\.1|traceback/);
  assert.equal(pagefindPlan((await analyse('登录 无限跳转')).analysis).strict, '登录 无限跳转');
});

test('fuse: reciprocal ranks add up across lists, weighted', () => {
  const out = fuse([
    { ids: ['A', 'B'], weight: 1 },
    { ids: ['B', 'C'], weight: 1 },
  ]);
  assert.equal(out[0]!.id, 'B');
  assert.equal(fuse([{ ids: ['A'], weight: 1 }, { ids: ['B'], weight: 3 }])[0]!.id, 'B');
});

test('hostile input: a 1 MB paste of metacharacters is analysed quickly and without error', async () => {
  const big = '.*+?^${}()|[]\\<script>alert(1)</script> "\'\n'.repeat(25_000);
  assert.ok(big.length > 1_000_000);
  const t0 = performance.now();
  const { analysis: a, view } = await analyse(big);
  rank(a, view, { strict: [], relaxed: [] });
  highlightWords(a);
  assert.ok(performance.now() - t0 < 3000, 'analysis of 1 MB took too long');
  assert.ok(capText(big).length <= 60_001);
});

test('findRanges treats the words literally and never overlaps', () => {
  assert.deepEqual(findRanges('a.*b a.*b', ['.*']), [[1, 3], [6, 8]]);
  assert.deepEqual(findRanges('license expired', ['license expired', 'license']), [[0, 15]]);
  assert.deepEqual(
    splitMarked('Login validity is illegal', ['validity']).map((x) => x.mark),
    [false, true, false],
  );
});

test('search URLs: short queries in ?q=, long or multi-line pastes in #q=, both read back', () => {
  assert.equal(searchHref('/', 'zh', '无限跳转'), `/zh/search/?q=${encodeURIComponent('无限跳转')}`);
  assert.equal(searchHref('/docs/kb/', 'en', 'a b'), '/docs/kb/en/search/?q=a+b');
  const paste = 'line one\nline two';
  assert.ok(keepsInFragment(paste));
  const href = searchHref('/', 'en', paste);
  assert.match(href, /^\/en\/search\/#q=/);
  const url = new URL(href, 'http://x');
  assert.equal(readQuery(url.search, url.hash).q, paste);
  assert.equal(readQuery('?q=a%20b&component=esb', '').q, 'a b');
  assert.equal(readQuery('?q=a%20b&component=esb', '').component, 'esb');
  assert.equal(readQuery('', '#q=%E0%A4%A').q, '%E0%A4%A');
});
