// Astro 7 needs Node >= 22.12, and the tools are TypeScript run by Node itself, which strips types
// without a flag from 22.18. Say so in one line instead of failing deep inside a dependency (an older
// Node cannot load this file at all and stops at the first `.ts` import instead).
export function requireNode(min: readonly [number, number] = [22, 18]): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > min[0] || (major === min[0] && minor >= min[1])) return;
  console.error(
    `Node ${process.versions.node} is too old: this site needs Node >= ${min.join('.')} (see .nvmrc). ` +
      'Install a newer Node, e.g. `npm install --prefix "$HOME/.cache/node24" node@24` and put its node_modules/.bin first on PATH.',
  );
  process.exit(1);
}
