// Reading a Content-Security-Policy back, as a browser does: for the tests that check the policy the
// site writes (src/lib/csp.ts) and the one every built page carries.

/** A policy string read back into directives (names lower-cased; the first occurrence wins, as in browsers). */
export function parseCsp(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const key = name.toLowerCase();
    if (!(key in out)) out[key] = sources;
  }
  return out;
}

/** The sources that decide what scripts may run: script-src-elem, then script-src, then default-src. */
export function effectiveScriptSources(directives: Record<string, string[]>): string[] {
  return directives['script-src-elem'] ?? directives['script-src'] ?? directives['default-src'] ?? [];
}
