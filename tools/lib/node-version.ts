// Astro 7 needs Node >= 22.12. Say so in one line instead of failing deep inside a dependency.
export function requireNode(min: readonly [number, number] = [22, 12]): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major > min[0] || (major === min[0] && minor >= min[1])) return;
  console.error(
    `Node ${process.versions.node} is too old: this site needs Node >= ${min.join('.')} (see .nvmrc). ` +
      'Install a newer Node, e.g. `npm install --prefix "$HOME/.cache/node24" node@24` and put its node_modules/.bin first on PATH.',
  );
  process.exit(1);
}
