import type { LaunchOptions } from '@playwright/test';

/**
 * Browser downloads are impossible here: Playwright drives Debian's Chromium (installed by .ci/run),
 * quietly (no network of its own, no first-run or update work). Both Playwright configs use it.
 * It is the headless shell, as Playwright's own headless runs are: the full browser costs a third
 * more CPU for the same tests, and the suite is CPU-bound on 2 cores.
 */
export const systemChromium: LaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
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
