import type { LaunchOptions } from '@playwright/test';

/**
 * Browser downloads are impossible here: Playwright drives the system Chromium (installed by .ci/run),
 * quietly (no network of its own, no first-run or update work). Both Playwright configs use it.
 */
export const systemChromium: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
