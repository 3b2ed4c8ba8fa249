// The words of a question and its causes: the title without "Q1:" or "[category]", the first
// sentence, a cause's title, check and fix from one item of text, and the reviewer requests the
// drafts carry in each language. Pure text functions.
import type { Lang } from '../../../src/lib/locales.ts';

export const TEXT: Record<Lang, { noFix: string; noCheck: string; image: string; cause: string; source: string }> = {
  zh: {
    noFix: '原文没有写这条原因的处理方法：审核时补上。',
    noCheck: '原文没有写如何确认这条原因：审核时补上。',
    image: '图片',
    cause: '原因',
    source: '原文路径',
  },
  en: {
    noFix: 'The page gives no fix for this cause: write one when reviewing.',
    noCheck: 'The page does not say how to confirm this cause: write it when reviewing.',
    image: 'image',
    cause: 'Cause',
    source: 'path in the source',
  },
};

/** Words of doing something about a cause (the fix starts there). */
export const FIX_VERBS = /解决|处理|重启|修改|升级|更新|安装|删除|清空|替换|放到|放入|添加|联系|授权|关闭|开启|打开|启用|重建|重新|改为|设置|调整|拉起|去除|杀掉|转移|迁移|建立|备份|\b(?:restart|upgrade|update|install|remove|delete|replace|add|change|fix|clean|register|execute|re-?run|try|revise|pull up)\b/i;
/** Words of confirming a cause. */
export const CHECK_VERBS = /排查|检查|查看|确认|测试|观察|是否|检测|\b(?:check|verify|confirm|look|see|whether)\b/i;
const MAX_TITLE = 80;

/** The heading without "Q1:" / "问：" and without a leading "[category]", which becomes an alias. */
export function titleOf(heading: string): { title: string; aliases: string[] } {
  const aliases: string[] = [];
  let title = heading.replace(/^\s*(?:Q\s*\d+|问题?\s*\d*|\d{1,3})\s*[:：.、．)）]\s*/i, '').trim();
  const bracket = /^[[【]([^\]】]{1,40})[\]】]\s*(.+)$/.exec(title);
  if (bracket && !/^errno/i.test(bracket[1]!)) {
    aliases.push(bracket[1]!.trim());
    title = bracket[2]!.trim();
  }
  return { title: title || heading.trim(), aliases };
}

/** One line, no closing punctuation, at most MAX_TITLE characters. */
export function shortTitle(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim().replace(/[，,；;。:：]+$/, '');
  return one.length <= MAX_TITLE ? one : `${one.slice(0, MAX_TITLE - 1)}…`;
}

/** The first sentence, without an "答：" in front. */
export function firstSentence(text: string): string {
  const plain = text.replace(/^\s*(?:答|A)\s*[:：]\s*/, '').replace(/\s+/g, ' ').trim();
  const m = /^(.+?(?:[。！？!?]|\.(?=\s)|$))/.exec(plain);
  const s = (m?.[1] ?? plain).trim();
  return s.length <= 200 ? s : `${s.slice(0, 199)}…`;
}

/** A cause's title, how to check it and the fix, from one item of text: "title：rest" or the first
 *  clause as title; the rest split at 解决/处理/Solution, else at the first clause that acts. */
export function splitCause(md: string, plain: string): { title: string; check: string; fix: string } {
  const head = /^([^:：]{2,40})[:：]\s*([\s\S]+)$/.exec(plain);
  let title: string;
  let rest = md;
  if (head && !FIX_VERBS.test(head[1]!) && !CHECK_VERBS.test(head[1]!)) {
    title = head[1]!;
    rest = md.replace(/^[^:：]*[:：]\s*/, '');
  } else title = plain.split(/[，,；;。]|\.\s/)[0]!;
  const marker = /(解决方法|解决办法|解决方案|解决|处理方法|Solution)\s*[:：]/.exec(rest);
  if (marker) return { title, check: rest.slice(0, marker.index).trim().replace(/[，,；;。]$/, ''), fix: rest.slice(marker.index + marker[0].length).trim() };
  const clauses = rest.split(/(?<=[，,；;。])/);
  const at = clauses.findIndex((c, i) => i > 0 && FIX_VERBS.test(c) && !CHECK_VERBS.test(c.replace(FIX_VERBS, '')));
  if (at > 0) return { title, check: clauses.slice(0, at).join('').trim(), fix: clauses.slice(at).join('').trim() };
  return { title, check: rest.trim(), fix: '' };
}
