// Sends the reader to their language: the stored choice (set when they switch language), else the
// browser's languages. `data-target` on the script tag is the path after /<lang>/ ("" = home;
// "faq/slug/" on permalink pages). Without JS the page's plain links do the job.
(function () {
  var script = document.currentScript;
  var target = (script && script.getAttribute('data-target')) || '';
  var base = document.documentElement.getAttribute('data-base') || script.src.replace(/lang-redirect\.js.*$/, '').replace(location.origin, '');
  var lang = null;
  try {
    lang = localStorage.getItem('kb-lang');
  } catch (e) {}
  if (lang !== 'zh' && lang !== 'en') {
    var prefs = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'zh'];
    lang = 'zh';
    for (var i = 0; i < prefs.length; i++) {
      var p = String(prefs[i]).toLowerCase();
      if (p.indexOf('zh') === 0) { lang = 'zh'; break; }
      if (p.indexOf('en') === 0) { lang = 'en'; break; }
    }
  }
  var dest = (target && script.getAttribute('data-target-' + lang)) || base + lang + '/' + target;
  location.replace(dest + location.search + location.hash);
})();
