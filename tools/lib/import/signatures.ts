// Error strings, kept verbatim, from where FAQ pages put them: in the question's heading (after "报错:"
// or as the whole heading), in quotes or in parentheses in the prose, in inline code, and as the
// error lines of a pasted log or output. A host-specific value ends a signature there (the rest of
// the line differs on every host), and prefixes such as `[10.0.0.1]` or a timestamp are dropped.
// Pure text functions.

const ERROR_WORDS = /(?:exception|error)\b|\b(error|errno|fail|failed|failure|fatal|exception|refused|denied|invalid|illegal|expired|timeout|timed out|not found|not valid|no such|cannot|can't|could not|unable|unknown column|traceback|exited|abort(ed)?|panic|bad gateway|not exist|does not exit|unkown|no result|always|is not)\b|(?:_FAILED|_ERROR|_TIMEOUT)\b|\b[45]\d\d\b|不存在|失败|异常|错误|未赋值|不通过|没有那个|无效|拒绝|超时/i;
const HOST_VALUE = /\b(?:\d{1,3}\.){3}\d{1,3}\b|\b10\.[xX](?:\.[xX]){2}\b/;
const CJK = /[\u3400-\u9fff]/;
const ASCII_LETTER = /[A-Za-z]/;
/** Short strings ("error", "EXIT") are words, not messages anyone would search for. */
const MIN_LENGTH = 6;
const MAX_LENGTH = 240;

export const looksLikeError = (text: string): boolean => ERROR_WORDS.test(text);

/** Trims a candidate to the verbatim message: cut at a host-specific value, trailing punctuation. */
export function cleanSignature(text: string): string | undefined {
  let s = text.replace(/\s+$/, '').replace(/^\s+/, '');
  const host = HOST_VALUE.exec(s);
  if (host) s = s.slice(0, host.index);
  s = s.replace(/[\s,，;；:：。.(（]+$/, (m) => (m.trim() === '.' || /\.\.\.+$/.test(s) ? m : '')).trimEnd();
  if (s.length < MIN_LENGTH || s.length > MAX_LENGTH) return undefined;
  if (!ASCII_LETTER.test(s) && !CJK.test(s)) return undefined;
  return s;
}

/** The error text a heading names: the whole heading when it is an error message, the part after
 *  "报错:" / "提示" / "error:", a quoted message, a trailing English message after Chinese words. */
export function headingSignatures(heading: string): string[] {
  const out: string[] = [];
  const h = heading.replace(/^\s*(?:Q\s*\d+|问题?\s*\d*)\s*[:：.、]\s*/i, '').replace(/(?:\s*\([A-Za-z][\w-]*\))+\s*$/, '').trim();
  if (!CJK.test(h) && looksLikeError(h)) {
    const narrative = /^.*\b(?:reported|reports|shows?|says|displays?|prompts?)\b[^:]*:\s*(.+)$/i.exec(h);
    if (narrative) return unique([narrative[1]!].map((s) => cleanSignature(s)).filter((s): s is string => !!s));
    if (/[:(\[]|\w(?:Error|Exception)\b|\b(?:refused|failed|denied|timeout)$/.test(h)) return unique([h]);
  }
  for (const q of quoted(h)) out.push(q);
  if (out.length > 0) return unique(out);
  const afterColon = /^(.*?[^\x00-\x7f].*?)\s*[:：]\s*(.+)$/.exec(h);
  if (afterColon && (ASCII_LETTER.test(afterColon[2]!) || looksLikeError(afterColon[2]!))) out.push(afterColon[2]!.trim());
  else {
    const tail = /(?:报错|报|提示|显示|出现|返回|错误)\s*[:：]?\s*([A-Za-z0-9][\x20-\x7e]*[A-Za-z][\x20-\x7e]*)$/.exec(h);
    if (tail) out.push(tail[1]!.trim());
  }
  const code = /\b(?:error|错误码?)\s*[:：]?\s*\d{4,}\b/i.exec(h);
  if (code) out.push(code[0]);
  return unique(out.map((s) => cleanSignature(s)).filter((s): s is string => !!s));
}

/** Messages in quotes, or in parentheses after Chinese text (`证书过期(license expired)`), and error
 *  text in inline code, from one paragraph or list item. */
export function proseSignatures(text: string, inlineCode: readonly string[]): string[] {
  const out: string[] = [];
  for (const q of quoted(text)) if (ASCII_LETTER.test(q) || looksLikeError(q)) out.push(q);
  for (const m of text.matchAll(/[\u3400-\u9fff]\s*[(（]([^()（）]*[A-Za-z][^()（）]*)[)）]/g)) {
    const inner = m[1]!.trim();
    if (!/\s/.test(inner) && !/_|\./.test(inner)) continue;
    for (const part of inner.split(/\s*\/\s*(?=[A-Za-z])/)) if (looksLikeError(part)) out.push(part);
  }
  for (const c of inlineCode) if (isMessage(c)) out.push(c);
  // English printed by the software in Chinese prose: "当 error.log 出现 Table has no partition for value xxxx 这种错".
  for (const m of text.matchAll(/(?:出现|报错|报|提示|打印|显示|返回)\s*[:：]?\s*([A-Za-z][\x20-\x7e]*?)\s*(?=[\u3400-\u9fff，。；]|$)/g)) {
    const run = m[1]!.trim();
    if (run.split(/\s+/).length >= 3 && !COMMAND_START.test(run)) out.push(run);
  }
  return unique(out.map((s) => cleanSignature(s)).filter((s): s is string => !!s));
}

const COMMAND_START = /^(?:\$|#|\.{0,2}\/|~|[A-Z_]+=|(?:sudo|cd|ls|ll|cat|tail|head|grep|ps|netstat|ss|lsof|curl|wget|ping|telnet|vi|vim|source|export|pip|python|mysql|chown|chmod|mkdir|rm|mv|cp|tar|kill|systemctl|service|supervisorctl|nginx|ssh|sh|bash|echo|find|awk|sed|workon|git|svn|docker|kubectl|md5sum|drop|create|select|update|insert|delete)\b)/i;

/** An inline-code string that is a message rather than a path, a command or a setting name. */
function isMessage(code: string): boolean {
  const c = code.trim();
  if (COMMAND_START.test(c) || /^[\w.-]*\/[\w./*{}$-]*$/.test(c)) return false;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(c)) return /FAIL|ERROR|TIMEOUT|INVALID|DENIED/.test(c);
  return looksLikeError(c) && (/\s/.test(c) || CJK.test(c));
}

/** Error lines of output (a log, a traceback, a command's reply). Wrapped lines are joined while a
 *  parenthesis or quote is still open; `[10.0.0.1]`, timestamps and column prefixes are dropped. */
export { unbalanced };
export function outputSignatures(lines: readonly string[]): string[] {
  const out: string[] = [];
  // A JSON error reply: its code is as searchable as its message.
  const reply = lines.some((l) => /^\s*"(?:message|msg|error)"\s*:\s*"[^"]*"/.test(l) && looksLikeError(l));
  if (reply) for (const l of lines) if (/^\s*"(?:code|errcode|error_code)"\s*:/.test(l)) out.push(l.trim().replace(/[,，]$/, ''));
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.trim();
    while (unbalanced(line) && i + 1 < lines.length && lines[i + 1]!.trim()) line = `${line} ${lines[++i]!.trim()}`;
    if (!line || line.startsWith('#') || !looksLikeError(line) || !ASCII_LETTER.test(line)) continue;
    const json = /^"(?:message|msg|error|detail|reason)"\s*:\s*"(.+)"[,，]?$/.exec(line);
    if (json) {
      if (looksLikeError(json[1]!)) out.push(json[1]!);
      continue;
    }
    if (/^[{}"]|^\[\s*[{"]/.test(line)) continue;
    let s = line.replace(/^(?:\[[^\]]{1,40}\]\s*:?\s*)+/, '').replace(/^\d{4}-\d\d-\d\d[ T][\d:.,]+\s*:?\s*/, '');
    const columns = /\S\s{3,}\S/.exec(s);
    if (columns) {
      const at = s.search(/\b(?:FATAL|ERROR|EXIT|Error|Exception|failed|Failed)\b/);
      if (at < 0) continue;
      s = s.slice(at);
    }
    out.push(s);
  }
  return unique(out.map((s) => cleanSignature(s)).filter((s): s is string => !!s));
}

function unbalanced(line: string): boolean {
  const count = (re: RegExp) => (line.match(re) ?? []).length;
  return count(/[(（]/g) > count(/[)）]/g) || count(/"/g) % 2 === 1;
}

function quoted(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/"([^"\n]{4,})"|“([^”\n]{4,})”|「([^」\n]{4,})」/g)) {
    const q = (m[1] ?? m[2] ?? m[3])!.trim();
    // "xxxxx" stands for a name the page leaves out; it is not a message.
    if (/^[xX.*]+$/.test(q) || (!/\s/.test(q) && !CJK.test(q) && q.length < 8)) continue;
    out.push(q);
  }
  return out;
}

export function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
