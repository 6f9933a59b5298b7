import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

/** Our server (`npm start`: dist/server.mjs) on the built output (same NEXT_DIST_DIR as the test run) on its own port: one app instance. */
export interface AppServer {
  base: string;
  child: ChildProcess;
  exited: Promise<void>;
  log: string[];
}

/**
 * Starts an instance; `env` adds to (or, set to undefined, removes from) the test process's
 * environment. Loopback is a trusted proxy unless `env` says otherwise (tests send X-Forwarded-For
 * to stand for several clients).
 */
export function startAppServer(port: number, env: Record<string, string | undefined>): AppServer {
  const base = `http://localhost:${port}`;
  const merged: Record<string, string | undefined> = {
    ...process.env,
    SITE_URL: base,
    NEXT_TELEMETRY_DISABLED: '1',
    TRUSTED_PROXIES: 'loopback',
    ...env,
  };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const child = spawn(process.execPath, [path.join('dist', 'server.mjs'), '-p', String(port)], {
    env: merged as NodeJS.ProcessEnv,
    // Its own process group, so that kill -9 reaches every process of the server.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { base, child, exited, log };
}

/** Waits until the instance answers an unknown text with 404: routing and the text store work. */
export async function untilReady(server: AppServer): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) break;
    try {
      if ((await fetch(`${server.base}/api/texts/AAAAAAAAAAAAAAAAAAAAAA`)).status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${server.base} did not start:\n${server.log.join('')}`);
}

export async function stopAppServer(server: AppServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  process.kill(-server.child.pid!, signal);
  await server.exited;
}
