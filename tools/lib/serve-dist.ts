// Starts tools/serve.ts on a build directory for a bench and resolves once it listens.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

export interface ServeOptions {
  dir: string;
  port: string | number;
  base?: string;
  host?: string;
  /** Send `<file>.gz` when it exists (nginx `gzip_static on`). */
  precompressed?: boolean;
}

export interface RunningServer {
  origin: string;
  close: () => void;
}

export async function serveDist({ dir, port, base = '/', host = '127.0.0.1', precompressed = false }: ServeOptions): Promise<RunningServer> {
  const args = ['tools/serve.ts', '--dir', dir, '--port', String(port), '--host', host, '--base', base];
  if (precompressed) args.push('--precompressed');
  const server = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ok, fail) => {
    server.stdout.on('data', (d) => String(d).includes('Serving') && ok());
    server.on('exit', (code) => fail(new Error(`tools/serve.ts exited with ${code} (is port ${port} free?)`)));
  });
  const close = () => void server.kill();
  process.on('exit', close);
  return { origin: `http://${host}:${port}`, close };
}
