// Copy buttons for the code blocks rendered by src/lib/markdown/rehype-code-blocks.ts. Buttons exist
// only once this runs, so without JS nothing dead shows and the block is plain selectable text.
// What is copied is read from the block itself: lines with the same data-cmd are one command,
// `.prompt` (prompts, PS2) is skipped, and filled-in placeholders are copied with their values.
// A block marked danger or caution is never copied with a placeholder left in it: in a shell an
// unset `${PAAS_ROOT}` is empty and `<appt_ip>` a redirection, so the command would run against
// the wrong place. The button names the missing value instead and opens the environment panel at it.
import { announce, copyText } from './clipboard.ts';
import { uiStrings, type UiFormat } from './page-context.ts';

function lineText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out += child.nodeValue ?? '';
    else if (child instanceof HTMLElement && !child.classList.contains('prompt') && child.tagName !== 'BUTTON') out += lineText(child);
  }
  return out;
}

const linesOf = (figure: Element): HTMLElement[] => [...figure.querySelectorAll<HTMLElement>('pre > code > .line')];

function commandsOf(figure: Element): { first: HTMLElement; lines: HTMLElement[] }[] {
  const groups = new Map<string, { first: HTMLElement; lines: HTMLElement[] }>();
  for (const line of linesOf(figure)) {
    const key = line.dataset.cmd;
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.lines.push(line);
    else groups.set(key, { first: line, lines: [line] });
  }
  return [...groups.values()];
}

const joinLines = (lines: HTMLElement[]): string => lines.map(lineText).join('\n');

/** The placeholders in `nodes` the reader has not filled (prompts are not copied), each once, in order. */
function unfilled(nodes: readonly Element[]): { name: string; token: string }[] {
  const missing = new Map<string, string>();
  for (const node of nodes) {
    for (const mark of node.querySelectorAll<HTMLElement>('.ph:not(.ph--filled)')) {
      if (!mark.closest('.prompt') && !missing.has(mark.dataset.ph!)) missing.set(mark.dataset.ph!, mark.textContent!);
    }
  }
  return [...missing].map(([name, token]) => ({ name, token }));
}

/** Opens the environment panel (src/components/EnvPanel.astro) at the field for `name`; focusing scrolls to it. */
function goToField(name: string): void {
  const input = document.querySelector<HTMLInputElement>(`#env-${CSS.escape(name)}`);
  const details = input?.closest('details');
  if (details) details.open = true;
  input?.focus();
}

function allText(figure: HTMLElement): string {
  if (figure.dataset.copy === 'commands') return commandsOf(figure).map((c) => joinLines(c.lines)).join('\n');
  return joinLines(linesOf(figure)).replace(/\n+$/, '');
}

function button(className: string, describedBy: string | undefined): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  if (describedBy) b.setAttribute('aria-describedby', describedBy);
  return b;
}

function enhance(figure: HTMLElement, index: number, t: UiFormat<'code'>): void {
  const pre = figure.querySelector('pre');
  const code = pre?.querySelector('code');
  if (!pre || !code || figure.dataset.enhanced !== undefined) return;
  figure.dataset.enhanced = '';
  const note = figure.querySelector<HTMLElement>('.code-danger, .code-caution');
  if (note) note.id ||= `code-note-${index}`;

  const status = document.createElement('span');
  status.className = 'code-status';
  status.setAttribute('aria-hidden', 'true'); // the live region speaks
  const guarded = figure.dataset.danger !== undefined || figure.dataset.caution !== undefined;
  /** For a guarded block with a placeholder left in `lines`: says which, copies nothing, and goes to it. */
  const refused = (lines: readonly Element[]): boolean => {
    const missing = guarded ? unfilled(lines) : [];
    if (missing.length === 0) return false;
    status.textContent = t('code.fillFirst', { names: missing.map((m) => m.token).join(', ') });
    announce(status.textContent);
    goToField(missing[0]!.name);
    return true;
  };
  const copied = async (text: string, done: (ok: boolean) => void): Promise<void> => {
    const ok = await copyText(text);
    done(ok);
    if (ok) {
      status.textContent = t('code.copied');
      announce(t('code.copied'));
    } else {
      getSelection()?.selectAllChildren(code); // let the reader press Ctrl+C
      status.textContent = '';
      announce(t('code.copyFailed'));
    }
    window.setTimeout(() => (status.textContent = ''), 2000);
  };

  const toolbar = document.createElement('div');
  toolbar.className = 'code-toolbar';
  const lang = document.createElement('span');
  lang.className = 'code-lang';
  lang.textContent = figure.dataset.lang === 'text' ? '' : (figure.dataset.lang ?? '');
  const filled = document.createElement('span');
  filled.className = 'code-filled';
  filled.textContent = t('code.filled');
  const copyAll = button('code-copy', note?.id);
  copyAll.textContent = figure.dataset.copy === 'commands' ? t('code.copyCommands') : t('code.copy');
  copyAll.addEventListener('click', () => {
    const copiedLines = figure.dataset.copy === 'commands' ? commandsOf(figure).flatMap((c) => c.lines) : linesOf(figure);
    if (!refused(copiedLines)) void copied(allText(figure), () => undefined);
  });
  toolbar.append(lang, filled, status, copyAll);
  pre.before(toolbar); // after the danger note, so the warning comes first

  const commands = commandsOf(figure);
  if (commands.length < 2) return;
  pre.classList.add('has-cmd-buttons');
  commands.forEach(({ first, lines }, i) => {
    const b = button('code-copy-cmd', note?.id);
    const label = t('code.copyCommand', { n: i + 1 });
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', () => {
      if (refused(lines)) return;
      void copied(joinLines(lines), (ok) => {
        b.classList.toggle('is-copied', ok);
        window.setTimeout(() => b.classList.remove('is-copied'), 2000);
      });
    });
    first.prepend(b);
  });
}

const strings = uiStrings('code');
let enhanced = 0;

/** Adds the copy buttons to the code blocks under `scope` that have none yet (the wizard calls it for blocks it fetched). */
export function enhanceCodeBlocks(scope: ParentNode): void {
  scope.querySelectorAll<HTMLElement>('figure.code-block').forEach((figure) => enhance(figure, enhanced++, strings));
}

enhanceCodeBlocks(document);
