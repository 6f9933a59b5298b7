import { defineConfig, devices } from '@playwright/test';
import { deployPorts } from './tests/deploy/setup-ports';
import { systemChromium } from './tests/support/chromium';

// The production setup of deploy/ (nginx caching in front of two instances, one PostgreSQL
// database), started by tests/deploy/global-setup.ts with deploy/run-local.sh on its own ports.
const { port } = deployPorts();

export default defineConfig({
  testDir: 'tests/deploy',
  globalSetup: './tests/deploy/global-setup.ts',
  forbidOnly: !!process.env.CI,
  // Never retried, like the main suite: a flaky check is fixed, not repeated.
  retries: 0,
  // One worker: a test stops and restarts instances of the one shared setup.
  workers: 1,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}`, trace: 'retain-on-failure', launchOptions: systemChromium },
  projects: [{ name: 'deploy', use: { ...devices['Desktop Chrome'], launchOptions: systemChromium } }],
});
