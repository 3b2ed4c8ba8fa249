// Deployment settings come from the environment; normalise them once so every link builder agrees.

/** SITE_URL → absolute origin without trailing slash. Defaults to the local preview address. */
export function normaliseSite(value: string | undefined): string {
  const raw = (value ?? '').trim() || 'http://localhost:4321';
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
