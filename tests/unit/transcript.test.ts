// What a copy button puts on the clipboard for a shell transcript or script: exactly the commands.
// The seed transcripts are kept verbatim in tests/fixtures/transcripts/seed-*.txt (every fenced
// block of the two seed FAQ documents that contains a shell prompt).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { matchPrompt, parseTranscript, splitCommands, transcriptCopyText } from '../../src/lib/shell/transcript.ts';

const seed = (name: string): string => readFileSync(new URL(`../fixtures/transcripts/${name}.txt`, import.meta.url), 'utf8');
const commands = (source: string): string[] => parseTranscript(source).commands;

// ---- every transcript in the seeds ----

test('seed 000-01: $ prompts, cd then restart esb', () => {
  assert.deepEqual(commands(seed('seed-000-01')), ['cd ${PAAS_ROOT}/open_paas', './bin/dashboard.sh restart esb']);
});

test('seed 000-02: $ prompts, activate the esb virtualenv', () => {
  assert.deepEqual(commands(seed('seed-000-02')), ['cd ${PAAS_ROOT}/open_paas', 'source Envs/esb/bin/activate']);
});

test('seed 000-03: $ prompts with a {placeholder} argument', () => {
  assert.deepEqual(commands(seed('seed-000-03')), ['pip install {包名}', 'bin/dashboard.sh restart esb']);
});

test('seed 001-04: status output first, [root@host dir]# prompts, blank line, ps output with \\_', () => {
  const block = seed('seed-001-04');
  assert.deepEqual(commands(block), ['./bkcec stop paas', './bkcec status paas', 'ps auxf|grep open_paas']);
  const copied = transcriptCopyText(block);
  assert.doesNotMatch(copied, /FATAL|Shut down|EXIT|uwsgi|-----/);
  assert.equal(copied.endsWith('\n'), false);
});

test('seed 001-05: "# 可选" notes between root prompts are not commands; the kill loop keeps its backticks', () => {
  assert.deepEqual(commands(seed('seed-001-05')), [
    '/data/bkce/.envs/open_paas/bin/python /data/bkce/.envs/open_paas/bin/supervisorctl -c /data/bkce/etc/supervisor-open_paas.conf shutdown',
    'chown o+s supervisor.sock',
    '/data/bkce/.envs/open_paas/bin/python /data/bkce/.envs/open_paas/bin/supervisord -c /data/bkce/etc/supervisor-open_paas.conf',
    "for x in `ps auxf|grep open_paas|awk '{print $2}'`;do kill -9 $x;done",
    'ps auxf|grep open_paas',
  ]);
});

test('seed 001-06: start and status, RUNNING lines dropped', () => {
  assert.deepEqual(commands(seed('seed-001-06')), ['./bkcec start paas', './bkcec status paas']);
});

test('seed 001-07: one curl, its error output dropped', () => {
  assert.deepEqual(commands(seed('seed-001-07')), ['curl http://10.x.x.x:8010']);
});

test('seed 001-08: comments, an empty prompt and blank lines between commands', () => {
  const block = seed('seed-001-08');
  assert.deepEqual(commands(block), [
    'netstat -lnpt|grep 8010',
    'ps -ef|grep nginx',
    'll /proc/20934/|grep exe',
    '/usr/sbin/nginx -s reload',
    'netstat -lnpt|grep 8010',
  ]);
  assert.equal(parseTranscript(block).lines.filter((l) => l.kind === 'prompt').length, 1);
});

test('seed 001-09: HTML output after curl is output, not commands', () => {
  assert.deepEqual(commands(seed('seed-001-09')), ['curl http://10.X.X.X:8010']);
});

// ---- prompt forms ----

test('prompt forms: $, #, [user@host dir]#, user@host:~$, root@host:/etc#, (venv) $, bash-4.2#', () => {
  const cases: [string, string][] = [
    ['$ ls', '$ '],
    ['# ls', '# '],
    ['[root@paas-1 /root]# ls', '[root@paas-1 /root]# '],
    ['[app@node ${PAAS_ROOT}/logs/open_paas]$ ls', '[app@node ${PAAS_ROOT}/logs/open_paas]$ '],
    ['ops@bastion:~$ ls', 'ops@bastion:~$ '],
    ['root@paas-1:/etc/nginx# ls', 'root@paas-1:/etc/nginx# '],
    ['(venv) $ ls', '(venv) $ '],
    ['(esb) [root@paas-1 /data]# ls', '(esb) [root@paas-1 /data]# '],
    ['bash-4.2# ls', 'bash-4.2# '],
  ];
  for (const [line, prompt] of cases) {
    assert.equal(matchPrompt(line)?.prompt, prompt, line);
    assert.deepEqual(commands(line), ['ls'], line);
  }
});

test('lines that only look like prompts are output', () => {
  for (const line of ['[10.0.0.11] open_paas: EXIT', '$PATH is empty', '#!/bin/bash', '[10.X.X.X]20180730-094141 117   stopping', 'mysql> select 1;', '>>> import os']) {
    assert.equal(matchPrompt(line), undefined, line);
  }
});

test('bare "# " is a root prompt only when the block uses no other prompt', () => {
  assert.deepEqual(commands('# yum install -y gcc\n# ls /root'), ['yum install -y gcc', 'ls /root']);
  assert.deepEqual(commands('$ cat /etc/hosts\n# loopback\n127.0.0.1 localhost'), ['cat /etc/hosts']);
});

test('a comment typed at a prompt is not a command', () => {
  assert.deepEqual(commands('$ # first, check the port\n$ netstat -lnpt'), ['netstat -lnpt']);
});

// ---- multi-line commands ----

test('backslash continuation without PS2 stays one command, line breaks intact', () => {
  assert.deepEqual(commands('$ tar zxvf python_pkgs.tar.gz \\\n  -C /data/bkce/paas_agent/pkg/\nx\n'), ['tar zxvf python_pkgs.tar.gz \\\n  -C /data/bkce/paas_agent/pkg/']);
});

test('backslash continuation with PS2 "> " prompts: the "> " is stripped', () => {
  assert.deepEqual(commands('$ pip install -r requirements.txt \\\n> --no-index \\\n>   --find-links=/tmp/pkgs\nProcessing…'), [
    'pip install -r requirements.txt \\\n--no-index \\\n  --find-links=/tmp/pkgs',
  ]);
});

test('heredoc with PS2: body lines, even one starting with "$ ", and the terminator are kept', () => {
  const block = "[root@h /]# cat > /tmp/run.sh <<'EOF'\n> #!/bin/bash\n> $ echo \"$HOME\"\n> EOF\n[root@h /]# bash /tmp/run.sh\n/root";
  assert.deepEqual(commands(block), ["cat > /tmp/run.sh <<'EOF'\n#!/bin/bash\n$ echo \"$HOME\"\nEOF", 'bash /tmp/run.sh']);
});

test('heredoc without PS2, <<- with a tab-indented terminator, then output', () => {
  const block = '$ cat <<-END > /etc/hosts.extra\n10.0.0.11 paas.bk.com\n\tEND\n$ wc -l /etc/hosts.extra\n1 /etc/hosts.extra';
  assert.deepEqual(commands(block), ['cat <<-END > /etc/hosts.extra\n10.0.0.11 paas.bk.com\n\tEND', 'wc -l /etc/hosts.extra']);
});

test('two heredocs on one line and a quoted delimiter', () => {
  const block = '$ paste <<A <<"B"\n1\nA\n2\nB\n1\t2';
  assert.deepEqual(commands(block), ['paste <<A <<"B"\n1\nA\n2\nB']);
});

test('a quote left open runs on until it closes', () => {
  assert.deepEqual(commands("$ mysql -e 'SELECT user, host\n> FROM mysql.user'\n+------+\n| user |"), ["mysql -e 'SELECT user, host\nFROM mysql.user'"]);
});

test('for loop typed over several lines with PS2', () => {
  assert.deepEqual(commands('$ for f in *.log; do\n>   tail -n 1 "$f"\n> done\nlast line of a.log'), ['for f in *.log; do\n  tail -n 1 "$f"\ndone']);
});

test('a trailing pipe or && continues on the next line', () => {
  assert.deepEqual(commands('$ ps -ef |\n> grep nginx\nroot 1 nginx\n$ nginx -t &&\n> nginx -s reload'), ['ps -ef |\ngrep nginx', 'nginx -t &&\nnginx -s reload']);
});

test('$( … ) spanning lines', () => {
  assert.deepEqual(commands('$ echo $(date\n> +%F)\n2026-11-22'), ['echo $(date\n+%F)']);
});

test('a prompt ends a command left unfinished (a stray quote cannot swallow the rest)', () => {
  assert.deepEqual(commands("[root@h /]# echo 'oops\n[root@h /]# ls\nfile"), ["echo 'oops", 'ls']);
});

test('no trailing prompt, blank line or newline; CRLF sources copy with \\n', () => {
  const block = '$ ls\r\nfile\r\n\r\n$ pwd\r\n/root\r\n$ \r\n\r\n';
  assert.equal(transcriptCopyText(block), 'ls\npwd');
});

test('a block without prompts has no commands', () => {
  assert.deepEqual(commands('FATAL     Exited too quickly\nShut down'), []);
});

test('hostile input: 1 MB lines and unterminated constructs finish quickly', { timeout: 5000 }, () => {
  const big = '$ echo ' + '"'.repeat(1) + 'a'.repeat(1_000_000);
  assert.equal(commands(big).length, 1);
  assert.equal(commands('[' + 'a'.repeat(1_000_000)).length, 0);
  assert.equal(commands('a@'.repeat(300_000) + '$ x').length, 0);
  assert.equal(commands('$ cat <<EOF\n' + 'line\n'.repeat(100_000)).length, 1);
});

// ---- plain scripts: one command at a time ----

test('script: comments and blank lines are not commands; each line is one', () => {
  const block = splitCommands('# check\nls -l ${PAAS_ROOT}/apps\n\nps -ef | grep \'[s]upervisord\'\n');
  assert.deepEqual(block.commands, ['ls -l ${PAAS_ROOT}/apps', "ps -ef | grep '[s]upervisord'"]);
  assert.deepEqual(block.lines.map((l) => l.command), [undefined, 0, undefined, 1]);
});

test('script: for/while loops, if/fi, case/esac and { } groups are single commands', () => {
  const script = [
    'for path in /healthz/ /login/healthz/; do',
    '  echo "== $path"',
    '  curl -s -o /dev/null -w \'%{http_code}\\n\' "http://{PAAS_DOMAIN}$path"',
    'done',
    'find . -type d | while read -r d; do [ -f "$d/__init__.py" ] || echo "缺少 __init__.py: $d"; done',
    'if [ -S run/supervisord.sock ]; then',
    '  echo stale',
    'fi',
    'case "$1" in',
    '  start) echo go ;;',
    '  *) echo done ;;',
    'esac',
    '{ date; uptime; } > /tmp/state',
    'echo done',
  ].join('\n');
  assert.deepEqual(splitCommands(script).commands.map((c) => c.split('\n')[0]), [
    'for path in /healthz/ /login/healthz/; do',
    'find . -type d | while read -r d; do [ -f "$d/__init__.py" ] || echo "缺少 __init__.py: $d"; done',
    'if [ -S run/supervisord.sock ]; then',
    'case "$1" in',
    '{ date; uptime; } > /tmp/state',
    'echo done',
  ]);
});

test('script: nested quotes inside $( … ) inside double quotes, and ${p#…}', () => {
  const line = 'for p in /proc/[0-9]*; do echo "$(ls "$p/fd" 2>/dev/null | wc -l) $(cat "$p/comm" 2>/dev/null) ${p#/proc/}"; done | sort -rn | head';
  assert.deepEqual(splitCommands(`${line}\nuptime`).commands, [line, 'uptime']);
});

test('script: a heredoc is one command with its body', () => {
  assert.deepEqual(splitCommands("cat > a.ini <<'EOF'\n[x]\n# not a comment\nEOF\necho ok").commands, ["cat > a.ini <<'EOF'\n[x]\n# not a comment\nEOF", 'echo ok']);
});

test('script: trailing comment with a quote in it does not open a string', () => {
  assert.deepEqual(splitCommands("chown -R mysql:mysql /var/lib/mysql/ # the user's name may differ\nchmod -R 755 /var/lib/mysql/").commands.length, 2);
});
