// The wizard's data for one language, built once per build from the active entries: the model of
// steps 1–2 that the page carries, the per-class candidate lists and the lookup files that step 3
// and old links fetch. Pages and endpoints under src/pages/[lang]/wizard/ read it from here.
import { activeEntriesFor } from './entries.ts';
import { components, label, symptomClasses, whereFacets } from '../lib/taxonomy.ts';
import type { Lang } from '../lib/locales.ts';
import { makeUrls } from '../lib/urls.ts';
import type { ClassList, WizardModel } from '../lib/wizard.ts';
import { buildLookups, type ClassLookup } from '../lib/wizard-legacy.ts';
import { buildClassLists, buildWizardModel, toWizardSource, type WizardSourceEntry } from '../lib/wizard-questions.ts';

export interface WizardData {
  model: WizardModel;
  lists: Map<string, ClassList>;
  lookups: ClassLookup[];
}

const cache = new Map<Lang, Promise<WizardData>>();

async function load(lang: Lang): Promise<WizardData> {
  const urls = makeUrls(import.meta.env.BASE_URL);
  const sources: WizardSourceEntry[] = (await activeEntriesFor(lang)).map((e) => toWizardSource(e.data, urls.entry(lang, e.slug)));
  const model = buildWizardModel(
    {
      places: whereFacets.map((f) => ({ id: f.id, label: label(f, lang) })),
      classes: symptomClasses.map((c) => ({ id: c.id, label: c[lang].label, where: c.where })),
      components: Object.fromEntries(components.map((c) => [c.id, label(c, lang)])),
    },
    sources,
  );
  return { model, lists: buildClassLists(sources), lookups: buildLookups(sources, model.lookupShards) };
}

/** The wizard's data in `lang` (memoised for the whole build). */
export function wizardData(lang: Lang): Promise<WizardData> {
  let data = cache.get(lang);
  if (!data) cache.set(lang, (data = load(lang)));
  return data;
}
