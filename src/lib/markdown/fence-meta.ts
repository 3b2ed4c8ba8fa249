// Parses the text after the language in a code fence:
//   ```console danger="why" title="file.conf"      ```bash caution="why" layout="bkce"
// Other words in the meta are ignored.
export interface FenceMeta {
  title?: string;
  danger?: string;
  /** A lighter warning: the block stops, restarts or changes something on a live host. */
  caution?: string;
  /** The install layout (content/taxonomy/layouts.json id) the block's paths belong to. */
  layout?: string;
}

const KEYS = ['title', 'danger', 'caution', 'layout'] as const;
const isKey = (key: string | undefined): key is (typeof KEYS)[number] => (KEYS as readonly (string | undefined)[]).includes(key);

export function parseFenceMeta(meta: string): FenceMeta {
  const result: FenceMeta = {};
  const pattern = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
  for (const match of meta.matchAll(pattern)) {
    const [, key, dq, sq, bare] = match;
    const value = dq ?? sq ?? bare;
    if (value === undefined || !isKey(key)) continue;
    result[key] = value;
  }
  return result;
}

/** A `title` that names a file (a path or name.ext): the block is that file, copied whole. */
export const namesFile = (title: string | undefined): boolean => !!title && /(^|\/)[\w.${}-]*\.[A-Za-z]\w*$|\//.test(title);
