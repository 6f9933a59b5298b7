import { execFileSync } from 'node:child_process';
import { deployPorts, ANNOTATE_LIMIT } from './setup-ports';

/**
 * Starts the whole setup (deploy/run-local.sh start: a throwaway PostgreSQL, the instances, nginx)
 * and hands its folder to the tests in DEPLOY_DIR; the returned function stops it.
 */
export default function globalSetup() {
  const { port, appPorts } = deployPorts();
  const output = execFileSync('deploy/run-local.sh', ['start'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DEPLOY_PORT: String(port),
      DEPLOY_APP_PORTS: appPorts.join(','),
      // A database of its own, not the one the store tests may have been given.
      DATABASE_URL: '',
      ANNOTATE_REQUESTS_PER_MINUTE: String(ANNOTATE_LIMIT),
    },
  });
  const dir = /^export DEPLOY_DIR='([^']+)'$/m.exec(output)?.[1];
  if (!dir) throw new Error(`deploy/run-local.sh start printed no DEPLOY_DIR:\n${output}`);
  process.env.DEPLOY_DIR = dir;
  return () => {
    execFileSync('deploy/run-local.sh', ['stop', dir], { stdio: 'inherit' });
  };
}
