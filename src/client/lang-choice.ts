// Remember the language a reader picks, so permalinks and "/" open in it next time; and make the
// header's language switch keep the reader's place: the query (a search ?q=, the wizard's step) and
// the hash (a cause anchor) go along to the other language. Without JS the switch is the plain link
// to the same page in the other language.
import { STORAGE_KEYS } from '../lib/storage-keys.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch],[data-lang-choice]')) {
  link.addEventListener('click', () => {
    const lang = link.dataset.langSwitch ?? link.dataset.langChoice;
    try {
      if (lang) localStorage.setItem(STORAGE_KEYS.lang, lang);
    } catch {
      /* storage disabled */
    }
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')) {
  const path = link.pathname;
  // The place can change without a page load (the wizard uses pushState), so read it at the last moment.
  const carryPlace = () => {
    link.href = `${path}${location.search}${location.hash}`;
  };
  carryPlace();
  for (const type of ['pointerenter', 'pointerdown', 'focus', 'click', 'contextmenu']) link.addEventListener(type, carryPlace);
}
