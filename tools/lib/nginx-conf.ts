// The nginx configuration of deploy/nginx/ as text: the security headers file, generated from the
// site's own policy (src/lib/csp.ts) so the header and the <meta> policy never drift apart, and the
// rendering of the templates for one install (base path, install directory, port). The shell
// deploy script (deploy/kb-deploy.sh) renders the same templates with sed, the same way.
import { CSP_HEADER_DIRECTIVES, serializeCsp } from '../../src/lib/csp.ts';
import { normaliseBase } from '../../src/lib/deploy.ts';

/** Headers every response carries (errors too), in the order the file lists them. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', serializeCsp(CSP_HEADER_DIRECTIVES)],
  // Browsers older than frame-ancestors read this one.
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  // Every link the site makes is to itself; no other host learns which entry was read.
  ['Referrer-Policy', 'same-origin'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  // Copy buttons use the clipboard, so that stays; nothing else a page could ask for is needed.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
];

/** Cache-Control of files whose names carry a content hash, and of everything else. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';

/** deploy/nginx/kb-headers.conf, byte for byte. */
export function headersConf(): string {
  const lines = SECURITY_HEADERS.map(([name, value]) => {
    if (/["\\\n]/.test(value)) throw new Error(`header ${name}: value cannot be written in an nginx string: ${value}`);
    return `add_header ${name} "${value}" always;`;
  });
  return [
    '# Security headers of every response, errors included ("always"). Generated from src/lib/csp.ts and',
    '# tools/lib/nginx-conf.ts by `node tools/package.ts --headers`; do not edit by hand. Included in each',
    "# location of kb-site.conf, because a location with add_header of its own drops its parent's.",
    ...lines,
    '',
  ].join('\n');
}

export interface Install {
  /** BASE_PATH of the build: `/` or `/docs/kb/`. */
  base: string;
  /** The install directory (absolute). */
  root: string;
  /** Port or address:port of kb-server.conf. */
  listen?: string | number;
}

const SUBPATH_ONLY = /#\s*sub-path only\s*$/;

/** A template of deploy/nginx/ for one install; an unknown `${KB_…}` left in it is an error. */
export function renderTemplate(template: string, install: Install): string {
  const base = normaliseBase(install.base);
  if (!install.root.startsWith('/') || /[\s;{}"'$#]/.test(install.root)) throw new Error(`install directory must be an absolute path without spaces or ; { } " ' $ #: "${install.root}"`);
  const values: Record<string, string> = {
    KB_BASE: base,
    KB_PATH: base.slice(0, -1),
    KB_ROOT: install.root.replace(/\/+$/, ''),
    KB_LISTEN: String(install.listen ?? 80),
  };
  const kept = template.split('\n').filter((line) => base !== '/' || !SUBPATH_ONLY.test(line));
  return kept
    .map((line) => line.trimStart().startsWith('#') ? line : line.replace(/\$\{(KB_[A-Z]+)\}/g, (token, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`unknown template value ${token} in: ${line.trim()}`);
      return value;
    }))
    .join('\n');
}
