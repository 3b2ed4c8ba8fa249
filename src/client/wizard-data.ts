// What the wizard fetches after the page: a class's candidates and the entry → class lookup (static
// JSON under /<lang>/wizard/data/), and a cause's check and fix, taken from the entry page itself so
// they look and copy exactly as there. Same origin, under the base path; each file once per page.
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

export interface CauseParts {
  /** The "check" and "fix" blocks, adopted into this document (not yet inserted). */
  parts: Element[];
  /** The language they are written in, when it is not the page's (an untranslated entry). */
  lang: string | undefined;
}

/**
 * A cause's check and fix from its entry page (`#cause-<key>` holds them as `.cause__part`), with
 * their headings one level down, as the wizard nests them under the cause's title.
 */
export async function causeParts(entryUrl: string, key: string): Promise<CauseParts> {
  const page = await entryPage(entryUrl);
  const cause = page.getElementById(causeAnchor(key));
  if (!cause) throw new Error(`${entryUrl}: no #${causeAnchor(key)}`);
  const parts = [...cause.querySelectorAll(':scope > .cause__part')].map((part) => {
    const copy = document.importNode(part, true);
    for (const h of copy.querySelectorAll('h4')) {
      const lower = document.createElement('h5');
      lower.append(...h.childNodes);
      h.replaceWith(lower);
    }
    return copy;
  });
  const written = cause.closest('[lang]')?.getAttribute('lang') ?? undefined;
  return { parts, lang: written && written !== document.documentElement.lang ? written : undefined };
}
