// What the wizard fetches after the page: a class's candidates and the entry → class lookup (static
// JSON under /<lang>/wizard/data/), and a cause's check and fix or a how-to's steps, taken from the
// entry page itself so they look and copy exactly as there. Same origin, under the base path; each
// file once per page.
import { lang, urls } from './page-context.ts';
import { causeAnchor } from '../lib/urls.ts';
import type { ClassList } from '../lib/wizard.ts';
import type { ClassLookup } from '../lib/wizard-legacy.ts';

const files = new Map<string, Promise<unknown>>();

/** Fetches a URL once; a failed fetch is forgotten so that the next attempt tries again. */
function once<T>(url: string, read: (response: Response) => Promise<T>): Promise<T> {
  let pending = files.get(url) as Promise<T> | undefined;
  if (!pending) {
    pending = fetch(url, { credentials: 'same-origin' }).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return read(response);
    });
    pending.catch(() => files.delete(url));
    files.set(url, pending);
  }
  return pending;
}

export const classList = (id: string): Promise<ClassList> => once(urls.wizardClassData(lang, id), (r) => r.json() as Promise<ClassList>);

export const classLookup = (shard: number): Promise<ClassLookup> => once(urls.wizardLookupData(lang, shard), (r) => r.json() as Promise<ClassLookup>);

const entryPage = (url: string): Promise<Document> =>
  once(url, async (r) => new DOMParser().parseFromString(await r.text(), 'text/html'));

export interface EntryParts {
  /** Blocks of the entry page, adopted into this document (not yet inserted). */
  parts: Element[];
  /** The language they are written in, when it is not the page's (an untranslated entry). */
  lang: string | undefined;
}

/**
 * Blocks of an entry page as the wizard shows them: headings moved down `levels` (the wizard nests
 * them under its own), ids dropped (two entries' headings may share one, and the wizard page has
 * its own), and links to a place on the entry page pointed at the entry page.
 */
function adopt(blocks: readonly Element[], from: Element, entryUrl: string, levels: number): EntryParts {
  const parts = blocks.map((block) => {
    // In a wrapper, so that a block that is itself a heading is moved down too.
    const wrapper = document.createElement('div');
    wrapper.append(document.importNode(block, true));
    for (const h of wrapper.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const lower = document.createElement(`h${Math.min(6, Number(h.tagName[1]) + levels)}`);
      lower.append(...h.childNodes);
      h.replaceWith(lower);
    }
    for (const el of wrapper.querySelectorAll('[id]')) el.removeAttribute('id');
    for (const a of wrapper.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) a.setAttribute('href', `${entryUrl}${a.getAttribute('href')}`);
    return wrapper.firstElementChild!;
  });
  const written = from.closest('[lang]')?.getAttribute('lang') ?? undefined;
  return { parts, lang: written && written !== document.documentElement.lang ? written : undefined };
}

/** A cause's check and fix from its entry page (`#cause-<key>` holds them as `.cause__part`), under the cause's title. */
export async function causeParts(entryUrl: string, key: string): Promise<EntryParts> {
  const page = await entryPage(entryUrl);
  const cause = page.getElementById(causeAnchor(key));
  if (!cause) throw new Error(`${entryUrl}: no #${causeAnchor(key)}`);
  return adopt([...cause.querySelectorAll(':scope > .cause__part')], cause, entryUrl, 1);
}

/**
 * A how-to's steps from its entry page: the body section (`.entry__body`) without its own heading,
 * under the candidate's title. An entry page without a body gives no blocks.
 */
export async function howtoSteps(entryUrl: string): Promise<EntryParts> {
  const page = await entryPage(entryUrl);
  const body = page.querySelector('article .entry__body');
  if (!body) return { parts: [], lang: undefined };
  const heading = body.getAttribute('aria-labelledby');
  return adopt([...body.children].filter((el) => !heading || el.id !== heading), body, entryUrl, 2);
}
