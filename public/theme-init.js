// Runs before first paint (blocking, external: the CSP allows no inline script) so a stored
// theme choice never flashes. No stored choice: CSS follows prefers-color-scheme.
// data-js tells CSS that scripts run, so it can reserve room for controls the page's scripts add
// (the theme toggle) and nothing moves when they appear (layout shift).
document.documentElement.setAttribute('data-js', '');
try {
  var theme = localStorage.getItem('kb-theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
} catch (e) {}
