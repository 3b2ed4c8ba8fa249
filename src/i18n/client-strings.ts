// The UI strings each browser script needs, by script. A page component writes a set into the page
// (src/components/ClientStrings.astro, a JSON data block) and the script reads it with uiStrings()
// from src/client/page-context.ts, typed from this list: a key the script uses but the list lacks is a
// type error, and a key the list names but the catalogue lacks is one too.
// Type-only import: the browser bundle never holds the catalogues.
import type { UiKey } from './index.ts';

export const CLIENT_STRINGS = {
  code: ['code.copy', 'code.copyCommands', 'code.copyCommand', 'code.copied', 'code.copyFailed', 'code.filled', 'code.fillFirst'],
  copyLinks: ['link.copied', 'link.copiedAnnounce', 'link.failed', 'link.manual'],
  env: ['env.cleared', 'env.status', 'env.layoutApplied'],
  search: [
    'search.causes', 'search.otherLang.zh', 'search.otherLang.en', 'search.none', 'search.allResults', 'search.count',
    'search.error', 'search.wizard', 'search.searching', 'search.prompt', 'search.noneRelated',
    'search.match.exact', 'search.match.likely', 'search.match.related',
  ],
  wizard: [
    'wizard.title', 'wizard.stepOf', 'wizard.step1', 'wizard.step2', 'wizard.step3', 'wizard.fixedTitle',
    'wizard.noneTitle', 'wizard.progress', 'wizard.progressEntry', 'wizard.cause', 'wizard.ruledOut',
    'wizard.upNext', 'wizard.announce', 'wizard.copied', 'wizard.copyFailed', 'site.short',
    'wizard.ask.kind', 'wizard.ask.component', 'wizard.ask.group', 'wizard.kind.problem', 'wizard.kind.howto',
    'wizard.answer.other', 'wizard.any', 'wizard.count', 'wizard.loading', 'wizard.loadFailed',
  ],
} as const satisfies Record<string, readonly UiKey[]>;

export type StringSet = keyof typeof CLIENT_STRINGS;
export type ClientKey<S extends StringSet> = (typeof CLIENT_STRINGS)[S][number];
