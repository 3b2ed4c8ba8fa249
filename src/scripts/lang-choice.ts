// Remember the language a reader picks, so permalinks and "/" open in it next time.
for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch],[data-lang-choice]')) {
  link.addEventListener('click', () => {
    const lang = link.dataset.langSwitch ?? link.dataset.langChoice;
    try {
      if (lang) localStorage.setItem('kb-lang', lang);
    } catch {
      /* storage disabled */
    }
  });
}
