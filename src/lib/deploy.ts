// Deployment settings come from the environment; normalise them once so every link builder agrees.

/** Where `astro preview` serves the site: the origin used when SITE_URL is not set. */
export const LOCAL_PREVIEW_SITE = 'http://localhost:4321';

/** SITE_URL → absolute origin without trailing slash. Defaults to the local preview address. */
export function normaliseSite(value: string | undefined): string {
  const raw = (value ?? '').trim() || LOCAL_PREVIEW_SITE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as http://kb.example.internal, got "${raw}"`);
  }
  return url.origin;
}

/** BASE_PATH → "/" or "/docs/kb/" (leading and trailing slash). */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed)) throw new Error(`BASE_PATH has characters a URL path cannot hold: "${value}"`);
  return `/${trimmed}/`;
}

/** The site's absolute URL in page code: Astro's `site` (astro.config.mjs always sets it from SITE_URL). */
export function siteUrl(site: URL | undefined): URL {
  return site ?? new URL(LOCAL_PREVIEW_SITE);
}

/**
 * The origin SITE_URL names when the deployment sets one, else null: links that must work for every
 * colleague use it, and without it the browser uses the address the reader is on.
 */
export function configuredSite(value: string | undefined = process.env.SITE_URL): string | null {
  return value?.trim() ? normaliseSite(value) : null;
}
