// The npm registry our machines reach lacks some other-platform builds (@astrojs/compiler-binding-*,
// @pagefind/darwin-*, …). `npm install` then leaves them out of package-lock.json and `npm ci`
// refuses the lock as out of sync. This adds a lock entry, with its os/cpu, for every optional
// platform package the lock names but does not list, so `npm ci` skips it on a non-matching machine
// exactly as it would with a complete lock. Run after `npm install` changes dependencies.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
interface LockPackage {
  version?: string;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
  libc?: string[];
}
const lock = JSON.parse(readFileSync(LOCK, 'utf8')) as { packages: Record<string, LockPackage> };
const packages = lock.packages;

const OS: Record<string, string> = { android: 'android', darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', openbsd: 'openbsd', sunos: 'sunos', aix: 'aix', openharmony: 'openharmony' };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64', 'mips64el'];

/** os/cpu/libc of a platform package, read from its name (e.g. compiler-binding-linux-arm64-musl). */
function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> | undefined {
  const parts = (name.split('/').pop() ?? '').split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = parts.find((p) => CPU.includes(p));
  if (parts.includes('wasi') || parts.includes('wasm32')) return { cpu: ['wasm32'] };
  if (!os || !cpu) return undefined;
  const out: Pick<LockPackage, 'os' | 'cpu' | 'libc'> = { os: [os], cpu: [cpu] };
  if (parts.includes('musl')) out.libc = ['musl'];
  if (parts.includes('gnu')) out.libc = ['glibc'];
  return out;
}

let added = 0;
for (const [path, pkg] of Object.entries(packages)) {
  for (const [dep, version] of Object.entries(pkg.optionalDependencies ?? {})) {
    const parent = path === '' ? '' : `${path}/`;
    if (packages[`${parent}node_modules/${dep}`] || packages[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) {
      console.warn(`left alone: ${dep}@${version} (cannot tell its platform from the name)`);
      continue;
    }
    packages[`node_modules/${dep}`] = { version, optional: true, ...platform };
    added += 1;
  }
}
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: added ${added} missing optional platform entries.`);
