/**
 * npm run bench:http (after `npm run build`)
 *
 * Serves the app with `next start` and, side by side, a static file server (its own process) that
 * answers with the same prerendered HTML from memory; loads both with autocannon over loopback only,
 * bounded in time and connections. Reports req/s, p50/p99 latency, errors and non-2xx, and the
 * ratio of the app to the static server (target ≥ 0.5, 0 errors). Also POST /api/annotate.
 *
 * As a control it builds scripts/bench-data/next-floor, a Next.js app with no code of ours, twice
 * (without a proxy, and with a proxy that only lets requests through) and measures it the same
 * way on a page of the same size: the ratio `next start` itself reaches on this machine.
 *
 * And the production setup of deploy/ (deploy/run-local.sh: nginx caching in front of two
 * instances of dist/server.mjs, a throwaway PostgreSQL): the same pages through nginx, at 10
 * connections and at 100 (p99 latency). Requests send the Accept-Language of the page's language,
 * as a reader's browser does (a request that may get the locale cookie skips the cache, see
 * deploy/nginx/hanzi-reader.conf.template). Ports: BENCH_*_PORT (below), all on loopback.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startLocalSetup } from '../deploy/local-setup';
import { machineLine, waitFor, writeBenchmarkSection } from './bench-report';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const APP_PORT = port('BENCH_APP_PORT', 3301);
const STATIC_PORT = port('BENCH_STATIC_PORT', 3302);
const FLOOR_PORT = port('BENCH_FLOOR_PORT', 3303);
const FLOOR_PROXY_PORT = port('BENCH_FLOOR_PROXY_PORT', 3304);
const DEPLOY_PORT = port('BENCH_DEPLOY_PORT', 3306);
const DEPLOY_APP_PORTS = process.env.BENCH_DEPLOY_APP_PORTS ?? '3307,3308';
const DEPLOY_PG_PORT = port('BENCH_DEPLOY_PG_PORT', 3309);
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;
const MANY_CONNECTIONS = 100;
const TARGET_RATIO = 0.5;
const PAGES = ['/de/articles/xiaomi-2018', '/en/articles/xiaomi-2018', '/zh/articles/xiaomi-2018'];
// The control's page is at /floor, so that the static server can serve it next to ours.
const FLOOR_PAGE = '/floor';
const root = process.cwd();
const distDir = path.join(root, process.env.NEXT_DIST_DIR || '.next');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const seedText = readFileSync(path.join(root, 'content/articles/xiaomi-2018.de.txt'), 'utf8');

interface Result {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(options: autocannon.Options): Promise<Result> {
  const r = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** Starts a server in its own process group, so stopping it also stops the children of npx/next. */
function startServer(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, args, {
    cwd,
    stdio: 'ignore',
    detached: true,
    // The API's per-client rate limit would turn a load test into a test of 429s.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ANNOTATE_REQUESTS_PER_MINUTE: '0' },
  });
}

/**
 * Builds the control app in a temporary directory, outside this project so that nothing of ours
 * (proxy, instrumentation, config) is picked up. Webpack, because Turbopack refuses a
 * node_modules that links outside its root. Its text is the seed article's, repeated until the
 * prerendered page is about `pageBytes` long (text and RSC payload each carry it once).
 */
function buildFloor(withProxy: boolean, pageBytes: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hanzi-next-floor-'));
  cpSync(path.join(root, 'scripts/bench-data/next-floor'), dir, { recursive: true });
  const proxyFile = path.join(dir, 'pass-through-proxy.ts');
  if (withProxy) renameSync(proxyFile, path.join(dir, 'proxy.ts'));
  else rmSync(proxyFile);
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const seedLines = seedText.split('\n').filter(Boolean);
  const lines: string[] = [];
  for (let bytes = 0, i = 0; bytes < pageBytes / 2; i++) {
    const line = seedLines[i % seedLines.length]!;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 40; // the <p> and its RSC element
  }
  writeFileSync(path.join(dir, 'floor-text.txt'), lines.join('\n'));
  try {
    execFileSync(process.execPath, [nextBin, 'build', '--webpack'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

const ourPageBytes = statSync(path.join(distDir, 'server', 'app', `${PAGES[0]}.html`)).size;
console.log('building the Next.js control app twice (about 20 s)…');
const floorDir = buildFloor(false, ourPageBytes);
const floorProxyDir = (() => {
  try {
    return buildFloor(true, ourPageBytes);
  } catch (error) {
    rmSync(floorDir, { recursive: true, force: true });
    throw error;
  }
})();
const floorHtml = path.join(floorDir, '.next', 'server', 'app', 'floor.html');

const deploy = (() => {
  try {
    return startLocalSetup({
      port: DEPLOY_PORT,
      appPorts: DEPLOY_APP_PORTS.split(',').map(Number),
      pgPort: DEPLOY_PG_PORT,
      env: { ANNOTATE_REQUESTS_PER_MINUTE: '0' },
    });
  } catch (error) {
    for (const dir of [floorDir, floorProxyDir]) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
})();

const servers = [
  startServer([nextBin, 'start', '-p', String(APP_PORT), '-H', 'localhost'], root),
  startServer([nextBin, 'start', '-p', String(FLOOR_PORT), '-H', 'localhost'], floorDir),
  startServer([nextBin, 'start', '-p', String(FLOOR_PROXY_PORT), '-H', 'localhost'], floorProxyDir),
  startServer(
    [
      path.join(root, 'scripts/bench-static-server.mjs'),
      String(STATIC_PORT),
      ...PAGES.map((p) => `${p}=${path.join(distDir, 'server', 'app', `${p}.html`)}`),
      `${FLOOR_PAGE}=${floorHtml}`,
    ],
    root,
  ),
];

interface Row {
  label: string;
  bytes: number;
  ours: Result;
  base: Result;
}

/** Warms both under load (the JIT), then measures one after the other in the same run. */
async function compare(
  label: string,
  url: string,
  staticPath: string,
  bytes: number,
  options: { headers?: Record<string, string>; connections?: number } = {},
): Promise<Row> {
  const staticUrl = `http://localhost:${STATIC_PORT}${staticPath}`;
  const { headers, connections = CONNECTIONS } = options;
  for (const warmUp of [url, staticUrl]) await autocannon({ url: warmUp, headers, connections, duration: 1 });
  const ours = await load({ url, headers, connections });
  const base = await load({ url: staticUrl, connections });
  console.log(`${label}: ${ours.rps.toFixed(0)} vs ${base.rps.toFixed(0)} req/s`);
  return { label, bytes, ours, base };
}

const ratio = (row: Row) => row.ours.rps / row.base.rps;
const tableRow = (row: Row) =>
  `| ${row.label} | ${(row.bytes / 1024).toFixed(0)} KiB | ${row.ours.rps.toFixed(0)} | ${row.ours.p50} / ${row.ours.p99} | ${row.base.rps.toFixed(0)} | ${row.base.p50} / ${row.base.p99} | **${ratio(row).toFixed(2)}** | ${row.ours.errors} |`;

try {
  await Promise.all([
    waitFor(`http://localhost:${APP_PORT}/de`),
    waitFor(`http://localhost:${FLOOR_PORT}${FLOOR_PAGE}`),
    waitFor(`http://localhost:${FLOOR_PROXY_PORT}${FLOOR_PAGE}`),
    waitFor(`http://localhost:${STATIC_PORT}${FLOOR_PAGE}`),
  ]);
  const asReader = (page: string) => ({ 'accept-language': page.split('/')[1]! });
  const cached: Row[] = [];
  for (const page of PAGES) {
    const bytes = statSync(path.join(distDir, 'server', 'app', `${page}.html`)).size;
    cached.push(
      await compare(`\`${page}\` through nginx`, `${deploy.url}${page}`, page, bytes, { headers: asReader(page) }),
    );
  }
  const manyBytes = statSync(path.join(distDir, 'server', 'app', `${PAGES[0]}.html`)).size;
  const many = await compare(
    `\`${PAGES[0]}\` through nginx, ${MANY_CONNECTIONS} connections`,
    `${deploy.url}${PAGES[0]}`,
    PAGES[0]!,
    manyBytes,
    {
      headers: asReader(PAGES[0]!),
      connections: MANY_CONNECTIONS,
    },
  );
  const floorBytes = statSync(floorHtml).size;
  const rows: Row[] = [];
  for (const page of PAGES) {
    rows.push(
      await compare(
        `\`${page}\``,
        `http://localhost:${APP_PORT}${page}`,
        page,
        statSync(path.join(distDir, 'server', 'app', `${page}.html`)).size,
      ),
    );
  }
  const floor = await compare(
    'control: Next.js, no code of ours',
    `http://localhost:${FLOOR_PORT}${FLOOR_PAGE}`,
    FLOOR_PAGE,
    floorBytes,
  );
  const floorProxy = await compare(
    'control: Next.js + pass-through proxy',
    `http://localhost:${FLOOR_PROXY_PORT}${FLOOR_PAGE}`,
    FLOOR_PAGE,
    floorBytes,
  );

  const body = JSON.stringify({ text: seedText, locale: 'de' });
  const apiOptions = {
    url: `http://localhost:${APP_PORT}/api/annotate`,
    method: 'POST' as const,
    body,
    headers: { 'content-type': 'application/json' },
  };
  await autocannon({ ...apiOptions, connections: CONNECTIONS, duration: 1 });
  const api = await load(apiOptions);

  const problems = [...cached, many].flatMap((row) => [
    ...(ratio(row) < TARGET_RATIO ? [`${row.label}: ratio ${ratio(row).toFixed(2)} < ${TARGET_RATIO}`] : []),
    ...(row.ours.errors > 0 ? [`${row.label}: ${row.ours.errors} errors or non-2xx`] : []),
  ]);
  // A static server answering 404s would be fast for nothing and make every ratio meaningless.
  const baseErrors = [...rows, floor, floorProxy, ...cached, many].filter((row) => row.base.errors > 0);
  if (baseErrors.length)
    throw new Error(
      `the static server failed: ${baseErrors.map((row) => `${row.label} ${row.base.errors} errors or non-2xx`).join('; ')}`,
    );
  const nextStartErrors = rows.filter((row) => row.ours.errors > 0);
  if (nextStartErrors.length)
    problems.push(...nextStartErrors.map((row) => `${row.label}: ${row.ours.errors} errors or non-2xx`));
  if (api.errors > 0) problems.push(`POST /api/annotate: ${api.errors} errors or non-2xx`);
  const ofFloor = rows.map((row) => `${row.label} ${(row.ours.rps / floorProxy.ours.rps).toFixed(2)}`).join(', ');

  const report = [
    '## HTTP: the production setup and `next start` vs a static file server (`npm run bench:http`)',
    '',
    `${machineLine()} · autocannon, ${CONNECTIONS} connections (unless a row says otherwise), ${DURATION_S} s per target, loopback only. The static file server (scripts/bench-static-server.mjs) is a separate Node process answering with the same prerendered bytes from memory.`,
    '',
    "Through nginx: deploy/run-local.sh (nginx caching in front of two instances of `npm start`, one PostgreSQL), each request with the Accept-Language of the page's language, as a reader's browser sends it. The target applies to these rows.",
    '',
    `| page | size | app req/s | app p50 / p99 ms | static req/s | static p50 / p99 ms | ratio (target ≥ ${TARGET_RATIO}) | app errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[...cached, many].map(tableRow),
    '',
    '`next start` alone, without a cache in front (no target: see the analysis below):',
    '',
    '| page | size | app req/s | app p50 / p99 ms | static req/s | static p50 / p99 ms | ratio | app errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[...rows, floor, floorProxy].map(tableRow),
    '',
    "The two control rows are scripts/bench-data/next-floor, built in the same run: a prerendered page of the seed article's text,",
    'as large as ours, served by `next start` with no proxy, then with a proxy that only lets the request through.',
    `Our pages reach ${ofFloor} of the control with a proxy (our proxy also negotiates the locale, checks the path and sets the CSP).`,
    '',
    `POST /api/annotate with the seed article (${body.length} bytes): ${api.rps.toFixed(0)} req/s, p50 ${api.p50} ms, p99 ${api.p99} ms, errors ${api.errors}.`,
    problems.length ? `\nBelow target: ${problems.join('; ')}.` : '\nAll targets met.',
    ratio(floor) < TARGET_RATIO
      ? `\nThe control without a proxy reaches ${ratio(floor).toFixed(2)}: on this machine \`next start\` alone stays below the target for a page of this size.`
      : '',
  ].join('\n');
  console.log(report);
  if (!process.argv.includes('--no-write')) writeBenchmarkSection('http', report);
} finally {
  for (const server of servers) {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  for (const dir of [floorDir, floorProxyDir]) rmSync(dir, { recursive: true, force: true });
  deploy.stop();
}
