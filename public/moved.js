// Redirect page of a renamed entry (src/components/MovedRedirect.astro): go to the new address,
// keeping #cause-… so a ticket's link to one cause still lands on it. Without JS a <noscript> meta
// refresh and a plain link do the job (a meta refresh drops the #anchor, hence this file).
(function () {
  var script = document.currentScript;
  var to = script && script.getAttribute('data-to');
  if (to) location.replace(to + location.hash);
})();
