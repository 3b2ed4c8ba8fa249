// A paste read as a trouble report: which lines are the reporter's own sentences (they carry the
// symptom, in everyday words) and which are pasted log lines of whatever product hit the problem
// (Go, Python, nginx, uwsgi, supervisor, JSON bodies …); of a log line, what its message is once the
// format's own parts (level, source location, logger, request counters) are taken off.

export type LineKind = 'sentence' | 'log';

export interface ReportLine {
  kind: LineKind;
  /** The log format recognised, or '' for a sentence or an unknown log line. */
  format: string;
  /** The line without its format's own parts (source locations, levels, counters). */
  message: string;
}

/** Log formats, recognised by the way their lines start or what they always carry (normalised, lower-case text). */
const FORMATS: readonly [string, RegExp][] = [
  // a Go source location, glog's header included (E1204 10:21:33.412345 12345 file.go:123] message),
  // or one in brackets or before a colon: [register.go:64], views.py:88]
  ['go', /\b[\w-]+\.go:\d+\]?/],
  ['python-traceback', /^(?:traceback \(most recent call last\)|file "[^"]+", line \d+|\s*\w+(?:\.\w+)*(?:error|exception|warning)\b.*:)/],
  ['uwsgi', /^\[pid: \d+\|app: /],
  // nginx error log: 2026/12/04 10:21:33 [error] 1234#0: *5678 …
  ['nginx', /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} \[(?:emerg|alert|crit|error|warn|notice|info|debug)\] \d+#\d+:/],
  ['nginx', /^nginx: \[(?:emerg|alert|crit|error|warn)\]/],
  // access logs (combined / Django runserver): "GET /path HTTP/1.1" 302 0
  ['access', /"(?:get|post|put|delete|head|patch|options) \S+ http\/[\d.]+" \d{3}/],
  // supervisord's own log and supervisorctl status
  ['supervisor', /\b(?:spawned: '|exited: \w|gave up: \w|entered (?:fatal|running|backoff) state|success: \w+ entered)/],
  ['supervisor', /^[\w:-]+ +(?:fatal|running|exited|backoff|stopped|starting|stopping|unknown) +\S/],
  ['json', /^\s*[{[]\s*"/],
  ['html', /^\s*<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/],
  ['shell', /^(?:\[[\w@.-]+ [^\]]*\][#$]|[#$] )/],
  // a log line led by a date or time, or a level in brackets
  ['log', /^\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}[ t]\d{1,2}:\d{2}/],
  ['log', /^\[?\d{1,2}\/[a-z]{3}\/\d{4}[: ]\d{2}:\d{2}/],
  ['log', /^\[?(?:debug|info|notice|warn|warning|error|err|fatal|critical|crit)\]?[\s:]/],
  ['log', /\[(?:debug|info|warn|warning|error|fatal|critical)\]/],
  // indented code or continuation lines of a traceback or compiler output
  ['log', /^\s{2,}\S/],
  ['log', /^(?:svn|fatal|error|warning|curl|mysql|django|ldap3|redis|amqp|kafka|paramiko)(?:\.[\w.]+)?: /],
  ['log', /^(?:cloning into|unlinking stale socket|collecting |retrying \(|compilation terminated|systemd|mysql> )/i],
];

/** Parts of a log line that belong to its format, not to the problem: cut before the words are read. */
const FORMAT_PARTS: readonly RegExp[] = [
  // source locations: file.go:123], [views.py:88], (base.py:274), _openssl.c:498:30:
  /\[?\(?\b[\w.-]+\.(?:go|py|java|js|ts|c|cc|cpp|h|rb|php|lua):\d+(?::\d+)?\]?\)?:?/g,
  // glog header: E1204 10:21:33.412345   12345
  /^[iwef]\d{4} [\d:.]+ +\d+ /,
  // levels
  /\[?\b(?:debug|info|notice|warn|warning|err|error|fatal|critical|crit|emerg|alert)\b\]?(?=[\s:\]|])/g,
  // uwsgi request counters and sizes
  /\[pid: \d+\|app: \d+\|req: \d+\/\d+\]|\{\d+ vars in \d+ bytes\}|generated \d+ bytes in \d+ msecs|\d+ headers in \d+ bytes \([^)]*\)/g,
  // nginx worker / connection numbers
  /\b\d+#\d+: \*\d+/g,
  // thread and worker names: [http-nio-8080-exec-7], [forkpoolworker-3]
  /\[(?:http-nio-\d+-exec-\d+|[\w-]*worker[\w-]*|main|pool-\d+-thread-\d+)\]/g,
];

/** Recognises a line of a paste: a log format, or the reporter's own sentence. */
export function readLine(normalisedLine: string): ReportLine {
  for (const [format, re] of FORMATS) {
    if (re.test(normalisedLine)) return { kind: 'log', format, message: cutFormat(normalisedLine) };
  }
  // A line of mostly words (CJK, or several Latin words without code punctuation) is the reporter's.
  const cjk = (normalisedLine.match(/[\u3400-\u9fff]/g) ?? []).length;
  const words = normalisedLine.split(/\s+/).filter((w) => /^[a-z][a-z'-]*[,.!?;:]?$/.test(w)).length;
  const tokens = normalisedLine.split(/\s+/).length;
  if (cjk >= 2 || (words >= 3 && words / tokens >= 0.5)) return { kind: 'sentence', format: '', message: normalisedLine };
  return { kind: 'log', format: '', message: cutFormat(normalisedLine) };
}

function cutFormat(line: string): string {
  let s = line;
  for (const re of FORMAT_PARTS) s = s.replace(re, ' ');
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Identifiers of a log line: `key=value` / `key: value` keys and snake_case names (`bk_token`,
 * `app_code`). In a report they are the product's own vocabulary: when they occur only in log lines
 * they are weak evidence, even where an entry is about them.
 */
export function identifiersOf(message: string): Set<string> {
  const out = new Set<string>();
  for (const m of message.matchAll(/\b([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\b/g)) out.add(m[1]!);
  for (const m of message.matchAll(/\b([a-z][a-z0-9_]*)\s*[=]\s*[^\s=]/g)) out.add(m[1]!);
  return out;
}
