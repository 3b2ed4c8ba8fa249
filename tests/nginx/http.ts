// Plain HTTP for the nginx tests: the bytes as sent (no decoding), every header, no redirect followed.
import { Agent, request } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

export function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v;
        ok({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
      res.on('error', fail);
    });
    req.on('error', fail);
    req.end();
  });
}

/** Ports of the nginx tests: after those of playwright.nginx.config.ts (KB_NGINX_PORT, +1). */
export function nginxTestPort(offset: number): number {
  return Number(process.env.KB_NGINX_PORT ?? Number(process.env.KB_TEST_PORT ?? 4399) + 10) + offset;
}

export function closeConnections(): void {
  agent.destroy();
}
