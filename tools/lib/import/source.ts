// The first gate of `npm run import`: is this file FAQ Markdown we can read line by line? Refuses,
// with the file and the reason, what would make a poor or dangerous import: bytes that are not UTF-8
// text, an HTML page or a JSON file saved under a Markdown name, and lines so long that the file is
// generated or minified rather than written. Pure: takes the bytes, returns the text or the error.

/** A Markdown line longer than this is not prose someone wrote (a minified file, a base64 blob). */
export const MAX_LINE_LENGTH = 20_000;

export class ImportError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.file = file;
  }
}

export interface SourceText {
  file: string;
  text: string;
  /** The text's lines, index 0 = line 1. */
  lines: string[];
}

export function readSource(file: string, bytes: Uint8Array): SourceText {
  if (bytes.length === 0) throw new ImportError(file, 'the file is empty');
  if (bytes.includes(0)) throw new ImportError(file, 'not a text file (it contains NUL bytes): give the FAQ page as Markdown');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(file, 'not UTF-8 text: save the page as UTF-8 Markdown (e.g. iconv -f gbk -t utf-8)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const long = lines.findIndex((l) => l.length > MAX_LINE_LENGTH);
  if (long >= 0) {
    throw new ImportError(file, `line ${long + 1} is ${lines[long]!.length.toLocaleString('en')} characters long (the limit is ${MAX_LINE_LENGTH.toLocaleString('en')}): this is not hand-written Markdown; nothing was imported`);
  }
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(start)) {
    throw new ImportError(file, 'an HTML page, not Markdown: save the page\'s Markdown source (BKDocs keeps it next to the page)');
  }
  if (/^[[{]/.test(start) && isJson(text)) throw new ImportError(file, 'a JSON file, not Markdown');
  return { file, text, lines };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
