// Paths as evidence: the same file sits under different install roots on different sites
// (/data/bkce, /data/bkee, /data/paas, ${BK_HOME}, a virtualenv …), and what names the component is
// in the middle of the path (`paas_agent/…/run/supervisord.sock`), not only at its end. A path is
// reduced to its meaningful segments: the install root mapped away, directories every install has
// (lib, site-packages, bin, run, logs …) dropped, repeats folded.

/** Install roots, as a normalised (lower-case) path starts: all mean "the BlueKing install". */
const INSTALL_ROOT = /^(?:\$\{?bk_home\}?|\$\{?install_path\}?|\/data\/(?:bkce|bkee|bk|paas|install)(?=\/|$)|\/data|\/opt|\/usr\/local|\/usr|\/root|\/home\/[^/]+|[a-z]:)/;

/** Directories that every install, virtualenv or build tree has: they say nothing about the problem. */
const GENERIC_SEGMENTS = new Set(
  (
    'data bkce bkee lib lib64 site-packages dist-packages envs .virtualenvs virtualenvs venv .venv env bin sbin etc ' +
    'build var run tmp log logs src code apps projects project public share local usr home root opt conf config ' +
    'include . .. python __init__.py'
  ).split(' '),
);

/** At most this many segments of one path are kept (the last ones): the component sits near its end. */
const MAX_SEGMENTS = 5;

/** The meaningful segments of one path, in order. */
export function meaningfulSegments(path: string): string[] {
  const rest = path.replace(INSTALL_ROOT, '');
  const out: string[] = [];
  for (const seg of rest.split('/')) {
    if (!seg || GENERIC_SEGMENTS.has(seg) || /^python\d/.test(seg)) continue;
    if (out[out.length - 1] === seg) continue;
    out.push(seg);
  }
  return out.slice(-MAX_SEGMENTS);
}

/** Paths of three or more segments (absolute, under ${VAR}, or a drive) in normalised text. */
const PATH = /(?:\$\{?[a-z_]+\}?|[a-z]:)?(?:\/[\w.$@{}\-]+){3,}\/?/g;

/** Every long path of the text replaced by its meaningful segments, separated by spaces. */
export function reducePaths(text: string): string {
  return text.replace(PATH, (p) => ` ${meaningfulSegments(p).join(' ')} `);
}
