// A line-by-line reader of POSIX shell that answers one question: after this line, is the command
// complete, or does the shell wait for more (PS2)? It tracks what makes bash ask for another line:
// open quotes, `$( … )` / `( … )` / `${ … }`, backticks, a trailing `\`, a trailing `|` `&&` `||`,
// compound commands (if/fi, case/esac, for|while|until/done, { … }) and here-documents.
// It is not a parser: it never executes or expands anything and runs in linear time.

type Frame = 'sq' | 'dsq' | 'dq' | 'bt' | 'sub' | 'brace';

interface Heredoc {
  delimiter: string;
  stripTabs: boolean;
}

const OPENERS: Record<string, string> = { if: 'fi', case: 'esac', for: 'done', while: 'done', until: 'done', select: 'done', '{': '}' };
const CLOSERS = new Set(['fi', 'esac', 'done', '}']);
// After these words the next word is again in command position.
const LEADS_COMMAND = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time']);
const WORD_BREAK = /[\s;&|()<>]/;

export class ShellLexer {
  private frames: Frame[] = [];
  private compound: string[] = [];
  private pending: Heredoc[] = [];
  private heredoc: Heredoc | undefined;
  private backslash = false;
  private trailingOperator = false;

  /** True while the shell would still be reading the current command. */
  get incomplete(): boolean {
    return (
      this.heredoc !== undefined ||
      this.pending.length > 0 ||
      this.frames.length > 0 ||
      this.compound.length > 0 ||
      this.backslash ||
      this.trailingOperator
    );
  }

  /** True when the next line would be the body of a here-document. */
  get inHeredoc(): boolean {
    return this.heredoc !== undefined;
  }

  /** Reads one line (without its newline). Returns `incomplete` afterwards. */
  feed(line: string): boolean {
    if (this.heredoc) {
      const body = this.heredoc.stripTabs ? line.replace(/^\t+/, '') : line;
      if (body === this.heredoc.delimiter) this.heredoc = this.pending.shift();
      return this.incomplete;
    }
    this.scan(line);
    if (this.pending.length > 0 && !this.backslash) this.heredoc = this.pending.shift();
    return this.incomplete;
  }

  private scan(line: string): void {
    const wasContinued = this.backslash;
    this.backslash = false;
    this.trailingOperator = false;
    // A newline separates commands, unless it was escaped.
    let commandStart = !wasContinued && this.unquoted();
    let word = '';
    let plainWord = true;
    let lastOperator = false;

    const endWord = (): void => {
      if (word === '') return;
      if (plainWord && commandStart && this.unquoted()) {
        const closer = OPENERS[word];
        if (closer) this.compound.push(closer);
        else if (CLOSERS.has(word) && this.compound.at(-1) === word) this.compound.pop();
        commandStart = LEADS_COMMAND.has(word) || CLOSERS.has(word);
      } else {
        commandStart = false;
      }
      word = '';
      plainWord = true;
    };

    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      const next = line[i + 1];
      const frame = this.top();

      if (frame === 'sq') {
        if (c === "'") this.frames.pop();
        continue;
      }
      if (frame === 'dsq') {
        if (c === '\\') i++;
        else if (c === "'") this.frames.pop();
        continue;
      }
      if (frame === 'dq' || frame === 'bt') {
        if (c === '\\') {
          if (next === undefined) this.backslash = true;
          i++;
        } else if (frame === 'dq' && c === '"') this.frames.pop();
        else if (frame === 'bt' && c === '`') this.frames.pop();
        else if (c === '$' && next === '(') {
          this.frames.push('sub');
          i++;
        } else if (c === '$' && next === '{') {
          this.frames.push('brace');
          i++;
        } else if (frame === 'dq' && c === '`') this.frames.push('bt');
        continue;
      }
      if (frame === 'brace') {
        if (c === '}') this.frames.pop();
        else if (c === '\\') i++;
        else if (c === "'") this.frames.push('sq');
        else if (c === '"') this.frames.push('dq');
        else if (c === '$' && (next === '(' || next === '{')) {
          this.frames.push(next === '(' ? 'sub' : 'brace');
          i++;
        }
        continue;
      }

      // Unquoted text: the top level or inside $( … ) / ( … ).
      if (c === '\\') {
        if (next === undefined) {
          this.backslash = true;
          break;
        }
        word += line.slice(i, i + 2);
        plainWord = false;
        i++;
        lastOperator = false;
        continue;
      }
      if (c === '#' && word === '') {
        break; // a comment runs to the end of the line
      }
      if (/\s/.test(c)) {
        endWord();
        continue;
      }
      if (c === "'" || c === '"' || c === '`') {
        this.frames.push(c === "'" ? 'sq' : c === '"' ? 'dq' : 'bt');
        word += c;
        plainWord = false;
        lastOperator = false;
        continue;
      }
      if (c === '$') {
        if (next === "'") {
          this.frames.push('dsq');
          i++;
        } else if (next === '(') {
          this.frames.push('sub');
          i++;
          if (line[i + 1] === '(') {
            this.frames.push('sub');
            i++;
          }
        } else if (next === '{') {
          this.frames.push('brace');
          i++;
        }
        word += '$';
        plainWord = false;
        lastOperator = false;
        continue;
      }
      if (c === '<' && next === '<') {
        endWord();
        if (line[i + 2] === '<') {
          i += 2; // here-string
          continue;
        }
        i = this.readHeredoc(line, i + 2) - 1;
        lastOperator = false;
        commandStart = false;
        continue;
      }
      if (WORD_BREAK.test(c)) {
        endWord();
        if (c === '(') {
          this.frames.push('sub');
          commandStart = true;
        } else if (c === ')') {
          if (this.top() === 'sub') this.frames.pop();
          commandStart = false;
        } else if (c === '|' || c === '&' || c === ';') {
          const doubled = next === c;
          if (doubled) i++;
          // `|`, `||`, `&&` need a right-hand side; `;`, `;;`, `&` end a command.
          lastOperator = c === '|' || (c === '&' && doubled);
          if (c === '|' && next === '&') i++;
          commandStart = true;
          continue;
        } else {
          commandStart = false; // redirections: < > >> >&
        }
        lastOperator = false;
        continue;
      }
      word += c;
      lastOperator = false;
    }
    endWord();
    this.trailingOperator = lastOperator && this.frames.length === 0;
  }

  // `<<` or `<<-`, optional blanks, then the delimiter word, possibly quoted. Returns the index
  // after the delimiter.
  private readHeredoc(line: string, from: number): number {
    let i = from;
    const stripTabs = line[i] === '-';
    if (stripTabs) i++;
    while (line[i] === ' ' || line[i] === '\t') i++;
    let delimiter = '';
    while (i < line.length && !WORD_BREAK.test(line[i]!)) {
      const c = line[i]!;
      if (c === "'" || c === '"') {
        const end = line.indexOf(c, i + 1);
        const stop = end === -1 ? line.length : end;
        delimiter += line.slice(i + 1, stop);
        i = stop + 1;
      } else if (c === '\\') {
        delimiter += line[i + 1] ?? '';
        i += 2;
      } else {
        delimiter += c;
        i++;
      }
    }
    if (delimiter !== '') this.pending.push({ delimiter, stripTabs });
    return i;
  }

  private top(): Frame | undefined {
    return this.frames.at(-1);
  }

  private unquoted(): boolean {
    const frame = this.top();
    return frame === undefined || frame === 'sub';
  }
}
