// The wizard's figures for the scale benchmark, read from a built site: the page (steps 1–2), the
// largest file each later step fetches (a class's candidates; an entry page, where a cause's check and
// fix come from; a lookup file, for a link of the first wizard), and from the page's model the most
// choices a step shows and the longest path from step 1 to a class.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { WizardModel } from '../../src/lib/wizard.ts';
import { questionFigures } from '../../src/lib/wizard-questions.ts';

export interface WizardBenchFigures {
  classes: number;
  maxChoices: number;
  longestPath: number;
  /** Largest file of each kind over both languages, gzip. */
  classFileGzip: number;
  entryPageGzip: number;
  lookupFileGzip: number;
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

function largestGzip(files: string[]): number {
  let max = 0;
  for (const f of files) max = Math.max(max, gzip(f));
  return max;
}

const filesIn = (dir: string, test: (name: string) => boolean): string[] =>
  existsSync(dir) ? readdirSync(dir).filter(test).map((name) => join(dir, name)) : [];

/** The model the page carries, read back from its JSON data block. */
export function pageModel(html: string): WizardModel {
  const json = /<script type="application\/json" id="wizard-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error('no #wizard-data block in the wizard page');
  return (JSON.parse(json) as { model: WizardModel }).model;
}

export function wizardBenchFigures(dist: string, langs: readonly string[]): WizardBenchFigures {
  const model = pageModel(readFileSync(join(dist, langs[0]!, 'wizard', 'index.html'), 'utf8'));
  const { maxChoices, longestPath } = questionFigures(model);
  const each = (sub: (lang: string) => string[]) => langs.flatMap(sub);
  return {
    classes: model.classes.length,
    maxChoices,
    longestPath,
    classFileGzip: largestGzip(each((l) => filesIn(join(dist, l, 'wizard', 'data', 'class'), (n) => n.endsWith('.json')))),
    lookupFileGzip: largestGzip(each((l) => filesIn(join(dist, l, 'wizard', 'data', 'lookup'), (n) => n.endsWith('.json')))),
    entryPageGzip: largestGzip(each((l) => filesIn(join(dist, l, 'faq'), () => true).map((d) => join(d, 'index.html')).filter(existsSync))),
  };
}
