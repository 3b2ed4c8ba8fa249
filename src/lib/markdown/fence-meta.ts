// Parses the text after the language in a code fence: ```console danger="why" title="file.conf"
// Other words in the meta are ignored.
export interface FenceMeta {
  title?: string;
  danger?: string;
}

export function parseFenceMeta(meta: string): FenceMeta {
  const result: FenceMeta = {};
  const pattern = /([A-Za-z][\w-]*)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
  for (const match of meta.matchAll(pattern)) {
    const [, key, dq, sq, bare] = match;
    const value = dq ?? sq ?? bare;
    if (value === undefined) continue;
    if (key === 'title') result.title = value;
    else if (key === 'danger') result.danger = value;
  }
  return result;
}
