/**
 * `npm run bench:abuse`: what one visitor can cost the server (issue #20), replayed on loopback
 * against `npm start` (dist/server.mjs; `npm run build` first) with a temporary DATA_DIR and the
 * default configuration (no trusted proxy). Bounded: a fixed number of requests, each with a
 * timeout; about a minute in all. Writes its section of docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { machineLine, rng, writeBenchmarkSection } from './bench-report';

const PORT = 3251;
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-abuse-'));
const started = Date.now();
const child = spawn(process.execPath, [path.join('dist', 'server.mjs'), '-p', String(PORT)], {
  env: { ...process.env, DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: BASE, TRUSTED_PROXIES: '' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const pid = child.pid!;

/** CPU time (user + system, all threads) of the server process, in ms. */
function cpuMs(): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * (1000 / 100);
}
function rssMb(): number {
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
/** Size of a JSON answer, and gzipped (level 6, as a proxy or CDN would send it). */
const sizes = (body: string) => `${mb(Buffer.byteLength(body))} (gzip ${mb(gzipSync(body).length)})`;

/** A raw HTTP/1.1 exchange on its own socket: status and time to the first answer byte. */
function exchange(head: string, body = '', timeoutMs = 20_000): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    let status = 0;
    let ms = -1;
    const socket = net.connect(PORT, '127.0.0.1', () => socket.write(head + body));
    socket.on('data', (chunk) => {
      if (ms < 0) ms = Date.now() - t0;
      status ||= Number(chunk.toString('latin1').split(' ')[1]);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ status, ms }));
    setTimeout(() => socket.destroy(), timeoutMs);
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; cpu: number }> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - t0), cpu: Math.round(cpuMs() - c0) };
}

function randomHan(count: number, seed: number): string {
  const random = rng(seed);
  let text = '';
  for (let i = 0; i < count; i++) text += String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000));
  return text;
}

async function createText(text: string, title = ''): Promise<string> {
  const response = await fetch(`${BASE}/api/texts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, title }),
  });
  if (response.status !== 201) throw new Error(`creating a text: ${response.status}`);
  return ((await response.json()) as { id: string }).id;
}

const rows: string[][] = [];
const row = (what: string, measured: string, target: string) => rows.push([what, measured, target]);

try {
  // Warm start: the health check says when the engine is loaded.
  let healthStatuses = '';
  for (;;) {
    const status = await fetch(`${BASE}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status && !healthStatuses.endsWith(String(status))) healthStatuses += `${healthStatuses ? ' → ' : ''}${status}`;
    if (status === 200) break;
    if (Date.now() - started > 60_000) throw new Error('the server did not become ready');
    await sleep(100);
  }
  row(
    '`/api/health` after start',
    `${healthStatuses} after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    '503 until the engine is loaded, then 200',
  );
  const firstAnnotate = await timed(() =>
    fetch(`${BASE}/api/annotate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: '雷军创办了小米。' }),
    }),
  );
  row(
    'first `POST /api/annotate` after ready',
    `${firstAnnotate.value.status}, ${firstAnnotate.ms} ms`,
    'no dictionary load on the request path',
  );

  // Warm the article page once, so its own first render does not count.
  await fetch(`${BASE}/de/articles/xiaomi-2018`).then((r) => r.text());
  /**
   * Article requests one after another, 40 ms apart, from 30 ms after `work` starts until it has
   * finished (at least five): what another visitor waits meanwhile. The work's own time and CPU too.
   */
  const during = async <T>(work: () => Promise<T>) => {
    let done = false;
    const measured = timed(work).finally(() => (done = true));
    const times: number[] = [];
    await sleep(30);
    while (!done || times.length < 5) {
      const t0 = performance.now();
      await fetch(`${BASE}/de/articles/xiaomi-2018`).then((r) => r.text());
      times.push(Math.round(performance.now() - t0));
      await sleep(40);
    }
    return { ...(await measured), times };
  };
  const probeSummary = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return `${times.length} requests, slowest ${sorted.at(-1)} ms, median ${sorted[Math.floor(sorted.length / 2)]} ms`;
  };
  const alone = await during(() => sleep(300));
  row('article requests alone (for comparison)', probeSummary(alone.times), '');

  // The first creation starts the annotation worker (it loads its own lexicon): RSS before and after.
  const rssBefore = rssMb();
  const firstCreation = Date.now();
  const short = await createText('华为在深圳。', '短文');
  await sleep(200);
  const rssAfter = rssMb();
  row(
    'RSS of the server when ready, then after its first creation (annotation worker started)',
    `${rssBefore.toFixed(0)} MB → ${rssAfter.toFixed(0)} MB (+${(rssAfter - rssBefore).toFixed(0)} MB)`,
    '',
  );

  // The 100 000-character text: created while articles are requested, its page cold and warm, the API.
  const long = randomHan(100_000, 20);
  const created = await during(() => createText(long, '长文'));
  const id = created.value;
  row(
    'create a 100 000-character text (random hanzi; CPU of all threads)',
    `${created.ms} ms, ${created.cpu} ms CPU`,
    '',
  );
  row('article requests during that creation', probeSummary(created.times), '< 200 ms each');
  // A short text's first view loads the text page's code: the long text's first view below then
  // measures that text (its stored annotation, caches cold), not the route's first load.
  const shortView = await timed(() => fetch(`${BASE}/de/texts/${short}`).then((r) => r.text()));
  row("a short text's first view (loads the page's code)", `${shortView.ms} ms, ${shortView.cpu} ms CPU`, '');
  const cold = await during(() => fetch(`${BASE}/de/texts/${id}`).then((r) => r.text()));
  row(
    'its page, first view (cold caches)',
    `${mb(Buffer.byteLength(cold.value))} HTML, ${cold.ms} ms, ${cold.cpu} ms CPU`,
    '≤ 5 MB, ≤ ~1 s CPU',
  );
  row('article requests during that first view', probeSummary(cold.times), '< 200 ms each');
  const warm: Array<{ ms: number; cpu: number; bytes: number }> = [];
  for (const page of ['', '?page=2', '?page=100']) {
    const view = await timed(() => fetch(`${BASE}/de/texts/${id}${page}`).then((r) => r.text()));
    warm.push({ ms: view.ms, cpu: view.cpu, bytes: Buffer.byteLength(view.value) });
  }
  row(
    'its pages 1, 2, 100 afterwards',
    warm.map((w) => `${mb(w.bytes)} / ${w.ms} ms / ${w.cpu} ms CPU`).join('; '),
    '≤ 5 MB, ≤ ~1 s CPU',
  );
  const apiFirst = await timed(() => fetch(`${BASE}/api/texts/${id}`).then((r) => r.text()));
  const pageCount = (JSON.parse(apiFirst.value) as { pageCount: number }).pageCount;
  row(
    '`GET /api/texts/{id}` of it (page 1 of its annotation, cold)',
    `${sizes(apiFirst.value)}, ${apiFirst.ms} ms, ${apiFirst.cpu} ms CPU; ${pageCount} pages`,
    'well under 5 MB',
  );
  // Every page of the annotation through the API, one after another, following nextPage.
  const allPages = await during(async () => {
    let next: string | null = `/api/texts/${id}?page=1`;
    let bytes = 0;
    let slowest = 0;
    while (next) {
      const t0 = performance.now();
      const body: string = await fetch(`${BASE}${next}`).then((r) => r.text());
      slowest = Math.max(slowest, performance.now() - t0);
      bytes += Buffer.byteLength(body);
      next = (JSON.parse(body) as { nextPage: string | null }).nextPage;
    }
    return { bytes, slowest };
  });
  row(
    `all ${pageCount} pages of \`GET /api/texts/{id}\`, one after another`,
    `${mb(allPages.value.bytes)} in all, ${allPages.ms} ms, ${allPages.cpu} ms CPU; slowest page ${Math.round(allPages.value.slowest)} ms`,
    '',
  );
  row('article requests during those pages', probeSummary(allPages.times), '< 200 ms each');
  const apiAnnotate = await timed(() =>
    fetch(`${BASE}/api/annotate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: long }),
    }).then((r) => r.text()),
  );
  row(
    '`POST /api/annotate` of it',
    `${sizes(apiAnnotate.value)}, ${apiAnnotate.ms} ms, ${apiAnnotate.cpu} ms CPU`,
    'well under 5 MB',
  );

  // Bodies: declared too large, unfinished uploads, a truncated body.
  const declared = await exchange(
    'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n',
    '{"text":"',
    5_000,
  );
  row('body declared as 2 MB, 10 bytes sent', `${declared.status} after ${declared.ms} ms`, '413 at once');
  const truncated = await exchange(
    'POST /api/annotate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 200000\r\n\r\n',
    'x'.repeat(100),
    20_000,
  );
  row('body declared as 200 KB, 100 bytes sent', `${truncated.status} after ${truncated.ms} ms`, '408 within seconds');

  const uploads = async (head: (i: number) => string, body: Buffer) => {
    const before = rssMb();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 50);
    const statuses = new Map<number | string, number>();
    const count = (status: number | string) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    const sockets = Array.from({ length: 100 }, (_, i) => {
      return new Promise<void>((resolve) => {
        let answered = false;
        let error = '';
        const socket = net.connect(PORT, '127.0.0.1', () => {
          socket.write(head(i));
          socket.write(body);
          // …and never finish.
        });
        socket.on('data', (chunk) => {
          answered = true;
          count(Number(chunk.toString('latin1').split(' ')[1]));
          socket.destroy();
        });
        socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
        socket.on('close', () => {
          // No answer at all (a reset, or nothing within 15 s) is counted too.
          if (!answered) count(`no answer${error ? ` (${error})` : ''}`);
          resolve();
        });
        setTimeout(() => socket.destroy(), 15_000);
      });
    });
    await Promise.all(sockets);
    clearInterval(sampler);
    return { before, peak, statuses: [...statuses].map(([status, n]) => `${n} × ${status}`).join(', ') };
  };
  const mib = Buffer.alloc(1024 * 1024, 'a');
  const declared11 = await uploads(
    () =>
      'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 11000000\r\n\r\n',
    mib,
  );
  row(
    '100 unfinished uploads declared as 11 MB (1 MB sent each)',
    `RSS ${declared11.before.toFixed(0)} → peak ${declared11.peak.toFixed(0)} MB (+${(declared11.peak - declared11.before).toFixed(0)}); ${declared11.statuses}`,
    '< +100 MB, 413 each',
  );
  const half = Buffer.alloc(900 * 1024, 'a');
  const chunked = await uploads(
    () =>
      'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    Buffer.concat([Buffer.from(`${half.length.toString(16)}\r\n`), half, Buffer.from('\r\n')]),
  );
  row(
    '100 unfinished chunked uploads (900 KB sent each, then silence)',
    `RSS ${chunked.before.toFixed(0)} → peak ${chunked.peak.toFixed(0)} MB (+${(chunked.peak - chunked.before).toFixed(0)}); ${chunked.statuses}`,
    '< +100 MB, 408',
  );

  // Forged X-Forwarded-For against the creation limit (30 a minute).
  let passed = 0;
  for (let i = 0; i < 40; i++) {
    const response = await fetch(`${BASE}/api/texts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
      body: JSON.stringify({ text: `Text ${i}` }),
    });
    if (response.status === 201) passed++;
  }
  // The short and the long text were counted before, if they are still within the minute.
  const earlier = Date.now() - firstCreation < 60_000 ? 2 : 0;
  row(
    '40 creations with 40 forged `X-Forwarded-For` addresses',
    `${passed} created (${passed + earlier} in the last minute with the texts created before), the rest 429`,
    '30 a minute in all',
  );

  const malformed: Array<[string, string]> = [
    ['TRACE', 'TRACE /de HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
    ['OPTIONS *', 'OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n'],
    [
      'multipart without boundary',
      'POST /de/texts/new HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc',
    ],
    [
      'multipart garbage',
      'POST /de/texts/new HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 7\r\nConnection: close\r\n\r\ngarbage',
    ],
    [
      'server action from another origin',
      `POST /de/texts/new HTTP/1.1\r\nHost: localhost:${PORT}\r\nOrigin: https://evil.example\r\nNext-Action: 00\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc`,
    ],
    ['40 KB header', `GET /de HTTP/1.1\r\nHost: localhost\r\nX-Long: ${'a'.repeat(40_000)}\r\n\r\n`],
    [
      'QR of a link too long for a QR code',
      `GET /api/qr?url=${encodeURIComponent(`${BASE}/de?x=${'%E4%B8%AD'.repeat(600)}`)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`,
    ],
  ];
  const answers: string[] = [];
  for (const [name, head] of malformed) answers.push(`${name} ${(await exchange(head, '', 5_000)).status}`);
  row('malformed requests', answers.join(', '), '4xx each');
} finally {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
}

const table = ['| case | measured | target |', '| --- | --- | --- |', ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
  '\n',
);
console.log(table);
writeBenchmarkSection(
  'abuse',
  `## One visitor against one instance (\`npm run bench:abuse\`)

${machineLine()}. \`npm start\` (dist/server.mjs) on loopback, default configuration (no trusted proxy, 1 MiB body limit,
10 s body timeout), a fresh SQLite database. CPU is the server process's user + system time during the request.

${table}`,
);
