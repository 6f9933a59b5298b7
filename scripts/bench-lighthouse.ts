/**
 * npm run bench:lighthouse (after `npm run build`)
 *
 * Lighthouse 12 (mobile profile, its default) on the article page in each UI language, served by
 * `next start` on loopback and audited with the system Chromium. Targets: performance 95,
 * accessibility 100, best practices 100, SEO 100.
 */
import { spawn } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { machineLine, waitFor, writeBenchmarkSection } from './bench-report';

// Audited at the origin the build's canonical URLs name (SITE_URL at build time), or SEO's canonical audit fails.
const ORIGIN = new URL(process.env.SITE_URL ?? 'http://localhost:3000');
const PORT = Number(ORIGIN.port || 80);
const PAGES = ['/de/articles/xiaomi-2018', '/en/articles/xiaomi-2018', '/zh/articles/xiaomi-2018'];
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const app = spawn('npx', ['next', 'start', '-p', String(PORT), '-H', ORIGIN.hostname], {
  stdio: 'ignore',
  // Own process group, so stopping it also stops the next-server child of npx.
  detached: true,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  await waitFor(`${ORIGIN.origin}/de`);
  const rows: string[] = [];
  const misses: string[] = [];
  for (const page of PAGES) {
    const result = await lighthouse(`${ORIGIN.origin}${page}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!result) throw new Error(`no Lighthouse result for ${page}`);
    const { categories, audits } = result.lhr;
    const scores = Object.keys(TARGETS).map((id) => Math.round((categories[id]?.score ?? 0) * 100));
    Object.keys(TARGETS).forEach((id, i) => {
      if (scores[i]! < TARGETS[id]!) {
        const failing = Object.values(audits)
          .filter(
            (a) =>
              a.score !== null &&
              a.score < 1 &&
              categories[id]?.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0),
          )
          .map((a) => a.id);
        misses.push(`${page} ${id} ${scores[i]} (< ${TARGETS[id]}): ${failing.join(', ')}`);
      }
    });
    const lcp = audits['largest-contentful-paint']?.displayValue ?? '?';
    const tbt = audits['total-blocking-time']?.displayValue ?? '?';
    rows.push(`| ${page} | ${scores.join(' | ')} | ${lcp} | ${tbt} |`);
  }
  const report = [
    '## Lighthouse 12, mobile profile (`npm run bench:lighthouse`)',
    '',
    `${machineLine()} · system Chromium, simulated mobile throttling, \`next start\` on loopback.`,
    '',
    '| page | performance (≥ 95) | accessibility (100) | best practices (100) | SEO (100) | LCP | TBT |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    misses.length ? `Below target:\n${misses.map((m) => `- ${m}`).join('\n')}` : 'All targets met.',
  ].join('\n');
  console.log(report);
  if (!process.argv.includes('--no-write')) writeBenchmarkSection('lighthouse', report);
} finally {
  await chrome.kill();
  process.kill(-app.pid!, 'SIGTERM');
}
