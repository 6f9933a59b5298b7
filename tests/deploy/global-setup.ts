import { startLocalSetup } from '../../deploy/local-setup';
import { ANNOTATE_LIMIT, deployPorts } from './setup-ports';

/** Starts the whole setup (deploy/run-local.sh) and hands its folder to the tests in DEPLOY_DIR; the returned function stops it. */
export default function globalSetup() {
  const { port, appPorts } = deployPorts();
  const setup = startLocalSetup({ port, appPorts, env: { ANNOTATE_REQUESTS_PER_MINUTE: String(ANNOTATE_LIMIT) } });
  process.env.DEPLOY_DIR = setup.dir;
  return setup.stop;
}
