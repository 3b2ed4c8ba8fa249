// Synthetic entries for the scale benchmark (`npm run bench`): zh + en pairs shaped like the real
// corpus (frontmatter with causes, signatures, aliases, related ids; Markdown bodies with bash,
// console and config code blocks; about the size of a real file). Pure: the words come from a
// vocabulary the caller harvests from the real entries, the randomness from a seed, and entry i
// depends on i only (not on N), so the same entry page can be compared across corpus sizes.
// Symptom classes are synthetic too, as many as a real corpus of that size would have (a few
// hundred at 10,000 entries): the corpus brings its own taxonomy/symptoms.json (syntheticTaxonomy).
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGS, type Lang } from '../../src/lib/locales.ts';
import { components, whereFacets, type SymptomClass } from '../../src/lib/taxonomy.ts';

export interface Vocabulary {
  zh: string[];
  en: string[];
}

export interface SyntheticFile {
  /** Path inside the content directory, e.g. entries/zh/synthetic-00001.md */
  path: string;
  text: string;
}

/** Words of the real entries: Latin words for en, 2–4 character CJK runs for zh. */
export function harvestVocabulary(texts: { lang: 'zh' | 'en'; text: string }[]): Vocabulary {
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const { lang, text } of texts) {
    const prose = text.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`]*`/g, ' ');
    if (lang === 'en') {
      for (const w of prose.match(/[A-Za-z][a-z]{2,14}/g) ?? []) en.add(w.toLowerCase());
    } else {
      for (const run of prose.match(/[\u4e00-\u9fff]+/g) ?? []) {
        for (let i = 0; i + 2 <= run.length; i += 2) zh.add(run.slice(i, i + (run.length - i === 3 ? 3 : 2)));
      }
    }
  }
  return { zh: [...zh].sort(), en: [...en].sort() };
}

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SERVICES = ['paas', 'login', 'esb', 'appengine', 'console', 'paas_agent', 'nginx', 'mysqld', 'rabbitmq', 'redis', 'log_agent'];
const ERRORS = ['connection refused', 'timed out', 'permission denied', 'no such file or directory', 'invalid token', 'exited too quickly', 'bad gateway', 'too many open files', 'address already in use', 'access denied for user'];

export function entryId(i: number): string {
  return `PAAS-${String(10000 + i)}`;
}

export function entrySlug(i: number): string {
  return `synthetic-${String(i).padStart(5, '0')}`;
}

/** One zh + en pair. Entry i's text depends on i alone; `related` points only at lower indices. */
export function syntheticEntry(i: number, vocab: Vocabulary): SyntheticFile[] {
  const shared = rng(i * 7919 + 1);
  const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const hex = (r: () => number, len: number) => Array.from({ length: len }, () => '0123456789abcdef'[Math.floor(r() * 16)]).join('');

  // Language-neutral fields, identical in both files (the corpus checks insist).
  const component = pick(shared, components).id;
  const type = shared() < 0.35 ? 'howto' : 'problem';
  const where = [...new Set([pick(shared, whereFacets).id, pick(shared, whereFacets).id])];
  // Classes from their own random stream, so the other fields stay as they were.
  const symptoms = entryClasses(i, component, where);
  const service = pick(shared, SERVICES);
  // A module name unique to the entry, so the search vocabulary grows with N as a real corpus's does.
  const module = `${service}_${hex(shared, 6)}`;
  const causeCount = type === 'howto' ? 0 : 1 + Math.floor(shared() * 3);
  const causes = Array.from({ length: causeCount }, (_, c) => ({
    key: `cause-${c + 1}-${hex(shared, 4)}`,
    signatures: shared() < 0.6 ? [`${module}: ${pick(shared, ERRORS)} (errno ${100 + Math.floor(shared() * 900)})`] : [],
  }));
  const signatures = [...new Set([...causes.flatMap((c) => c.signatures), ...(shared() < 0.5 ? [`ERROR ${module}.${hex(shared, 4)} ${pick(shared, ERRORS)}`] : [])])];
  const related = [...new Set(Array.from({ length: Math.floor(shared() * 4) }, () => Math.floor(shared() * i)))]
    .filter((j) => j < i)
    .map(entryId);
  const reviewed = `2026-${String(1 + Math.floor(shared() * 11)).padStart(2, '0')}-${String(1 + Math.floor(shared() * 28)).padStart(2, '0')}`;
  const port = 1024 + Math.floor(shared() * 60000);
  const codeSeed = Math.floor(shared() * 1e9);

  return (['zh', 'en'] as const).map((lang) => {
    const r = rng(i * 104729 + (lang === 'zh' ? 3 : 5));
    const words = vocab[lang];
    const join = lang === 'zh' ? '' : ' ';
    const stop = lang === 'zh' ? '。' : '.';
    const phrase = (n: number) => Array.from({ length: n }, () => pick(r, words)).join(join);
    const sentence = (n: number) => {
      const s = phrase(n);
      return (lang === 'en' ? s.charAt(0).toUpperCase() + s.slice(1) : s) + stop;
    };
    const paragraph = (sentences: number, len: number) => Array.from({ length: sentences }, () => sentence(len)).join(lang === 'zh' ? '' : ' ');
    // Code is the same in both languages, as in the real entries.
    const c = rng(codeSeed);
    const bash = () =>
      ['```bash', `tail -n ${50 + Math.floor(c() * 200)} \${PAAS_ROOT}/${service}/logs/${module}.log`, `grep -n "${pick(c, ERRORS)}" \${PAAS_ROOT}/${service}/logs/*.log`, `netstat -lnpt | grep ${port}`, '```'].join('\n');
    const consoleBlock = () =>
      ['```console', `$ supervisorctl -c \${PAAS_ROOT}/etc/supervisord-${service}.conf status`, `${module}                RUNNING   pid ${1000 + Math.floor(c() * 30000)}, uptime 0:0${Math.floor(c() * 9)}:12`, `$ curl -s http://{PAAS_DOMAIN}/${service}/healthz/`, `{"ok": true, "module": "${module}"}`, '```'].join('\n');
    const ini = () => ['```ini', `[${module}]`, `port = ${port}`, `timeout = ${10 + Math.floor(c() * 300)}`, `log_dir = \${PAAS_ROOT}/${service}/logs`, '```'].join('\n');

    const title = phrase(lang === 'zh' ? 6 : 5);
    const fm: string[] = [
      '---',
      `id: ${entryId(i)}`,
      `title: ${JSON.stringify(lang === 'en' ? title.charAt(0).toUpperCase() + title.slice(1) : title)}`,
      `component: ${component}`,
      `type: ${type}`,
      `symptom: ${JSON.stringify(sentence(lang === 'zh' ? 14 : 16))}`,
      `where: [${where.join(', ')}]`,
      `symptoms: [${symptoms.join(', ')}]`,
      `signatures: ${signatures.length ? '' : '[]'}`,
      ...signatures.map((s) => `  - ${JSON.stringify(s)}`),
      `aliases: [${[phrase(2), phrase(2), module].map((a) => JSON.stringify(a)).join(', ')}]`,
      `related: [${related.join(', ')}]`,
      `applies_to: [open_paas, ${service}]`,
      `reviewed: ${reviewed}`,
      `causes: ${causes.length ? '' : '[]'}`,
    ];
    const indent = (md: string) => md.split('\n').map((l) => (l ? `      ${l}` : '')).join('\n');
    for (const cause of causes) {
      fm.push(
        `  - key: ${cause.key}`,
        `    title: ${JSON.stringify(phrase(lang === 'zh' ? 5 : 6))}`,
        `    signatures: [${cause.signatures.map((s) => JSON.stringify(s)).join(', ')}]`,
        '    check: |',
        indent(`${paragraph(1, 12)} \`${module}\`:\n\n${bash()}`),
        '    fix: |',
        indent(paragraph(2, 12)),
      );
    }
    fm.push('---');
    const heading = (s: string) => `## ${s}`;
    const body = [
      paragraph(3, 14),
      heading(phrase(3)),
      paragraph(2, 12),
      consoleBlock(),
      heading(phrase(3)),
      paragraph(2, 14),
      ini(),
      paragraph(3, 12),
      // A background section, as most real entries have one; it also keeps the mean file size near
      // the real one with room on both sides of the bench-corpus test's bounds.
      heading(phrase(2)),
      paragraph(3, 14),
      paragraph(2, 14),
      ...(type === 'howto' ? [heading(phrase(2)), bash(), paragraph(2, 12)] : []),
    ].join('\n\n');
    return { path: `entries/${lang}/${entrySlug(i)}.md`, text: `${fm.join('\n')}\n\n${body}\n` };
  });
}

/**
 * How many symptom classes exist once entry i is written: a corpus grows new classes more slowly
 * than entries (about 30 at 28 entries, 110 at 1,000, 300 at 10,000), the few-and-broad classes of
 * GUIDE §3. Depends on i only, so entry i lists the same classes whatever N.
 */
export function classesKnownAt(i: number): number {
  return 16 + Math.floor(3 * Math.sqrt(i));
}

export function classId(k: number): string {
  return `synthetic-symptom-${String(k).padStart(4, '0')}`;
}

/** Class k's home: the component most of its entries are about, and the one or two places it shows. */
function classHome(k: number): { component: string; where: string[] } {
  const r = rng(k * 2654435761 + 11);
  const first = whereFacets[k % whereFacets.length]!.id;
  const second = r() < 0.4 ? whereFacets[Math.floor(r() * whereFacets.length)]!.id : first;
  return { component: components[Math.floor(r() * components.length)]!.id, where: [...new Set([first, second])] };
}

/**
 * 1–3 classes for entry i, drawn from the classes known at i: mostly ones at home in the entry's
 * component and places (classes describe what is seen where), lower class numbers more often (a few
 * classes are common, most are rare), as in a real corpus.
 */
function entryClasses(i: number, component: string, where: readonly string[]): string[] {
  const r = rng(i * 48271 + 7);
  const known = classesKnownAt(i);
  const count = r() < 0.5 ? 1 : r() < 0.7 ? 2 : 3;
  const all = Array.from({ length: known }, (_, k) => k);
  const atHome = all.filter((k) => {
    const home = classHome(k);
    return home.component === component && home.where.some((w) => where.includes(w));
  });
  const inPlace = all.filter((k) => classHome(k).where.some((w) => where.includes(w)));
  const out = new Set<number>();
  for (let n = 0; n < count; n++) {
    const from = r() < 0.75 && atHome.length > 0 ? atHome : inPlace.length > 0 ? inPlace : all;
    out.add(from[Math.floor(r() ** 1.6 * from.length)]!);
  }
  return [...out].sort((a, b) => a - b).map(classId);
}

/** The taxonomy/symptoms.json of a synthetic corpus: the classes its entries list, with words from the vocabulary. */
export function syntheticTaxonomy(ids: Iterable<string>, vocab: Vocabulary): SymptomClass[] {
  return [...new Set(ids)].sort().map((id) => {
    const k = Number(id.slice(id.lastIndexOf('-') + 1));
    const r = rng(k * 69069 + 5);
    const words = (lang: 'zh' | 'en', n: number) => Array.from({ length: n }, () => vocab[lang][Math.floor(r() * vocab[lang].length)]!).join(lang === 'zh' ? '' : ' ');
    return {
      id,
      where: classHome(k).where,
      zh: { label: words('zh', 6), phrasings: [words('zh', 3), words('zh', 4)] },
      en: { label: words('en', 6), phrasings: [words('en', 3), words('en', 4)] },
    };
  });
}

/** The class ids entry files list (their `symptoms:` line). */
export function listedClasses(text: string): string[] {
  return /^symptoms: \[(.*)\]$/m.exec(text)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
}

/** Size and shape figures to compare a corpus with the real one. */
export function corpusStats(texts: string[]): { files: number; meanBytes: number; meanCodeBlocks: number } {
  const files = texts.length || 1;
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
  const fences = texts.reduce((a, t) => a + (t.match(/^\s*```\S/gm)?.length ?? 0), 0);
  return { files: texts.length, meanBytes: bytes / files, meanCodeBlocks: fences / files };
}

/**
 * Writes a content tree of n synthetic entry pairs: entries, their symptom classes
 * (taxonomy/symptoms.json) and a retired-id ledger. With `real` (a content directory) its entries,
 * ledger and classes join the synthetic ones. The rest of the taxonomy is read from the real tree
 * (src/lib/taxonomy.ts).
 */
export function writeSyntheticTree(dir: string, n: number, vocab: Vocabulary, opts: { real?: string; ext?: 'md' | 'mdx' } = {}): void {
  mkdirSync(join(dir, 'taxonomy'), { recursive: true });
  writeFileSync(join(dir, 'retired-ids.json'), JSON.stringify({ retired: [] }));
  if (opts.real) {
    cpSync(join(opts.real, 'entries'), join(dir, 'entries'), { recursive: true });
    cpSync(join(opts.real, 'retired-ids.json'), join(dir, 'retired-ids.json'));
  }
  const classes = new Set<string>();
  for (let i = 0; i < n; i++) {
    for (const f of syntheticEntry(i, vocab)) {
      const path = join(dir, f.path.replace(/\.md$/, `.${opts.ext ?? 'md'}`));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
      for (const id of listedClasses(f.text)) classes.add(id);
    }
  }
  const real = opts.real ? (JSON.parse(readFileSync(join(opts.real, 'taxonomy', 'symptoms.json'), 'utf8')) as unknown[]) : [];
  writeFileSync(join(dir, 'taxonomy', 'symptoms.json'), JSON.stringify([...real, ...syntheticTaxonomy(classes, vocab)], null, 1));
}

/** The entry files of a content directory (`<dir>/entries/<lang>/*.md[x]`): the words the synthetic corpus is made of. */
export function realEntryTexts(contentDir: string): { lang: Lang; name: string; text: string }[] {
  return LANGS.flatMap((lang) => {
    const dir = join(contentDir, 'entries', lang);
    return readdirSync(dir)
      .filter((n) => /\.mdx?$/.test(n))
      .map((name) => ({ lang, name, text: readFileSync(join(dir, name), 'utf8') }));
  });
}
