// A handful of entry records written for the search unit tests (not the real content): enough to
// tell a signature from an alias from a title word, in a one-shard, one-record-file index.
import type { IndexEntry } from '../../src/lib/search/index-entry.ts';

type EntryInput = Omit<Partial<IndexEntry>, 'fields'> & { fields?: Partial<IndexEntry['fields']> };

export function entry(id: string, over: EntryInput): IndexEntry {
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
      phrasing: over.fields?.phrasing ?? [],
    },
  };
}

export const FIXTURE_LANG = 'zh';

export const FIXTURE: IndexEntry[] = [
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
    fields: {
      alias: ['无限跳转', '登录循环', 'login redirect loop'],
      phrasing: ['回到 登录页', 'redirected you too many times', 'ERR_TOO_MANY_REDIRECTS'],
    },
  }),
  entry('PAAS-014', {
    title: '组件参数 bk_token 如何获取 How to get bk_token',
    component: 'esb',
    fields: { alias: ['bk_token', '获取 bk_token'] },
  }),
  entry('PAAS-004', {
    title: '如何查看日志 Where are the logs?',
    component: 'logging',
    fields: { alias: ['日志在哪', 'agent.log', 'log location'] },
  }),
];
