/**
 * npm run bench:http (after `npm run build`)
 *
 * Serves the app with `next start` and, side by side, a minimal static file server that answers
 * with the same prerendered HTML from memory; loads both with autocannon over loopback only,
 * bounded in time and connections. Reports req/s, p50/p99 latency, errors and non-2xx, and the
 * ratio of the app to the static server (target ≥ 0.5, 0 errors). Also POST /api/annotate.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import { machineLine, waitFor, writeBenchmarkSection } from './bench-report';

const APP_PORT = 3301;
const STATIC_PORT = 3302;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const PAGES = ['/de/articles/xiaomi-2018', '/en/articles/xiaomi-2018', '/zh/articles/xiaomi-2018'];
const distDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next');

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, options: autocannon.Options): Promise<Result> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

const app = spawn('npx', ['next', 'start', '-p', String(APP_PORT), '-H', 'localhost'], {
  stdio: 'ignore',
  // Own process group, so stopping it also stops the next-server child of npx.
  detached: true,
  // The API's per-client rate limit would turn a load test into a test of 429s.
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ANNOTATE_REQUESTS_PER_MINUTE: '0' },
});
const pages = new Map(PAGES.map((p) => [p, readFileSync(path.join(distDir, 'server', 'app', `${p}.html`))]));
const staticServer = createServer((req, res) => {
  const body = pages.get(req.url ?? '');
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}).listen(STATIC_PORT, 'localhost');

try {
  await waitFor(`http://localhost:${APP_PORT}/de`);
  const rows: string[] = [];
  const problems: string[] = [];
  for (const page of PAGES) {
    // Warm both, then measure one after the other on the same machine in the same run.
    await fetch(`http://localhost:${APP_PORT}${page}`);
    const ours = await load(`next start ${page}`, { url: `http://localhost:${APP_PORT}${page}` });
    const base = await load(`static ${page}`, { url: `http://localhost:${STATIC_PORT}${page}` });
    const ratio = ours.rps / base.rps;
    rows.push(`| ${page} | ${ours.rps.toFixed(0)} | ${ours.p50} / ${ours.p99} | ${base.rps.toFixed(0)} | ${base.p50} / ${base.p99} | **${ratio.toFixed(2)}** | ${ours.errors + ours.non2xx} |`);
    if (ratio < 0.5) problems.push(`${page}: ratio ${ratio.toFixed(2)} < 0.5`);
    if (ours.errors + ours.non2xx > 0) problems.push(`${page}: ${ours.errors} errors, ${ours.non2xx} non-2xx`);
  }
  const body = JSON.stringify({ text: readFileSync(path.join(process.cwd(), 'content/articles/xiaomi-2018.de.txt'), 'utf8'), locale: 'de' });
  await fetch(`http://localhost:${APP_PORT}/api/annotate`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
  const api = await load('POST /api/annotate', { url: `http://localhost:${APP_PORT}/api/annotate`, method: 'POST', body, headers: { 'content-type': 'application/json' } });
  if (api.errors + api.non2xx > 0) problems.push(`POST /api/annotate: ${api.errors} errors, ${api.non2xx} non-2xx`);

  const report = [
    '## HTTP: `next start` vs a static file server (`npm run bench:http`)',
    '',
    `${machineLine()} · autocannon, ${CONNECTIONS} connections, ${DURATION_S} s per target, loopback only.`,
    '',
    '| page | app req/s | app p50 / p99 ms | static req/s | static p50 / p99 ms | ratio (target ≥ 0.5) | app errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `POST /api/annotate with the seed article (${body.length} bytes): ${api.rps.toFixed(0)} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors + api.non2xx}.`,
    problems.length ? `\nBelow target: ${problems.join('; ')}.` : '\nAll targets met.',
  ].join('\n');
  console.log(report);
  if (!process.argv.includes('--no-write')) writeBenchmarkSection('http', report);
} finally {
  process.kill(-app.pid!, 'SIGTERM');
  staticServer.close();
}
