// Query and index text normalisation, shared by the build (signature index) and the browser (queries),
// so both sides of every comparison went through the same steps.

/**
 * Traditional → Simplified for the characters that occur in this knowledge base and in the way people
 * describe its problems. A full OpenCC table is ~100 KB; this covers what matters here in ~1 KB.
 */
const T2S_PAIRS =
  '錄录陸陆無无轉转啟启動动錯错誤误證证書书連连數数據据庫库應应頁页誌志環环開开發发機机務务訪访問问網网關关' +
  '時时間间過过驗验權权題题請请顯显進进號号碼码設设裝装個个們们這这麼么為为對对沒没從从後后來来還还裡里與与' +
  '會会讓让給给說说點点擊击響响變变換换檔档載载態态臺台稱称類类標标圖图傳传線线測测試试調调組组異异報报憑凭' +
  '題题體体現现實实於于係系統统節节絡络碼码並并啟启聯联鏈链錄录範范處处備备續续腳脚縮缩壓压紀纪維维護护' +
  '資资戶户帳账號号當当從从邊边區区層层頭头復复複复檢检查查認认註注冊册務务據据儲储記记憶忆濾滤閱阅讀读' +
  '寫写應应徑径夠够頻频環环嚴严續续屬属權权讀读證证鑰钥簽签屆届盡尽產产軟软硬硬韌韧體体據据導导執执' +
  '級级歷历殘残問问題题齊齐衝冲突突韓韩門门雜杂難难極极濟济際际廠厂簡简單单雙双舊旧新新數数值值轉转' +
  '跳跳懸悬掛挂卡卡頓顿慢慢殺杀進进啟启終终斷断隊队佇伫鎖锁獲获擁拥專专業业圖图務务屏屏黨党兩两嗎吗';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) {
  const from = T2S_PAIRS[i]!;
  const to = T2S_PAIRS[i + 1]!;
  if (from !== to) T2S.set(from, to);
}

/** Words people write for the same thing: a variant on the left becomes the spelling on the right. */
const VARIANTS: readonly [RegExp, string][] = [
  [/登陆/g, '登录'],
  [/登入/g, '登录'],
  [/帐号/g, '账号'],
  [/帐户/g, '账户'],
  [/\blicence\b/g, 'license'],
  [/\blog-in\b/g, 'login'],
  [/\bpaas[ -]agent\b/g, 'paas_agent'],
  [/\bpaasagent\b/g, 'paas_agent'],
  [/\bbk[ -]token\b/g, 'bk_token'],
  [/\bbktoken\b/g, 'bk_token'],
  [/\bopen[ -]paas\b/g, 'open_paas'],
  [/\bwon'?t\b/g, 'will not'],
  [/\bcan'?t\b/g, "can't"],
  [/\bcannot\b/g, 'can not'],
];

export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += T2S.get(ch) ?? ch;
  return out;
}

/** Full-width → half-width (NFKC): `，` and `,`, `Ａ` and `A` become the same character. */
export function foldWidth(text: string): string {
  return text.normalize('NFKC');
}

/**
 * Full-width → half-width (NFKC), lower case, Traditional → Simplified, common variants unified,
 * curly quotes made straight, whitespace collapsed. Idempotent.
 */
export function normalise(text: string): string {
  let s = foldWidth(text).toLowerCase();
  s = s.replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201f\u2033]/g, '"');
  s = s.replace(/[\u3001\u3002]/g, (c) => (c === '\u3001' ? ',' : '. '));
  s = toSimplified(s);
  for (const [re, to] of VARIANTS) s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The form two error strings are compared in: normalised, with the spacing around punctuation removed,
 * so `"code": "20004"` and `"code":"20004"`, or `found, component` and `found，component`, compare equal.
 */
export function matchKey(text: string): string {
  return withoutPunctuationSpacing(normalise(text));
}

const PUNCTUATION_SPACING = /\s*([,:;()[\]{}"'=<>|/])\s*/g;
const withoutPunctuationSpacing = (text: string): string => text.replace(PUNCTUATION_SPACING, '$1').replace(/\s+/g, ' ').trim();

/**
 * Two strings that differ only in width compare equal in this form: folded to half-width, and the
 * spacing around punctuation dropped (a full-width `，` carries its own space, so `valid，please`
 * reads as `valid, please`). Case, script and wording are kept.
 */
export function widthKey(text: string): string {
  return withoutPunctuationSpacing(foldWidth(text));
}

// Pastes are capped by paste-limit.ts (a module of its own: every page's search box needs it, and
// not this module's tables).
export { capText, MAX_ANALYSED } from './paste-limit.ts';

/**
 * The strings of `list` that differ after width folding, each shown once: the first form listed
 * stands for the others. For display only; search keeps every form.
 */
export function distinctByWidth(list: readonly string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const folded = widthKey(s);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}
