/**
 * deploy/run-local.sh from TypeScript (the e2e tests of the setup, bench:http, bench:soak): starts
 * the whole setup in the background on the given ports and returns its folder, its address and a
 * function that stops it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export interface LocalSetup {
  /** DEPLOY_DIR: nginx's configuration, cache and logs, each instance's pid file and log. */
  dir: string;
  url: string;
  stop: () => void;
}

const script = (root: string) => path.join(root, 'deploy', 'run-local.sh');

export function startLocalSetup(options: {
  port: number;
  appPorts: number[];
  pgPort?: number;
  env?: Record<string, string>;
  root?: string;
}): LocalSetup {
  const root = options.root ?? process.cwd();
  const output = execFileSync(script(root), ['start'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DEPLOY_PORT: String(options.port),
      DEPLOY_APP_PORTS: options.appPorts.join(','),
      ...(options.pgPort ? { DEPLOY_PG_PORT: String(options.pgPort) } : {}),
      // A throwaway database of its own, not one the caller may have been given.
      DATABASE_URL: '',
      ...options.env,
    },
  });
  const dir = /^export DEPLOY_DIR='([^']+)'$/m.exec(output)?.[1];
  if (!dir) throw new Error(`deploy/run-local.sh start printed no DEPLOY_DIR:\n${output}`);
  return {
    dir,
    url: `http://127.0.0.1:${options.port}`,
    stop: () => execFileSync(script(root), ['stop', dir], { stdio: 'inherit' }),
  };
}

/** Starts the instance on `port` of the setup in `dir` again and waits until it is ready. */
export function startInstance(dir: string, port: number, root = process.cwd()) {
  execFileSync(script(root), ['start-app', dir, String(port)], { cwd: root, stdio: 'inherit' });
}
