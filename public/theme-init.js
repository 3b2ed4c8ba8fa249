// Runs before first paint (blocking, external: the CSP allows no inline script) so a stored
// theme choice never flashes. No stored choice: CSS follows prefers-color-scheme.
try {
  var theme = localStorage.getItem('kb-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {}
