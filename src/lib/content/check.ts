// The one content check: every rule an entry must pass, run by the Astro loader (the build fails on
// a problem), `npm run check` (tools/check-content.ts) and the tests alike. Pure: takes the parsed
// files and the retired-id ledger's text, returns the records and every problem at once, each with
// the file line of the field or code fence it is about.
import { corpusProblems } from './corpus.ts';
import { buildEntries, type EntryVersion, type KbEntry } from './entry.ts';
import { blocksInSection, fencedBlocks, isCommandLang, lintFence, type FencedBlock } from './fence-lint.ts';
import { t } from '../../i18n/index.ts';
import { isPathToken, LAYOUTS_FILE, layoutGaps, layoutProblems, layouts } from '../layouts.ts';
import { parseFenceMeta } from '../markdown/fence-meta.ts';
import { findPlaceholders } from '../placeholders.ts';
import { placeholders, SYMPTOMS_FILE, symptomClasses, whereIds, type SymptomClass } from '../taxonomy.ts';
import type { Problem } from './problem.ts';
import { fieldLine, type EntryFile } from './read.ts';
import { isDraft } from './drafts.ts';
import { parseRetiredLedger, validateLinkStability } from './retired-ledger.ts';
import { DATE_FIELDS, entrySchema, isRealIsoDate } from './schema.ts';

export interface ContentInput {
  files: readonly EntryFile[];
  /** Text of content/retired-ids.json; undefined when the file does not exist. */
  ledgerText: string | undefined;
  ledgerFile: string;
  /**
   * True when `files` are the corpus content/taxonomy describes (content/): then a symptom class no
   * active entry uses is a problem. Fixture and bench corpora hold a few entries of their own and
   * leave it off (see `describesCorpus` in load.ts).
   */
  ownTaxonomy?: boolean;
}

export interface ContentCheck {
  /** One record per entry id, built from the valid files (sorted by id). */
  entries: KbEntry[];
  /** The valid files, parsed. */
  versions: EntryVersion[];
  problems: Problem[];
}

const PATH_TOKENS = placeholders.filter((p) => isPathToken(p.token));
const LAYOUT_IDS = layouts.map((l) => l.id);

/** A cause's check or fix shorter than this says nothing an engineer can act on. */
const THIN_CAUSE_TEXT = 10;
/**
 * Error strings shorter than this may be mentioned in passing ("502 Bad Gateway" in a curl example)
 * without being listed; longer ones are specific enough that a page showing them must list them.
 */
export const MENTIONED_SIGNATURE_MIN = 20;
/** The seeds' real intranet addresses; entries use placeholders (<paas_ip>) in commands instead. */
const INTRANET_IP = /10\.1[27]\d\.\d+\.\d+/;

export function checkContent({ files, ledgerText, ledgerFile, ownTaxonomy = false }: ContentInput): ContentCheck {
  const problems: Problem[] = [];
  const versions: EntryVersion[] = [];
  for (const f of files) {
    const own = fileProblems(f);
    problems.push(...own.problems);
    if (own.version) versions.push(own.version);
  }
  problems.push(...corpusProblems(versions));
  const { entries, problems: pairs } = buildEntries(versions);
  problems.push(...pairs);
  const ledger = parseRetiredLedger(ledgerText, ledgerFile);
  problems.push(...ledger.problems, ...validateLinkStability(versions, ledger.ledger, ledgerFile));
  problems.push(...layoutProblems(layouts, placeholders.map((p) => p.name)).map((p) => ({ file: LAYOUTS_FILE, ...p })));
  problems.push(...versions.flatMap(symptomsMissing));
  problems.push(...symptomClassProblems(symptomClasses, whereIds, versions, ownTaxonomy));
  const known = signatureIndex(versions);
  problems.push(...versions.flatMap((v) => textProblems(v, versions, known)));

  const byFile = new Map(files.map((f) => [f.file, f]));
  for (const p of problems) {
    const f = byFile.get(p.file);
    if (f && p.line === undefined) p.line = fieldLine(f, p.field);
  }
  return { entries, versions, problems };
}

/** Schema and raw-date problems of one file; the parsed version when it has none. */
function fileProblems(f: EntryFile): { version?: EntryVersion; problems: Problem[] } {
  if (!f.frontmatter) {
    return { problems: [{ file: f.file, line: 1, field: '(frontmatter)', message: `not valid YAML: ${f.yamlError}`, fix: 'check indentation and quote values that contain ": "' }] };
  }
  const problems = rawDateProblems(f);
  const parsed = entrySchema.safeParse(f.frontmatter);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldPath(issue.path);
      const missing = /received undefined$/.test(issue.message);
      problems.push({ file: f.file, field, message: missing ? 'missing (required)' : issue.message, ...(missing ? { fix: `add \`${field.split('.').at(-1)}:\` (see docs/authoring.md)` } : {}) });
    }
  }
  if (!parsed.success || problems.length > 0) return { problems };
  return { version: { file: f.file, lang: f.lang, slug: f.slug, data: parsed.data, body: f.body, bodyLine: f.bodyLine }, problems };
}

/** An active problem entry names at least one symptom class (search and the wizard find it by them). */
function symptomsMissing(v: EntryVersion): Problem[] {
  const { type, status, symptoms } = v.data;
  if (type !== 'problem' || status !== 'active' || symptoms.length > 0) return [];
  return [{ file: v.file, field: 'symptoms', message: 'a problem entry needs at least one symptom class', fix: 'add `symptoms: [<class id>]` after `where:`, with ids from content/taxonomy/symptoms.json (add a class there if none fits)' }];
}

/**
 * Problems of the symptom classes themselves, reported against content/taxonomy/symptoms.json: a
 * duplicate id, a `where` naming no facet, and (when `checkUnused`) a class no active entry lists.
 */
export function symptomClassProblems(classes: readonly SymptomClass[], facetIds: readonly string[], versions: readonly EntryVersion[], checkUnused: boolean): Problem[] {
  const problems: Problem[] = [];
  const at = (field: string, message: string, fix: string) => problems.push({ file: SYMPTOMS_FILE, field, message, fix });
  const seen = new Set<string>();
  classes.forEach((c, i) => {
    if (seen.has(c.id)) at(`${i}.id`, `duplicate symptom class id "${c.id}"`, 'give each class its own id (ids appear in wizard URLs: keep the older one)');
    seen.add(c.id);
    for (const w of c.where) {
      if (!facetIds.includes(w)) at(`${i}.where`, `class "${c.id}": "${w}" names no wizard facet`, `use one of ${facetIds.join(', ')} (content/taxonomy/facets.json)`);
    }
  });
  if (checkUnused) {
    const used = new Set(versions.filter((v) => v.data.status === 'active').flatMap((v) => v.data.symptoms));
    classes.forEach((c, i) => {
      if (!used.has(c.id)) at(`${i}.id`, `symptom class "${c.id}" is listed by no active entry`, 'list it in the `symptoms` of the entries it describes, or remove the class');
    });
  }
  return problems;
}

/** "causes.2.key" style path, as authors read it in the YAML. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.') || '(frontmatter)';
}

/**
 * YAML turns `reviewed: 2026-13-45` into a valid Date (it rolls over to 2027-02-14), so the schema
 * never sees the mistake. This checks the date fields as written.
 */
function rawDateProblems(f: EntryFile): Problem[] {
  const problems: Problem[] = [];
  for (const field of DATE_FIELDS) {
    const index = f.frontmatterLines.findIndex((l) => l.startsWith(`${field}:`));
    if (index < 0) continue;
    const written = f.frontmatterLines[index]!.slice(field.length + 1).trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!isRealIsoDate(written)) {
      problems.push({ file: f.file, line: index + 2, field, message: `"${written}" is not a real date written as YYYY-MM-DD` });
    }
  }
  return problems;
}

/** The Markdown of a version: the body (at its file lines) and each cause's check and fix. */
function markdownParts(v: EntryVersion): { field: string; text: string; lineOf: (code: FencedBlock) => number | undefined }[] {
  return [
    { field: 'body', text: v.body, lineOf: (code: FencedBlock) => code.line + v.bodyLine - 1 },
    ...v.data.causes.flatMap((c, i) =>
      (['check', 'fix'] as const).map((k) => ({ field: `causes.${i}.${k}`, text: c[k], lineOf: () => undefined })),
    ),
  ];
}

/** Rules about what an entry says: actionable causes, listed signatures, safe code blocks. */
function textProblems(v: EntryVersion, all: readonly EntryVersion[], known: SignatureIndex): Problem[] {
  const { file, data } = v;
  const problems: Problem[] = [];
  data.causes.forEach((c, i) => {
    for (const k of ['check', 'fix'] as const) {
      if (c[k].trim().length <= THIN_CAUSE_TEXT) {
        problems.push({ file, field: `causes.${i}.${k}`, message: 'too thin to act on', fix: k === 'check' ? 'say how to confirm this cause (a command, a log line)' : 'say what to do, step by step' });
      }
    }
    c.signatures.forEach((s) => {
      if (!data.signatures.includes(s)) {
        problems.push({ file, field: `causes.${i}.signatures`, message: `${JSON.stringify(s)} is not in the entry's signatures`, fix: 'list every cause signature in the entry\'s `signatures` too' });
      }
    });
  });

  const parts = markdownParts(v);
  const text = parts.map((p) => p.text).join('\n');
  for (const s of mentioned(text, known)) {
    if (data.signatures.includes(s)) continue;
    // Quoting another entry's error while pointing the reader there ("see PAAS-015") is fine.
    const owners = all.filter((o) => o.lang === v.lang && o.data.signatures.includes(s)).map((o) => o.data.id);
    if (owners.some((id) => data.related.includes(id) && text.includes(id))) continue;
    problems.push({
      file,
      field: 'signatures',
      message: `the text mentions ${JSON.stringify(s)}, which is not listed`,
      fix: `add it to signatures, or point to ${owners.join(', ') || 'the entry that lists it'} (in related and in the text)`,
    });
  }

  // What the reader sees is shown, never copied: the `symptom` field is plain text, and the body
  // section that spells it out (## 现象 / ## What you see) holds no block with a copy button for commands.
  const symptomSection = t(v.lang, 'entry.symptomSection');
  for (const code of blocksInSection(v.body, symptomSection)) {
    if (!isCommandLang(code.lang)) continue;
    problems.push({
      file,
      line: code.line + v.bodyLine - 1,
      field: 'body',
      message: `a \`\`\`${code.lang} block in the "${symptomSection}" section: what the reader sees would be copied as commands`,
      fix: 'fence what the reader sees as text; put commands to run under the causes or the fix',
    });
  }

  for (const part of parts) {
    for (const code of fencedBlocks(part.text)) {
      const line = part.lineOf(code);
      const at = (message: string, fix?: string) => problems.push({ file, ...(line ? { line } : {}), field: part.field, message, ...(fix ? { fix } : {}) });
      for (const message of lintFence(code.lang, code.meta, code.value)) at(message);
      const meta = parseFenceMeta(code.meta ?? '');
      if (meta.layout !== undefined && !LAYOUT_IDS.includes(meta.layout)) {
        at(`layout="${meta.layout}" names no layout`, `use one of ${LAYOUT_IDS.join(', ')} (content/taxonomy/layouts.json)`);
      }
      // A path placeholder one layout has no value for would be copied empty there (`${CTRL_DIR}/x` → `/x`).
      const pathNames = [...new Set(findPlaceholders(`${code.value}\n${meta.title ?? ''}`, PATH_TOKENS).map((h) => h.name))];
      const gaps = layoutGaps(pathNames, layouts, meta.layout);
      if (gaps.length > 0) {
        at(`a path placeholder with no value on a layout (${gaps.join(', ')})`, 'mark the block with the layout it belongs to (layout="…" in the fence line), or use a placeholder every layout has');
      }
      if (INTRANET_IP.test(code.value)) at(`a real intranet address (${INTRANET_IP.exec(code.value)![0]}) in a code block`, 'use a placeholder such as <paas_ip> and quote the original in the prose');
    }
  }
  return problems;
}

/** Signatures long enough to count when mentioned, by their first characters (see `mentioned`). */
type SignatureIndex = Map<number, string[]>;

/** The first three UTF-16 units at `i` as one number (a Map key without building a substring). */
const prefixKey = (text: string, i: number) => text.charCodeAt(i) * 2 ** 32 + text.charCodeAt(i + 1) * 2 ** 16 + text.charCodeAt(i + 2);

function signatureIndex(versions: readonly EntryVersion[]): SignatureIndex {
  const index: SignatureIndex = new Map();
  // A draft's signatures are not yet anyone's claim: importing a page must not make published
  // entries that quote the same error fail the check.
  const claims = versions.filter((v) => !isDraft(v));
  for (const s of new Set(claims.flatMap((v) => v.data.signatures))) {
    if (s.length < MENTIONED_SIGNATURE_MIN) continue;
    const key = prefixKey(s, 0);
    index.set(key, [...(index.get(key) ?? []), s]);
  }
  return index;
}

/**
 * The indexed signatures that occur in `text`. One pass over the text with a prefix lookup instead
 * of one search per signature: the corpus-wide list grows with the entries, and every entry's text
 * is scanned for it.
 */
function mentioned(text: string, index: SignatureIndex): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + MENTIONED_SIGNATURE_MIN <= text.length; i++) {
    const candidates = index.get(prefixKey(text, i));
    if (candidates) for (const s of candidates) if (text.startsWith(s, i)) found.add(s);
  }
  return found;
}
