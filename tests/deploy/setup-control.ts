import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { startInstance } from '../../deploy/local-setup';
import { deployPorts } from './setup-ports';

/** The folder of the running setup (deploy/run-local.sh start, see global-setup.ts). */
export function deployDir(): string {
  const dir = process.env.DEPLOY_DIR;
  if (!dir) throw new Error('DEPLOY_DIR is not set: run these tests with playwright.deploy.config.ts');
  return dir;
}

/** Every file nginx has stored in its cache, as text (headers and body). */
export function cachedFiles(): string[] {
  const root = path.join(deployDir(), 'nginx', 'cache');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(readFileSync(full, 'latin1'));
    }
  };
  walk(root);
  return files;
}

/** Stops an instance the hard way (a crash): its whole session, annotation worker included. */
export function killApp(port: number) {
  const pid = Number(readFileSync(path.join(deployDir(), `app-${port}.pid`), 'utf8'));
  process.kill(-pid, 'SIGKILL');
}

/** Starts the instance on `port` again and waits until it is ready. */
export function startApp(port: number) {
  startInstance(deployDir(), port);
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A request to nginx from another loopback address (127.0.0.2, 127.0.0.3 …): to nginx and to the
 * app behind it, another client machine.
 */
export function requestFrom(
  localAddress: string,
  method: string,
  pathname: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const { port } = deployPorts();
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method,
        path: pathname,
        headers: {
          ...options.headers,
          ...(options.body ? { 'content-length': String(Buffer.byteLength(options.body)) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
