/**
 * npm run bench:soak [-- SECONDS] (after `npm run build`; default 600 s, at most 3600)
 *
 * Memory under load: the production setup of deploy/ (deploy/run-local.sh: nginx caching in front
 * of two instances, a throwaway PostgreSQL) on loopback, under mixed traffic for the whole run:
 * - article pages through nginx, mostly from its cache, and rendered per request by an instance
 *   (`?pinyin=zhuyin`, glossary words only the dictionary has);
 * - glossary searches (GET /api/dictionary/search), each query new to the cache;
 * - POST /api/annotate with texts that change from request to request;
 * - text creations (POST /api/texts), each new text then read as a page and through the API.
 * The RSS of each instance (its node process, annotation worker thread included) is read from
 * /proc every 10 s. Warm-up is the first fifth of the run (2 minutes of 10): caches fill,
 * the annotation worker starts, the JIT settles. Target: from the first samples after warm-up to
 * the last, RSS grows by no more than 10 % (means of three samples at each end).
 * Rate limits are turned off for the run (they would turn it into a test of 429s).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { startLocalSetup } from '../deploy/local-setup';
import { machineLine, rng, writeBenchmarkSection } from './bench-report';

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DEPLOY_PORT = port('BENCH_DEPLOY_PORT', 3306);
const APP_PORTS = (process.env.BENCH_DEPLOY_APP_PORTS ?? '3307,3308').split(',').map(Number);
const PG_PORT = port('BENCH_DEPLOY_PG_PORT', 3309);
const argument = process.argv.slice(2).find((arg) => /^\d+$/.test(arg));
const DURATION_S = Math.min(3600, Number(argument ?? 600));
const SAMPLE_MS = 10_000;
const WARM_UP_S = Math.round(DURATION_S / 5);
const TARGET_GROWTH = 0.1;
const root = process.cwd();

const random = rng(17);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const seedText = readFileSync(path.join(root, 'content/articles/xiaomi-2018.de.txt'), 'utf8');
const seedLines = seedText.split('\n').filter(Boolean);
const sentences = readFileSync(path.join(root, 'scripts/bench-data/zh-sentences.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const han = [...new Set([...sentences.join('')].filter((char) => /\p{Script=Han}/u.test(char)))];
const QUERIES = [
  'yinhang',
  'yin2hang2',
  'yínháng',
  'yh',
  'bank',
  'xiao',
  'mi',
  'lei jun',
  'shen',
  'hua wei',
  'computer',
  'zhong',
  'guo',
];

/** A text that no request before it had: a German line and a Chinese sentence or two. */
const newText = () =>
  `${pick(seedLines)}\n${pick(sentences)}${random() < 0.5 ? pick(sentences) : ''}\n${Math.floor(random() * 1e9)}`;
const newQuery = () =>
  random() < 0.5 ? `${pick(QUERIES)}${random() < 0.5 ? pick(han) : ''}` : `${pick(han)}${pick(han)}`;

const setup = startLocalSetup({
  port: DEPLOY_PORT,
  appPorts: APP_PORTS,
  pgPort: PG_PORT,
  env: { ANNOTATE_REQUESTS_PER_MINUTE: '0', TEXT_CREATIONS_PER_MINUTE: '0' },
});
const pids = APP_PORTS.map((appPort) => Number(readFileSync(path.join(setup.dir, `app-${appPort}.pid`), 'utf8')));

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  if (!Number.isFinite(kib)) throw new Error(`no VmRSS for process ${pid}`);
  return kib / 1024;
}

interface Traffic {
  label: string;
  requests: number;
  errors: number;
  statuses: Map<number, number>;
}

const newTraffic = (label: string): Traffic => ({ label, requests: 0, errors: 0, statuses: new Map() });
const count = (traffic: Traffic, status: number) => {
  traffic.requests++;
  traffic.statuses.set(status, (traffic.statuses.get(status) ?? 0) + 1);
  if (status >= 400) traffic.errors++;
};

/** autocannon with a new request each time (setupRequest), counting answers by status. */
async function cannon(traffic: Traffic, connections: number, next: () => autocannon.Request) {
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: setup.url,
        connections,
        duration: DURATION_S,
        requests: [{ setupRequest: (request) => ({ ...request, ...next() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode) => count(traffic, statusCode));
  });
  traffic.errors += result.errors + result.timeouts;
}

const PAGES = [
  '/de/articles/xiaomi-2018',
  '/en/articles/xiaomi-2018',
  '/zh/articles/xiaomi-2018',
  '/de/articles/byd-aufstieg',
];
const pages = newTraffic('article and glossary pages (mostly from the cache)');
const rendered = newTraffic('pages rendered per request (`?pinyin=zhuyin`, dictionary words)');
const searches = newTraffic('GET /api/dictionary/search (new queries)');
const annotations = newTraffic('POST /api/annotate (new texts)');
const creations = newTraffic('POST /api/texts, then the text page and GET /api/texts/{id}');

/** One client creating texts and reading each back, for the whole run. */
async function createAndRead(deadline: number) {
  while (Date.now() < deadline) {
    try {
      const created = await fetch(`${setup.url}/api/texts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: newText(), title: `Soak ${creations.requests}`, locale: 'de' }),
      });
      count(creations, created.status);
      if (created.status !== 201) continue;
      const { id } = (await created.json()) as { id: string };
      for (const url of [`/de/texts/${id}`, `/api/texts/${id}`]) {
        const read = await fetch(`${setup.url}${url}`, { headers: { 'accept-language': 'de' } });
        await read.arrayBuffer();
        count(creations, read.status);
      }
    } catch {
      creations.errors++;
    }
  }
}

const samples: { at: number; rss: number[] }[] = [];
const started = Date.now();
const sample = () => samples.push({ at: Math.round((Date.now() - started) / 1000), rss: pids.map(rssMiB) });
let report = '';
try {
  sample();
  const sampler = setInterval(sample, SAMPLE_MS);
  console.log(
    `soak: ${DURATION_S} s of mixed traffic on ${setup.url}, RSS of ${pids.length} instances every ${SAMPLE_MS / 1000} s…`,
  );
  await Promise.all([
    cannon(pages, 4, () => {
      const page = pick([...PAGES, '/de/glossary/%E6%B7%B1%E5%9C%B3', '/de/texts/new']);
      return { method: 'GET', path: page, headers: { 'accept-language': page.split('/')[1]! } };
    }),
    cannon(rendered, 1, () =>
      random() < 0.5
        ? {
            method: 'GET',
            path: `${pick(PAGES)}?pinyin=zhuyin&n=${Math.floor(random() * 1e9)}`,
            headers: { 'accept-language': 'de' },
          }
        : {
            method: 'GET',
            path: `/de/glossary/${encodeURIComponent(pick(han))}?n=${Math.floor(random() * 1e9)}`,
            headers: { 'accept-language': 'de' },
          },
    ),
    cannon(searches, 2, () => ({
      method: 'GET',
      path: `/api/dictionary/search?q=${encodeURIComponent(newQuery())}&limit=20&offset=${pick([0, 0, 20])}`,
    })),
    cannon(annotations, 2, () => ({
      method: 'POST',
      path: '/api/annotate',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: newText(), locale: 'de' }),
    })),
    createAndRead(started + DURATION_S * 1000),
  ]);
  clearInterval(sampler);
  sample();

  const afterWarmUp = samples.filter((s) => s.at >= WARM_UP_S);
  if (afterWarmUp.length < 6)
    throw new Error(
      `too few samples after warm-up (${afterWarmUp.length}): run for at least ${Math.ceil((6 * SAMPLE_MS) / 1000 / 0.8)} s`,
    );
  const mean = (rows: typeof samples, i: number) => rows.reduce((sum, row) => sum + row.rss[i]!, 0) / rows.length;
  const growth = pids.map((_, i) => {
    const first = mean(afterWarmUp.slice(0, 3), i);
    const last = mean(afterWarmUp.slice(-3), i);
    return { first, last, peak: Math.max(...samples.map((s) => s.rss[i]!)), growth: (last - first) / first };
  });
  const traffic = [pages, rendered, searches, annotations, creations];
  // What nginx saw go wrong between it and the instances (a 502 has its cause here).
  const nginxErrors = readFileSync(path.join(setup.dir, 'nginx', 'error.log'), 'utf8')
    .split('\n')
    .filter((line) => / \[(error|crit|alert|emerg)\] /.test(line));
  const everyMinute = samples.filter((s, i) => i === 0 || i === samples.length - 1 || s.at % 60 < SAMPLE_MS / 1000);
  const statuses = (t: Traffic) =>
    [...t.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
  const problems = [
    ...growth.flatMap((g, i) =>
      g.growth > TARGET_GROWTH ? [`instance ${APP_PORTS[i]} grew by ${(g.growth * 100).toFixed(1)} %`] : [],
    ),
    ...traffic.flatMap((t) => (t.errors > 0 ? [`${t.label}: ${t.errors} errors or 4xx/5xx`] : [])),
  ];
  report = [
    '## Memory under load: the setup of deploy/ (`npm run bench:soak`)',
    '',
    `${machineLine()} · ${DURATION_S} s of mixed traffic through nginx to ${pids.length} instances (deploy/run-local.sh, throwaway PostgreSQL), loopback only, rate limits off.`,
    `RSS of each instance's process (annotation worker included) every ${SAMPLE_MS / 1000} s. Warm-up: the first ${WARM_UP_S} s (a fifth of the run).`,
    `Growth: mean of the last three samples against the mean of the first three after warm-up (target ≤ ${TARGET_GROWTH * 100} %).`,
    '',
    '| traffic | connections | requests | answers by status |',
    '| --- | ---: | ---: | --- |',
    ...traffic.map(
      (t, i) =>
        `| ${t.label} | ${[4, 1, 2, 2, 1][i]} | ${t.requests} | ${statuses(t)}${t.errors ? ` · ${t.errors} errors` : ''} |`,
    ),
    '',
    `| s | ${APP_PORTS.map((p) => `instance :${p} RSS MiB`).join(' | ')} |`,
    `| ---: | ${APP_PORTS.map(() => '---:').join(' | ')} |`,
    ...everyMinute.map((s) => `| ${s.at} | ${s.rss.map((r) => r.toFixed(0)).join(' | ')} |`),
    '',
    ...growth.map(
      (g, i) =>
        `Instance :${APP_PORTS[i]}: ${g.first.toFixed(0)} MiB after warm-up → ${g.last.toFixed(0)} MiB at the end (**${g.growth >= 0 ? '+' : ''}${(g.growth * 100).toFixed(1)} %**), peak ${g.peak.toFixed(0)} MiB.`,
    ),
    '',
    `nginx's error log: ${nginxErrors.length} errors${nginxErrors.length ? `, for example: \`${nginxErrors[0]!.replace(/^\S+ \S+ /, '').slice(0, 300)}\`` : ''}.`,
    problems.length ? `\nBelow target: ${problems.join('; ')}.` : '\nAll targets met.',
  ].join('\n');
  console.log(report);
} finally {
  setup.stop();
}
if (report && !process.argv.includes('--no-write')) writeBenchmarkSection('soak', report);
