// The language of a page when --lang is not given: Chinese when a fair share of its letters are CJK.
import type { Lang } from '../../../src/lib/locales.ts';

export function guessLang(text: string): Lang {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return cjk * 4 >= latin * 0.5 && cjk > 20 ? 'zh' : 'en';
}
