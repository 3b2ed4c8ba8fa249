// Host-specific values in code become the placeholders of content/taxonomy/placeholders.json, so a
// reader's environment panel fills in their own: install paths (from the install layouts' values in
// layouts.json, longest first) and IP addresses (an IP placeholder chosen from the words around
// them: a block on the nginx host gets <nginx_ip>). Every replacement is reported for the reviewer.
import { layouts } from '../../../src/lib/layouts.ts';
import { placeholders } from '../../../src/lib/taxonomy.ts';

export interface Replacement {
  from: string;
  to: string;
  /** The install layout the replaced path belongs to (the block gets layout="…"). */
  layout?: string;
}

const PATHS = layouts
  .flatMap((l) => Object.entries(l.values).map(([name, value]) => ({ value, layout: l.id, token: placeholders.find((p) => p.name === name)?.token })))
  .filter((p): p is { value: string; layout: string; token: string } => !!p.token && p.value.startsWith('/'))
  .sort((a, b) => b.value.length - a.value.length);
const IP_TOKENS = placeholders.filter((p) => /_ip$/.test(p.name));
const IPV4 = /(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w.]*\d)/g;
const NOT_A_HOST = /^(?:0\.0\.0\.0|127\.|255\.)/;

/** Replaces host values consistently across one draft: the same IP always gets the same token. */
export class HostValues {
  private readonly ips = new Map<string, string>();
  private readonly order: string[];
  readonly replacements: Replacement[] = [];

  /** `context`: the words of the question, to tell which server an address belongs to. */
  constructor(context: string) {
    const lower = context.toLowerCase();
    const score = (name: string) => lower.split(name.replace(/_ip$/, '')).length - 1;
    this.order = IP_TOKENS.map((p) => p.token).sort((a, b) => score(nameOf(b)) - score(nameOf(a)));
  }

  /** The text with host values replaced, and the layouts whose paths were replaced. */
  replace(text: string, { paths = true } = {}): { text: string; layouts: string[] } {
    const used = new Set<string>();
    let out = text;
    for (const p of paths ? PATHS : []) {
      const re = new RegExp(`${escape(p.value)}(?![\\w.-])`, 'g');
      if (!re.test(out)) continue;
      out = out.replace(re, p.token);
      used.add(p.layout);
      this.note({ from: p.value, to: p.token, layout: p.layout });
    }
    out = out.replace(IPV4, (ip) => {
      if (NOT_A_HOST.test(ip)) return ip;
      let token = this.ips.get(ip);
      if (!token) {
        token = this.order[this.ips.size % this.order.length]!;
        this.ips.set(ip, token);
      }
      this.note({ from: ip, to: token });
      return token;
    });
    return { text: out, layouts: [...used] };
  }

  private note(r: Replacement): void {
    if (!this.replacements.some((x) => x.from === r.from && x.to === r.to)) this.replacements.push(r);
  }
}

const nameOf = (token: string) => IP_TOKENS.find((p) => p.token === token)!.name;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
