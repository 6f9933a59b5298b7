/** The ports of the setup under test (deploy/run-local.sh reads the same variables). */
export function deployPorts() {
  const port = Number(process.env.DEPLOY_PORT ?? 3302);
  const appPorts = (process.env.DEPLOY_APP_PORTS ?? '3303,3304').split(',').map(Number);
  return { port, appPorts };
}

/** Requests per minute and client of POST /api/annotate in the setup under test (small, so a burst reaches it quickly). */
export const ANNOTATE_LIMIT = 6;
