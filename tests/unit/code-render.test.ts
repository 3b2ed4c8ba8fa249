// The build-time markup of code blocks (rehype-code-blocks), read back the way the page script
// reads it: lines with the same data-cmd form one command, `.prompt` is never part of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { renderMarkdown } from '../../src/lib/markdown/render-markdown.ts';
import { t } from '../../src/i18n/index.ts';
import type { Lang } from '../../src/lib/locales.ts';
import { parseTranscript } from '../../src/lib/shell/transcript.ts';

const html = (markdown: string, lang: Lang = 'zh') => renderMarkdown(markdown, lang);
const parse = (s: string): Root => unified().use(rehypeParse, { fragment: true }).parse(s);
const classes = (el: Element): string[] => (el.properties.className as string[] | undefined) ?? [];
function all(node: Root | Element, pick: (el: Element) => boolean, out: Element[] = []): Element[] {
  for (const child of node.children as RootContent[]) {
    if (child.type !== 'element') continue;
    if (pick(child)) out.push(child);
    all(child, pick, out);
  }
  return out;
}
function textWithoutPrompts(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !classes(c).includes('prompt') ? textWithoutPrompts(c) : '')).join('');
}
function copiedCommands(fragment: string): string[] {
  const commands: string[][] = [];
  for (const line of all(parse(fragment), (el) => classes(el).includes('line') && el.properties.dataCmd !== undefined)) {
    (commands[Number(line.properties.dataCmd)] ??= []).push(textWithoutPrompts(line));
  }
  return commands.map((c) => c.join('\n'));
}

const transcript = [
  "[root@paas-1 ${PAAS_ROOT}/logs]# cat > /tmp/a.sh <<'EOF'",
  '> echo "<b>hi</b>" \\',
  '>   && true',
  '> EOF',
  'output <script>alert(1)</script>',
  '[root@paas-1 /root]# for x in `ps auxf|grep open_paas|awk \'{print $2}\'`;do kill -9 $x;done',
  '-bash: kill: (8230) - 没有那个进程',
  '[root@paas-1 /root]#',
].join('\n');

test('a transcript renders its commands exactly as parseTranscript copies them', async () => {
  const out = await html('```console\n' + transcript + '\n```');
  assert.deepEqual(copiedCommands(out), parseTranscript(transcript).commands);
  assert.match(out, /data-copy="commands"/);
  assert.doesNotMatch(out, /<script>|<b>/, 'output and commands are escaped text');
});

test('prompts and output lines are marked for styling; the empty last prompt is not a command', async () => {
  const tree = parse(await html('```console\n' + transcript + '\n```'));
  assert.equal(all(tree, (el) => classes(el).includes('output')).length, 2);
  assert.equal(all(tree, (el) => classes(el).includes('prompt-line')).length, 1);
  assert.ok(all(tree, (el) => classes(el).includes('prompt')).length >= 5);
});

test('a plain script marks one data-cmd per command; a file (title with a path) is not split', async () => {
  const script = '# check\nfor f in a b; do\n  echo $f\ndone\nls ${PAAS_ROOT}';
  assert.deepEqual(copiedCommands(await html('```bash\n' + script + '\n```')), ['for f in a b; do\n  echo $f\ndone', 'ls ${PAAS_ROOT}']);
  assert.deepEqual(copiedCommands(await html('```bash title="bin/config.sh"\nA=1\nB=2\n```')), []);
  assert.deepEqual(copiedCommands(await html('```bash\nls\n```')), [], 'one command: the copy button is enough');
});

test('placeholders are wrapped in blocks, captions and inline code, across highlighting tokens', async () => {
  const out = await html('See `${PAAS_ROOT}/x`.\n\n```bash title="${PAAS_ROOT}/etc/a.conf"\necho <paas_ip> {PAAS_DOMAIN}\n```');
  const tree = parse(out);
  const marked = all(tree, (el) => classes(el).includes('ph'));
  assert.deepEqual(marked.map((el) => [el.properties.dataPh, textWithoutPrompts(el)]), [
    ['PAAS_ROOT', '${PAAS_ROOT}'],
    ['PAAS_ROOT', '${PAAS_ROOT}'],
    ['paas_ip', '<paas_ip>'],
    ['PAAS_DOMAIN', '{PAAS_DOMAIN}'],
  ]);
});

test('danger note: a role=note paragraph before the code, labelled in the Markdown\'s language, escaped', async () => {
  const zh = parse(await html('```bash danger="会删除 <run> 目录"\nrm -f run/*\n```'));
  const figure = all(zh, (el) => el.tagName === 'figure')[0]!;
  const kids = figure.children.filter((c): c is Element => c.type === 'element');
  assert.equal(kids[0]!.properties.role, 'note');
  assert.equal(kids.at(-1)!.tagName, 'pre');
  assert.equal(textWithoutPrompts(kids[0]!), `${t('zh', 'code.danger')}会删除 <run> 目录`);
  const en = parse(await html('```bash danger="Deletes run files"\nrm -f run/*\n```', 'en'));
  assert.match(textWithoutPrompts(all(en, (el) => el.properties.role === 'note')[0]!), /^Danger: Deletes/);
});

test('caution note: its own class in the same place as danger, lighter; danger wins when both are given', async () => {
  const zh = parse(await html('```bash caution="会重启 esb"\n./bin/dashboard.sh restart esb\n```'));
  const figure = all(zh, (el) => el.tagName === 'figure')[0]!;
  const kids = figure.children.filter((c): c is Element => c.type === 'element');
  assert.deepEqual(kids[0]!.properties.className, ['code-caution']);
  assert.equal(kids[0]!.properties.role, 'note');
  assert.equal(kids.at(-1)!.tagName, 'pre');
  assert.equal(textWithoutPrompts(kids[0]!), `${t('zh', 'code.caution')}会重启 esb`);
  assert.ok('dataCaution' in figure.properties && !('dataDanger' in figure.properties));
  const both = parse(await html('```bash danger="Kills it" caution="Restarts it"\nkill -9 1\n```', 'en'));
  const notes = all(both, (el) => el.properties.role === 'note');
  assert.equal(notes.length, 1);
  assert.deepEqual(notes[0]!.properties.className, ['code-danger']);
});

test('every listed language is highlighted (tokens carry both theme colours)', async () => {
  for (const lang of ['bash', 'console', 'python', 'yaml', 'json', 'ini', 'nginx', 'sql']) {
    const body = lang === 'console' ? '$ ls -l /tmp' : 'a = "b" # c';
    const out = await html('```' + lang + '\n' + body + '\n```');
    assert.match(out, /--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}/, lang);
    assert.ok((out.match(/--shiki-light:/g) ?? []).length >= 3, `${lang}: several coloured tokens`);
  }
});
