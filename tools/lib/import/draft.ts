// One question of an FAQ page → one typed draft entry: title, symptom, signatures, causes with check
// and fix, the rest of the text as the body, code blocks retyped, host values made placeholders, and
// notes for the reviewer on everything guessed. Also records which source lines went where, so the
// import can prove that nothing was lost. Pure: takes the parsed question, returns the draft.
import type { Lang } from '../../../src/lib/locales.ts';
import { CHECK_VERBS, FIX_VERBS, TEXT, firstSentence, shortTitle, splitCause, titleOf } from './cause-text.ts';
import { guessComponent, guessSymptoms, guessType, guessWhere, isHowtoTitle, keyFor } from './guess.ts';
import { HostValues } from './host-values.ts';
import { toParts, type Part } from './parts.ts';
import { Renderer } from './render.ts';
import type { Section } from './sections.ts';
import { headingSignatures, proseSignatures, unique } from './signatures.ts';

export interface DraftCause {
  key: string;
  title: string;
  check: string;
  fix: string;
  signatures: string[];
}

export interface Draft {
  title: string;
  symptom: string;
  type: 'problem' | 'howto';
  component: string;
  where: string[];
  symptoms: string[];
  signatures: string[];
  aliases: string[];
  causes: DraftCause[];
  body: string;
  /** Code blocks written (body and causes). */
  blocks: number;
  /** What the import guessed or changed, for the reviewer (also the report's "guessed" column). */
  notes: string[];
  /** Source lines that went into this draft. */
  lines: Set<number>;
  /** Source lines dropped on purpose (stray `Copy` lines), with why. */
  dropped: { line: number; why: string }[];
  /** Source line range of the question. */
  from: number;
  to: number;
}

export interface DraftOptions {
  lang: Lang;
  /** A component id given on the command line (else guessed). */
  component?: string;
  /** The FAQ page's title, named in the notes. */
  page: string;
}

const CAUSE_INTRO = /原因|reasons?|causes?/i;
/** "(usually) A, or B" after a cause: that cause is one of two. */
const ALTERNATIVES = /^(?:一般|通常|多半|大多)?(?:是)?(?:由于|因为)?(.+?)(?:导致|引起|造成)?的?[，,]\s*(?:也可能是|也可能|或者是|或是)(.+?)[。.]?$/;
const BOLD_LINE = /^(\*\*|__)[^*_]+\1[:：]?$/;
const INTRO_END = /[:：]\s*$|(?:有|如下|以下)\s*[:：]?\s*$/;
const FIX_INTRO = /(?:解决|处理)(?:方法|办法|方案)?\s*(?:如下|可根据情况选择|[:：])/;
const CAUSE_SENTENCE = /caused by|because|the reason is|due to|原因是|是因为|由于|导致/i;
const THIN = 10;

export function buildDraft(section: Section, source: string, opts: DraftOptions): Draft {
  const t = TEXT[opts.lang];
  const { title, aliases } = titleOf(section.heading);
  if (section.category) aliases.push(section.category);
  const context = `${section.heading}\n${source.split('\n').slice(section.headingLine, section.endLine).join('\n')}`;
  const hosts = new HostValues(context);
  const r = new Renderer(opts.lang, hosts);
  const { notes, lines, dropped, signatures } = r;
  notes.push(`imported from ${opts.page}, lines ${section.headingLine || firstLine(section)}–${section.endLine}`);
  if (section.headingLine) lines.add(section.headingLine);
  if (aliases.length > 0) notes.push(`category words moved from the title to aliases: ${aliases.join(', ')}`);

  // The numbered-paragraph layout: the question is the first line of its paragraph.
  const sectionBlocks = section.blocks;
  const parts = toParts(sectionBlocks, source);
  if (!section.headingLine && parts[0] && (parts[0].t === 'para' || parts[0].t === 'label')) {
    const first = parts[0];
    lines.add(first.lines[0]);
    const rest = first.md.split('\n').slice(1).join('\n');
    if (rest.trim()) parts[0] = { ...first, md: rest, plain: first.plain.split('\n').slice(1).join(' ') } as Part;
    else parts.shift();
  }

  const fromHeading = headingSignatures(section.heading);
  signatures.push(...fromHeading);

  interface CauseDraftWork { title: string; check: string[]; fix: string[]; from: number }
  const causes: CauseDraftWork[] = [];
  const sharedFix: string[] = [];
  const body: string[] = [];
  let symptom: string | undefined;
  let symptomGuess: string | undefined;
  let mode: 'intro' | 'symptom' | 'cause' | 'fix' | 'check' | 'other' = 'intro';
  // A cause label or a sentence announcing causes: the next list is the causes.
  let expectCauses = false;
  let fixCases = false;
  const introParas: { md: string; plain: string; from: number }[] = [];
  let fixTarget: number | undefined;
  let sawFixLabel = false;
  let sawCauseLabel = false;

  const addFix = (md: string) => {
    if (!md) return;
    if (fixTarget !== undefined && causes[fixTarget]) causes[fixTarget]!.fix.push(md);
    else sharedFix.push(md);
  };
  const causeFrom = (md: string, plain: string, extra: string[], from: number) => {
    const c = splitCause(md, plain);
    causes.push({ title: c.title, check: c.check ? [c.check, ...extra] : extra, fix: c.fix ? [c.fix] : [], from });
    if (!c.check && extra.length === 0) causes.at(-1)!.check.push(md);
  };

  // Where the page says which text is causes (a 原因 label, "可能的原因有："), only lists after
  // that are causes; elsewhere the first list of a problem is. A section of sub-headed steps is a
  // procedure (a runbook), not a list of causes.
  const causeMarked = parts.some((p) => (p.t === 'label' && p.label === 'cause') || (p.t === 'para' && CAUSE_INTRO.test(p.plain) && INTRO_END.test(p.plain)));
  const runbook = !causeMarked && parts.filter((p) => p.t === 'block' && p.kind === 'heading').length >= 2;
  let lastFromList = false;

  for (const p of parts) {
    if (p.t === 'label') {
      r.place(p);
      const md = p.md ? r.para(p) : '';
      if (p.plain || p.md) signatures.push(...proseSignatures(p.plain, p.inlineCode));
      if (p.label === 'symptom') {
        mode = 'symptom';
        if (p.plain && !symptom) symptom = p.plain;
        if (md) body.push(md);
      } else if (p.label === 'cause') {
        sawCauseLabel = true;
        if (p.n !== undefined && (mode === 'fix' || sawFixLabel)) {
          mode = 'fix';
          fixTarget = p.n - 1;
          if (md) addFix(md);
        } else {
          mode = 'cause';
          // A bare label introduces the causes below it; a label with its text is the cause.
          expectCauses = !p.plain;
          if (p.plain) {
            // "原因：A 或者 B" names two causes.
            const alternatives = p.plain.split(/\s*(?:或者|或是)\s*/).filter((a) => a.length >= 4);
            if (alternatives.length === 2 && !/[，,；;。]./.test(p.plain)) {
              for (const a of alternatives) causes.push({ title: a.replace(/[。.]$/, ''), check: [a], fix: [], from: p.lines[0] });
              lastFromList = true;
            } else {
              causeFrom(md, p.plain, [], p.lines[0]);
              lastFromList = false;
            }
          }
        }
      } else if (p.label === 'fix') {
        // After one cause (or a case named by a bold line) the solution is that cause's own.
        fixTarget = causes.length === 1 || (mode === 'cause' && causes.length > 0 && !lastFromList) ? causes.length - 1 : undefined;
        mode = 'fix';
        sawFixLabel = true;
        if (md) addFix(md);
      } else {
        mode = 'check';
        if (md) (causes.at(-1)?.check ?? body).push(md);
      }
      continue;
    }
    if (p.t === 'list') {
      const causeList = p.items.some((it) => !/^[\w./*${}-]+$/.test(it.plain.trim()));
      const cases = mode === 'fix' && fixCases && !p.ordered && causes.length === 0;
      if (causeList && !runbook && (expectCauses || cases || (mode === 'intro' && !causeMarked && causes.length === 0 && !isHowtoTitle(title)))) {
        r.place(p);
        for (const it of p.items) {
          signatures.push(...proseSignatures(it.plain, it.inlineCode));
          const kids = it.children.map((c) => r.part(c)).filter(Boolean);
          causeFrom(r.para({ md: it.md, lines: it.lines }), it.plain, kids, it.lines[0]);
        }
        mode = 'cause';
        expectCauses = false;
        fixCases = false;
        lastFromList = true;
        continue;
      }
      const md = r.part(p);
      if (mode === 'fix') addFix(md);
      else if ((mode === 'check' || (mode === 'cause' && !lastFromList)) && causes.length > 0) causes.at(-1)!.check.push(md);
      else body.push(md);
      continue;
    }
    if (p.t === 'para') {
      const md = r.part(p);
      // A bold line after causes names another case (a sub-heading in all but name): a new cause.
      if ((mode === 'cause' || mode === 'fix' || mode === 'other') && causes.length > 0 && BOLD_LINE.test(p.md.trim()) && !runbook) {
        causes.push({ title: p.plain.replace(/[:：]$/, ''), check: [], fix: [], from: p.lines[0] });
        mode = 'cause';
        lastFromList = false;
        fixTarget = undefined;
        continue;
      }
      if (FIX_INTRO.test(p.plain) && mode !== 'fix') {
        // "解决方法如下：" before any cause: the bullets below are the cases, each with its fix.
        fixCases = causes.length === 0;
        fixTarget = causes.length === 1 || (mode === 'cause' && causes.length > 0 && !lastFromList) ? causes.length - 1 : undefined;
        mode = 'fix';
        sawFixLabel = true;
        expectCauses = false;
        if (causes.length === 0) body.push(md);
        else addFix(md);
        continue;
      }
      if (mode === 'intro' || mode === 'symptom') {
        if (mode === 'intro' && CAUSE_INTRO.test(p.plain) && INTRO_END.test(p.plain)) {
          mode = 'cause';
          expectCauses = true;
          body.push(md);
          continue;
        }
        if (mode === 'intro' && causes.length === 0 && introParas.length === 0 && CAUSE_SENTENCE.test(p.plain) && !isHowtoTitle(title) && p.images.length === 0) {
          causeFrom(md, p.plain, [], p.lines[0]);
          mode = 'cause';
          expectCauses = false;
          lastFromList = false;
          continue;
        }
        if (!symptomGuess && p.plain && p.images.length === 0 && !INTRO_END.test(p.plain) && !BOLD_LINE.test(p.md.trim())) symptomGuess = p.plain;
        if (mode === 'intro' && p.images.length === 0) introParas.push({ md, plain: p.plain, from: p.lines[0] });
        body.push(md);
        continue;
      }
      if (mode === 'fix') addFix(md);
      else if ((mode === 'cause' || mode === 'other') && CAUSE_INTRO.test(p.plain) && INTRO_END.test(p.plain)) {
        mode = 'cause';
        expectCauses = true;
        body.push(md);
      } else if (mode === 'cause' && INTRO_END.test(p.plain) && !FIX_VERBS.test(p.plain)) {
        // "逻辑：" and the like after the causes introduce something else.
        mode = 'other';
        body.push(md);
      } else if (mode === 'cause' && lastFromList && causes.length > 0 && ALTERNATIVES.test(p.plain)) {
        // "(usually) A, or B" right after a listed cause: that cause is really two.
        const [, a, b] = ALTERNATIVES.exec(p.plain)!;
        const last = causes.pop()!;
        const head = last.title.split(/[，,：:]/)[0]!.trim();
        for (const alt of [a!, b!]) causes.push({ title: `${head}：${alt.trim()}`, check: [...last.check, md], fix: [...last.fix], from: last.from });
        notes.push(`cause "${head}" split in two by the sentence at line ${p.lines[0]}`);
      } else if (mode === 'cause' || mode === 'check') {
        const last = causes.at(-1);
        if (!last || expectCauses) {
          causeFrom(md, p.plain, [], p.lines[0]);
          expectCauses = false;
          lastFromList = false;
        } else if (FIX_VERBS.test(p.plain) || last.fix.length > 0) last.fix.push(md);
        else last.check.push(md);
      } else body.push(md);
      continue;
    }
    if (p.t === 'code' && mode === 'other') {
      r.place(p);
      body.push(r.code(p).md);
      continue;
    }
    if (p.t === 'code') {
      r.place(p);
      const { md, commands } = r.code(p);
      if (mode === 'fix') addFix(md);
      else if ((mode === 'cause' || mode === 'check') && causes.length > 0) {
        const last = causes.at(-1)!;
        if (commands || last.fix.length > 0) last.fix.push(md);
        else last.check.push(md);
      } else body.push(md);
      continue;
    }
    const md = r.part(p);
    if (md) body.push(md);
  }

  // A heading that names an error is a problem, whatever its other words.
  const hasProblemWords = guessType(title, false) === 'problem' || fromHeading.length > 0;
  const type: Draft['type'] = causes.length > 0 ? 'problem' : hasProblemWords && !runbook ? 'problem' : 'howto';
  if (runbook) notes.push('a procedure of sub-headed steps: imported as a how-to, the steps in the body');
  const prose = body.filter((md) => !r.isImage(md));
  const eachActs = introParas.every((q) => q.plain.length >= 15 && (FIX_VERBS.test(q.plain) || CHECK_VERBS.test(q.plain)));
  if (type === 'problem' && causes.length === 0 && !runbook && introParas.length >= 2 && introParas.length <= 4 && prose.length === introParas.length && eachActs) {
    // A few paragraphs, each saying what to check or do and nothing else: one cause each.
    for (const q of introParas) causeFrom(q.md, q.plain, [], q.from);
    body.splice(0, body.length, ...body.filter((md) => r.isImage(md)));
    notes.push(`${causes.length} causes, one per paragraph: check that each is a cause`);
  }
  if (type === 'problem' && causes.length === 0) {
    // One cause when the page does not split them: the question's own text is how to confirm it,
    // its solution (or the rest of the text) the fix.
    let check = body.filter((md) => !r.isImage(md));
    let fixes = sharedFix.length > 0 ? sharedFix.splice(0) : [];
    // A "Solution:" paragraph (or one pulled out of a mixed code block) starts the fix.
    const text = check.join('\n\n');
    const solution = /(?:^|\n\n)(?:\*\*)?(?:Solution|Fix|解决(?:方法|办法|方案)?|处理方法)(?:\*\*)?\s*[:：]\s*/i.exec(text);
    if (solution && fixes.length === 0) {
      fixes = [text.slice(solution.index + solution[0].length).trim()];
      check = [text.slice(0, solution.index).trim()].filter(Boolean);
    }
    if (fixes.length === 0 && check.length > 1) {
      // Several chunks: the fix starts at the first that acts (or holds commands to run).
      const at = check.findIndex((md, i) => i > 0 && (FIX_VERBS.test(md.replace(/```[\s\S]*?```/g, '')) || /^`{3,}(?:bash|console|sql|sh)\b/m.test(md)));
      if (at > 0) {
        fixes = check.slice(at);
        check = check.slice(0, at);
      }
    }
    if (fixes.length === 0 && check.length === 1) {
      // One paragraph: what to check and what to do may still be its two halves.
      const split = splitCause(check[0]!, check[0]!.replace(/^\s*(?:答|A)\s*[:：]\s*/, ''));
      if (split.fix) {
        check = [split.check];
        fixes = [split.fix];
      }
    }
    causes.push({ title: symptom ?? symptomGuess ?? title, check, fix: fixes, from: section.headingLine });
    body.splice(0, body.length, ...body.filter((md) => r.isImage(md)));
    notes.push('one cause: the page does not list causes separately; split it if it holds several');
  } else if (causes.length > 1) notes.push(`${causes.length} causes, one per ${sawCauseLabel ? 'listed cause' : 'list item'}: check that each is a cause`);
  if (sharedFix.length > 0) {
    if (causes.length === 1) causes[0]!.fix.push(...sharedFix);
    else if (causes.length > 1) {
      for (const c of causes) if (c.fix.length === 0) c.fix.push(...sharedFix);
      notes.push('the page gives one solution for several causes: it is repeated under each cause without its own');
    } else body.push(...sharedFix);
  }

  const keys = new Set<string>();
  const draftCauses: DraftCause[] = causes.map((c, i) => {
    let check = c.check.join('\n\n').trim();
    let fix = c.fix.join('\n\n').trim();
    if (check.length <= THIN) {
      check = check ? `${check}\n\n${t.noCheck}` : t.noCheck;
      notes.push(`cause ${i + 1}: no way to confirm it in the page`);
    }
    if (fix.length <= THIN) {
      fix = fix ? `${fix}\n\n${t.noFix}` : t.noFix;
      notes.push(`cause ${i + 1}: no fix in the page`);
    }
    const key = keyFor(c.title, i, keys);
    keys.add(key);
    const own = unique(signatures.filter((s) => `${c.title}\n${check}\n${fix}`.includes(s)));
    let causeTitle = shortTitle(c.title);
    if (!causeTitle) {
      causeTitle = `${t.cause} ${i + 1}`;
      notes.push(`cause ${i + 1}: no words to name it: write its title`);
    }
    return { key, title: causeTitle, check, fix, signatures: own };
  });
  const allSignatures = unique([...signatures, ...draftCauses.flatMap((c) => c.signatures)]);

  let component: string;
  if (opts.component) component = opts.component;
  else {
    component = guessComponent(title, context).id;
    notes.push(`component guessed: ${component}`);
  }
  const where = guessWhere(`${title}\n${symptom ?? symptomGuess ?? ''}`);
  notes.push(`wizard facets guessed: ${where.join(', ')}`);
  const symptoms = guessSymptoms(`${title}\n${symptom ?? symptomGuess ?? ''}`, opts.lang);
  if (type === 'problem') notes.push(symptoms.length > 0 ? `symptom classes guessed: ${symptoms.join(', ')}` : 'no symptom class matched: pick one in content/taxonomy/symptoms.json before publishing');
  if (symptom) notes.push('symptom taken from its label');
  else if (symptomGuess) notes.push('symptom guessed from the first sentence');
  else notes.push('symptom is the title: the page does not describe what is seen');
  for (const r of hosts.replacements) notes.push(`replaced ${r.from} with ${r.to}${r.layout ? ` (layout ${r.layout})` : ''}`);
  if (allSignatures.length === 0 && type === 'problem') notes.push('no error string found: add the messages the software prints, if any');
  for (const d of dropped) lines.delete(d.line);

  return {
    title: shortTitle(title),
    symptom: firstSentence(symptom ?? symptomGuess ?? title),
    type,
    component,
    where,
    symptoms: type === 'problem' ? symptoms : [],
    signatures: allSignatures,
    aliases: unique(aliases),
    causes: draftCauses,
    body: body.filter(Boolean).join('\n\n').trim(),
    blocks: r.blocks,
    notes: unique(notes),
    lines,
    dropped,
    from: section.headingLine || firstLine(section),
    to: section.endLine,
  };
}

function firstLine(section: Section): number {
  return section.blocks[0]?.position?.start.line ?? 0;
}
