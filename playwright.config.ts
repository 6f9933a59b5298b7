// Specs import server modules (the text store, the articles): their server-only marker is allowed here.
import './scripts/server-side.mjs';
import { defineConfig, devices } from '@playwright/test';
import { systemChromium } from './tests/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A test that passes only on its second try is a bug in the test or the app: no retries, in CI neither.
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: systemChromium,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: systemChromium } }],
  webServer: {
    // Tests run against the production build (`npm run build` comes first in `npm test`), through
    // our HTTP server (dist/server.mjs). The tests stand for many clients by sending X-Forwarded-For
    // from loopback, so loopback is a trusted proxy here (by default no one is).
    command: `node dist/server.mjs -p ${PORT}`,
    url: `${baseURL}/de`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1', SITE_URL: baseURL, TRUSTED_PROXIES: 'loopback' },
  },
});
