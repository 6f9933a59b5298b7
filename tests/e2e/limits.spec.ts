import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { startAppServer, stopAppServer, untilReady, type AppServer } from '../support/app-server';
import { freePort } from '../support/free-port';

/**
 * One visitor must not stop the server (issue #20): limits that hold before a body is read, a
 * client address that cannot be forged, bounded pages of long texts. Its own server on a free port
 * with a temporary DATA_DIR, no trusted proxy (the default) and small limits, so each case is quick.
 */
let port: number;
let server: AppServer;
let dataDir: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'limits-'));
  port = await freePort();
  server = startAppServer(port, {
    DATA_DIR: dataDir,
    TRUSTED_PROXIES: undefined,
    TEXT_CREATIONS_PER_MINUTE: '3',
    BODY_TIMEOUT_MS: '1500',
  });
  await untilReady(server);
});

test.afterAll(async () => {
  await stopAppServer(server);
  rmSync(dataDir, { recursive: true, force: true });
});

/** A raw HTTP exchange: what a client sees, and how long it took to see it. */
function exchange(head: string, body?: string): Promise<{ status: number; headers: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let received = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(body === undefined ? head : head + body));
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [statusLine = '', ...rest] = received.split('\r\n\r\n')[0]!.split('\r\n');
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: rest.join('\n').toLowerCase(),
        ms: Date.now() - started,
      });
    });
    setTimeout(() => socket.destroy(), 20_000);
  });
}

test('forged X-Forwarded-For addresses do not get around the creation limit', async ({ request }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await request.post(`${server.base}/api/texts`, {
      data: { text: `Text ${i}` },
      headers: { 'x-forwarded-for': `198.51.100.${i}` },
    });
    statuses.push(response.status());
  }
  expect(statuses).toEqual([201, 201, 201, 429, 429]);
});

test('a body declared larger than the limit gets 413 at once, with the security headers', async () => {
  const answer = await exchange(
    'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2000000\r\n\r\n',
    '{"text":"',
  );
  expect(answer.status).toBe(413);
  expect(answer.ms).toBeLessThan(1000);
  expect(answer.headers).toContain('x-content-type-options: nosniff');
});

test('a body that stops arriving gets 408 within seconds', async () => {
  const answer = await exchange(
    'POST /api/annotate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n',
    '{"text":"',
  );
  expect(answer.status).toBe(408);
  expect(answer.ms).toBeLessThan(5000);
  expect(answer.headers).toContain('x-frame-options: deny');
});

test('a chunked upload is cut off at the limit with 413', async () => {
  const chunk = 'a'.repeat(64 * 1024);
  const chunks = Array.from({ length: 20 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
  const answer = await exchange(
    'POST /de/texts/new HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n',
    chunks,
  );
  expect(answer.status).toBe(413);
});

test('malformed requests get a 4xx with the security headers, never a 500', async () => {
  const cases: Array<[string, number]> = [
    ['TRACE /de HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 405],
    ['OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 400],
    [
      'POST /de/texts/new HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc',
      400,
    ],
    [
      'POST /de/texts/new HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 7\r\nConnection: close\r\n\r\ngarbage',
      400,
    ],
    [
      `POST /de/texts/new HTTP/1.1\r\nHost: localhost:${port}\r\nOrigin: https://evil.example\r\nNext-Action: 00\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc`,
      403,
    ],
    [`GET /de HTTP/1.1\r\nHost: localhost\r\nX-Long: ${'a'.repeat(40_000)}\r\n\r\n`, 431],
  ];
  for (const [head, status] of cases) {
    const answer = await exchange(head);
    expect(answer.status, head.split('\r\n')[0]).toBe(status);
    expect(answer.headers, head.split('\r\n')[0]).toContain('x-content-type-options: nosniff');
  }
});

test('the health check answers 200 once the engine is loaded, and annotating does not wait for it', async ({
  request,
}) => {
  await expect
    .poll(async () => (await request.get(`${server.base}/api/health`)).status(), { timeout: 30_000 })
    .toBe(200);
  const started = Date.now();
  const response = await request.post(`${server.base}/api/annotate`, { data: { text: '雷军创办了小米。' } });
  expect(response.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(1000);
});

test('a long pasted text is read in pages of bounded size; its words open their popover on hover and focus', async ({
  page,
  request,
}) => {
  const lines = Array.from({ length: 400 }, (_, i) => `第${i + 1}段：雷军创办了小米公司，总部在北京。华为在深圳。`);
  // The test server of the other specs (its rate limit counts by the forwarded address).
  const created = await request.post('/api/texts', {
    data: { title: '长文', text: lines.join('\n') },
    headers: { 'x-forwarded-for': '192.0.2.200' },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const html = await (await request.get(`/de/texts/${id}`)).text();
  expect(html.length).toBeLessThan(1_500_000);

  await page.goto(`/de/texts/${id}`);
  const nav = page.getByRole('navigation', { name: 'Seiten', exact: true });
  await expect(nav).toContainText(/Seite 1 von \d+/);
  // At most 500 annotated words in the text of a page (the title aside).
  expect(await page.locator('article > p .term').count()).toBeLessThanOrEqual(500);
  const leiJun = page.locator('article .term[data-term-id="雷军"]').first();
  await leiJun.locator('.term-trigger').hover();
  const pop = leiJun.locator('.term-pop');
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('léi jūn');
  await expect(pop).toContainText('Person');
  await expect(pop.getByRole('link', { name: 'Im Glossar' })).toHaveAttribute('href', '#glossary-雷军');
  await expect(leiJun.locator('.term-trigger')).toHaveAccessibleDescription(/léi jūn/);

  // Another word by keyboard: one popover at a time, filled with that word.
  const huawei = page.locator('article .term[data-term-id="华为"]').first();
  await huawei.locator('.term-trigger').focus();
  await expect(huawei.locator('.term-pop')).toContainText('huá wéi');
  await expect(page.locator('.term-pop:visible')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('.term-pop:visible')).toHaveCount(0);

  await nav.getByRole('link', { name: 'Nächste Seite →' }).click();
  await expect(page).toHaveURL(new RegExp(`/de/texts/${id}\\?page=2$`));
  await expect(page.getByRole('navigation', { name: 'Seiten', exact: true })).toContainText('Seite 2 von');
  await expect(page.locator('article')).toContainText('段');
});
