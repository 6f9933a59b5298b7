import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { deployDir, killApp, startApp } from './setup-control';
import { deployPorts } from './setup-ports';

const READER = { 'accept-language': 'de-DE,de;q=0.9' };

test.describe.configure({ timeout: 120_000 });

test('a crashed instance loses no request: the other one answers them all', async ({ request }) => {
  const { appPorts } = deployPorts();
  const [victim] = appPorts;
  // Pages that are never cached (the paste form's dynamic sibling pages are cached; texts are not):
  // every one of these reaches an instance.
  const created = await request.post('/api/texts', { data: { text: '华为 wurde 1987 gegründet.', locale: 'de' } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const paths = [`/de/texts/${id}`, `/api/texts/${id}`, '/api/dictionary/search?q=yinhang', '/de/articles/xiaomi-2018'];

  const statuses: number[] = [];
  let running = true;
  const client = async (worker: number) => {
    for (let i = worker; running; i++) {
      const path = paths[i % paths.length]!;
      // A query that makes each request new to the cache, so it goes to an instance.
      const response = await request.get(`${path}${path.includes('?') ? '&' : '?'}n=${worker}-${i}`, {
        headers: READER,
      });
      statuses.push(response.status());
    }
  };
  const clients = [0, 1, 2, 3].map(client);
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  killApp(victim!);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  // A POST after the crash goes to the instance that is left (nginx skips the refused connection).
  const annotated = await request.post('/api/annotate', { data: { text: '小米', locale: 'de' } });
  expect(annotated.status()).toBe(200);
  running = false;
  await Promise.all(clients);
  try {
    expect(statuses.length).toBeGreaterThan(20);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  } finally {
    startApp(victim!);
  }
});

test('an instance stopped for a restart first answers the text it is saving', async ({ request }) => {
  const [port] = deployPorts().appPorts;
  // Long enough to take a while to annotate (about a second): the stop comes in the middle.
  const text = Array.from({ length: 2000 }, (_, i) => `华为${i}年任正非在深圳说小米雷军。`).join('\n');
  const saving = request.post(`http://localhost:${port}/api/texts`, { data: { text, locale: 'de' }, timeout: 60_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const pid = Number(readFileSync(path.join(deployDir(), `app-${port}.pid`), 'utf8'));
  process.kill(pid, 'SIGTERM');
  try {
    expect((await saving).status()).toBe(201);
  } finally {
    await expect
      .poll(
        () => {
          try {
            process.kill(pid, 0);
            return true;
          } catch {
            return false;
          }
        },
        { timeout: 15_000 },
      )
      .toBe(false);
    startApp(port!);
  }
});

test('while no instance runs, cached pages are still served', async ({ request }) => {
  const { appPorts } = deployPorts();
  const cached = '/de/articles/byd-aufstieg';
  for (let i = 0; i < 2; i++) await request.get(cached, { headers: READER });
  for (const port of appPorts) killApp(port);
  try {
    const page = await request.get(cached, { headers: READER });
    expect(page.status()).toBe(200);
    expect(page.headers()['x-cache-status']).toMatch(/^(HIT|STALE)$/);
    expect(page.headers()['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    // What was never cached cannot be served: nginx says so (not a hang).
    expect((await request.get('/api/texts/AAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(502);
  } finally {
    for (const port of appPorts) startApp(port);
  }
  // nginx tries an instance that failed again only after its fail_timeout: wait for that state.
  await expect.poll(async () => (await request.get('/api/health')).status(), { timeout: 30_000 }).toBe(200);
});
