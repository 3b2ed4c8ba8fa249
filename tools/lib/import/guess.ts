// The fields an FAQ page does not state, guessed from the question's words against the taxonomy:
// component, wizard facets, symptom classes, problem or how-to, and readable ASCII slugs and cause
// keys. Every guess is named in the draft's review notes.
import { components, symptomClasses, whereFacets } from '../../../src/lib/taxonomy.ts';
import type { Lang } from '../../../src/lib/locales.ts';

/** Words that point at a component, most specific first (the first component with a hit wins ties). */
const COMPONENT_WORDS: Record<string, RegExp> = {
  paas_agent: /paas_?agent|appo|appt|agent\.log/i,
  esb: /\besb\b|组件|component|bk_token|api 网关/i,
  login: /登录|登陆|login|cookie|bk_token/i,
  nginx: /nginx|502|bad gateway/i,
  mysql: /mysql|数据库|database|\bsql\b/i,
  supervisor: /supervisor|FATAL|exited too quickly/i,
  logging: /日志|\blogs?\b|log_agent|log_parser|elasticsearch/i,
  integration: /cmdb|\bcc\b|作业平台|\bjob\b|配置平台/i,
  appengine: /appengine|部署|deploy/i,
  app: /开发框架|应用代码|framework|saas/i,
  paas: /开发者中心|developer cent/i,
  console: /桌面|console/i,
};
export const DEFAULT_COMPONENT = 'platform';

const WHERE_WORDS: Record<string, RegExp> = {
  'login-page': /登录|登陆|login/i,
  'web-access': /502|访问|页面|bad gateway|web|浏览器|browser|click/i,
  'app-deploy': /部署|提测|上线|deploy|install|安装/i,
  'esb-call': /\besb\b|组件|component|api|接口/i,
  'service-start': /启动|start|进程|process|重启|restart/i,
  logs: /日志|\blogs?\b/i,
  configuration: /配置|域名|conf|config|setting/i,
  'developer-center': /开发者中心|developer cent/i,
  'app-development': /开发框架|应用开发|framework|代码/i,
};
export const DEFAULT_WHERE = 'service-start';

const HOWTO = /^(如何|怎么|怎样|哪里|在哪|能否|是否可以|可以|how\b|where\b|what\b|can\b)|如何|怎么|哪里|能否|可以自行|可否|[?？]$/i;
const PROBLEM = /失败|报错|错误|异常|无法|不能|不了|无响应|超时|卡住|一直|没有|跳转|不通|提示|\b(error|errno|fail|failed|fails|fatal|exited|cannot|can't|unable|timeout|refused|denied|exception|invalid|not)\b|[45]\d\d/i;

/** The component whose words occur most, the title's counting three times; a single passing mention
 *  is not enough (platform then). */
export function guessComponent(title: string, text: string): { id: string } {
  let best = DEFAULT_COMPONENT;
  let bestHits = 1;
  for (const [id, re] of Object.entries(COMPONENT_WORDS)) {
    if (!components.some((c) => c.id === id)) continue;
    const count = (s: string) => (s.match(new RegExp(re.source, 'gi')) ?? []).length;
    const hits = 3 * count(title) + count(text);
    if (hits > bestHits) {
      best = id;
      bestHits = hits;
    }
  }
  return { id: best };
}

export function guessWhere(text: string): string[] {
  const ids = whereFacets.map((f) => f.id).filter((id) => WHERE_WORDS[id]?.test(text));
  return ids.length > 0 ? ids.slice(0, 3) : [DEFAULT_WHERE];
}

/** Symptom classes whose label or an everyday phrasing occurs in the question's words. */
export function guessSymptoms(text: string, lang: Lang): string[] {
  const lower = text.toLowerCase();
  return symptomClasses
    .filter((c) => [c[lang].label, ...c[lang].phrasings].some((p) => p.length >= 3 && lower.includes(p.toLowerCase())))
    .map((c) => c.id)
    .slice(0, 2);
}

export function guessType(title: string, hasCauses: boolean): 'problem' | 'howto' {
  if (hasCauses) return 'problem';
  return HOWTO.test(title) || !PROBLEM.test(title) ? 'howto' : 'problem';
}

export function isHowtoTitle(title: string): boolean {
  return HOWTO.test(title) && !PROBLEM.test(title.replace(/如何|怎么|哪里|能否/g, ''));
}

/** Chinese words of FAQ titles and their English, so a slug says what the entry is about. */
const WORDS: [RegExp, string][] = [
  [/启动/, 'start'], [/安装/, 'install'], [/部署/, 'deploy'], [/登录|登陆/, 'login'], [/日志/, 'logs'], [/超时/, 'timeout'],
  [/连接|链接/, 'connection'], [/端口/, 'port'], [/证书/, 'certificate'], [/进程/, 'process'], [/状态/, 'status'], [/配置/, 'config'],
  [/密码/, 'password'], [/重置/, 'reset'], [/域名/, 'domain'], [/升级/, 'upgrade'], [/数据库/, 'database'], [/网络/, 'network'],
  [/权限|授权/, 'permission'], [/跳转/, 'redirect'], [/采集/, 'collection'], [/文件/, 'file'], [/分发/, 'file-transfer'], [/注册/, 'register'],
  [/主机/, 'host'], [/同步/, 'sync'], [/迁移/, 'migration'], [/重启/, 'restart'], [/执行/, 'run'], [/等待/, 'waiting'], [/卡住/, 'stuck'],
  [/脚本/, 'script'], [/代码/, 'code'], [/框架/, 'framework'], [/应用/, 'app'], [/组件/, 'component'], [/开发者中心/, 'developer-center'],
  [/无法|不能|不了|失败/, 'fails'], [/报错|错误/, 'error'], [/异常/, 'abnormal'], [/无响应/, 'no-response'], [/不存在|找不到/, 'not-found'],
  [/页面/, 'page'], [/慢/, 'slow'], [/备份/, 'backup'], [/导入/, 'import'], [/仪表盘/, 'dashboard'], [/数据/, 'data'], [/退出/, 'exits'],
  [/没有|无/, 'no'], [/如何|怎么/, 'how-to'], [/获取/, 'get'], [/查看/, 'view'], [/更换|变更|修改/, 'change'], [/发现/, 'discover'],
];

const asciiWords = (text: string) => (text.toLowerCase().match(/[a-z][a-z0-9]*|\d+/g) ?? []).filter((w) => w.length > 1 || /\d/.test(w));

/** A readable ASCII slug from a title: its ASCII words and the English of its Chinese words. */
export function slugFor(title: string, taken: ReadonlySet<string>, fallback: string): string {
  const words: string[] = [];
  const en = asciiWords(title.replace(/[\u3400-\u9fff]+/g, ' '));
  words.push(...en.slice(0, 6));
  for (const [re, word] of WORDS) if (re.test(title) && !words.includes(word)) words.push(word);
  let base = words.slice(0, 7).join('-').replace(/-+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-[^-]*$/, (m) => (m.length > 1 ? m : ''));
  // One word ("no", "logs") says too little to tell entries apart.
  if (!base.includes('-')) base = base ? `${base}-${fallback}` : fallback;
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/** A kebab-case cause key from the cause's title, unique within the entry. */
export function keyFor(title: string, index: number, taken: ReadonlySet<string>): string {
  const words = asciiWords(title.replace(/[\u3400-\u9fff]+/g, ' ')).slice(0, 4);
  for (const [re, word] of WORDS) if (words.length < 4 && re.test(title) && !words.includes(word)) words.push(word);
  let base = words.join('-').slice(0, 40).replace(/-$/, '') || `cause-${index + 1}`;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(base)) base = `cause-${index + 1}`;
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}
