// The Content-Security-Policy every page carries (docs/decisions/0800). The site is static and may be
// served by any web server, so the policy travels in a <meta http-equiv> tag (src/components/
// SecurityMeta.astro) rather than a header. A meta policy cannot set frame-ancestors, report-uri or
// sandbox; a server in front adds CSP_HEADER_ONLY with the same policy as a header (deploy/nginx/,
// generated from this file by tools/lib/nginx-conf.ts).

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES: CspDirectives = {
  // Everything not named below: this origin only (fonts, manifests, frames, media).
  'default-src': ["'self'"],
  // Same-origin script files only; no inline script, no eval. Pagefind compiles its WebAssembly
  // search engine, which needs 'wasm-unsafe-eval' (it does not allow JavaScript eval).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Shiki colours each token with a style attribute (--shiki-light/--shiki-dark). Stylesheets are
  // files from this origin; 'unsafe-inline' is only needed for those attributes.
  'style-src': ["'self'", "'unsafe-inline'"],
  // Images are files from this origin (favicon.svg); no data: URL is used, so none is allowed.
  'img-src': ["'self'"],
  // Pagefind fetches its index and wasm; search fetches its own index's files (src/lib/search/index-location.ts).
  'connect-src': ["'self'"],
  // Pagefind starts pagefind-worker.js from this origin (not a blob: URL).
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  // No page uses <base>; an injected one could re-point every relative script URL.
  'base-uri': ["'none'"],
  // The search forms submit to this site's own search page.
  'form-action': ["'self'"],
};

/** What only a Content-Security-Policy header can say: no page of the site may be framed. */
export const CSP_HEADER_ONLY: CspDirectives = {
  'frame-ancestors': ["'none'"],
};

/** The policy a server sends as a header: the page's policy plus what a <meta> cannot carry. */
export const CSP_HEADER_DIRECTIVES: CspDirectives = { ...CSP_DIRECTIVES, ...CSP_HEADER_ONLY };

export function serializeCsp(directives: CspDirectives = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}
