import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startAppServer, stopAppServer, untilReady, type AppServer } from '../support/app-server';
import { freePort } from '../support/free-port';
import { createScratchDatabase, postgresUnavailable, type ScratchDatabase } from '../support/postgres';

// Two app instances (our server on the built output) on free ports, one fresh PostgreSQL database.
const GERMAN = 'Der Konzern 华为 wurde 1987 von 任正非 gegründet.\nHeute arbeiten für 华为 fast 200 000 Menschen.';

// Both tests share the two instances: one worker, in order.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

let database: ScratchDatabase | undefined;
let servers: AppServer[] = [];
let unusedDataDir: string;

test.beforeAll(async () => {
  const unavailable = postgresUnavailable();
  test.skip(unavailable !== null, unavailable ?? '');
  test.setTimeout(120_000);
  database = await createScratchDatabase('texts_instances');
  // The instances would put SQLite here if they ignored DATABASE_URL: it must never appear.
  unusedDataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'texts-instances-')), 'data');
  const ports = [await freePort(), await freePort()];
  servers = ports.map((port) => startAppServer(port, { DATABASE_URL: database!.url, DATA_DIR: unusedDataDir }));
  await Promise.all(servers.map(untilReady));
  // Each instance annotates in a worker thread that loads the lexicon at its first job: one text per
  // instance, from a client of its own (not counted by the rate-limit test), so that no step of the
  // tests below pays for that.
  for (const [n, server] of servers.entries()) {
    const warmUp = await fetch(`${server.base}/api/texts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${n + 1}` },
      body: JSON.stringify({ text: 'Aufwärmen: 华为.' }),
    });
    expect(warmUp.status).toBe(201);
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((server) => stopAppServer(server)));
  await database?.drop();
  if (unusedDataDir) {
    expect(existsSync(unusedDataDir)).toBe(false);
    rmSync(path.dirname(unusedDataDir), { recursive: true, force: true });
  }
});

async function expectPinyin(page: Page, termId: string, pinyin: string) {
  const term = page
    .locator(`article .term[data-term-id="${termId}"]`)
    .filter({ has: page.locator('.term-hanzi') })
    .first();
  await term.locator('.term-trigger').hover();
  await expect(term.locator('.term-pop')).toContainText(pinyin);
}

const octet = () => Math.floor(Math.random() * 254) + 1;

test('a text created on one instance is readable, correctable and deletable on the other', async ({ browser }) => {
  const [a, b] = servers as [AppServer, AppServer];
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': `198.19.${octet()}.${octet()}` } });
  const onA = await context.newPage();
  await onA.goto(`${a.base}/de/texts/new`);
  await onA.getByLabel('Titel (optional)').fill('Zwei Instanzen, eine Datenbank');
  await onA.getByLabel('Text', { exact: true }).fill(GERMAN);
  await onA.getByRole('button', { name: 'Annotieren und speichern' }).click();
  await expect(onA).toHaveURL(new RegExp(`^${a.base}/de/texts/[A-Za-z0-9_-]{22}$`), { timeout: 30_000 });
  const textPath = new URL(onA.url()).pathname;
  const apiUrl = (server: AppServer) => `${server.base}/api/texts/${textPath.split('/').pop()}`;
  const manageHref = await onA
    .getByRole('region', { name: 'Dein Link zum Verwalten dieses Textes' })
    .getByRole('link', { name: /^Verwaltungslink/ })
    .getAttribute('href');
  const managePath = new URL(manageHref!, a.base);

  // Instance B reads it: the page (the proxy checks the store first) and the API.
  const onB = await context.newPage();
  expect((await onB.goto(`${b.base}${textPath}`))?.status()).toBe(200);
  await expect(onB.getByRole('heading', { level: 1 })).toHaveText('Zwei Instanzen, eine Datenbank');
  await expectPinyin(onB, '任正非', 'rén zhèng fēi');
  const viaApi = await (await fetch(apiUrl(b))).json();
  expect(viaApi).toMatchObject({ title: 'Zwei Instanzen, eine Datenbank', text: GERMAN });

  // B corrects a reading with the manage link; A shows the correction.
  const manageOnB = await context.newPage();
  expect((await manageOnB.goto(`${b.base}${managePath.pathname}${managePath.search}`))?.status()).toBe(200);
  await manageOnB.getByLabel('Begriff').selectOption('任正非');
  await manageOnB.getByLabel('Richtiges Pinyin (mit Tönen)').fill('ren4 zheng4 fei1');
  await manageOnB.getByRole('button', { name: 'Lesung speichern' }).click();
  // Saving annotates the text again, in B's worker thread, which runs at a lower priority than the
  // server (lib/texts/annotation-worker-main.ts) and so yields to every other process of a shared
  // machine: 6–11 s were measured there with both instances and other test workers busy.
  await expect(manageOnB.getByRole('status')).toHaveText('Die Lesung wurde gespeichert.', { timeout: 30_000 });
  await onA.reload();
  await expectPinyin(onA, '任正非', 'rèn zhèng fēi');

  // A wrong token is refused on A as on B.
  expect((await onA.goto(`${a.base}${textPath}/manage?token=${'A'.repeat(43)}`))?.status()).toBe(403);

  // B deletes it; both instances answer "gone".
  await manageOnB.getByLabel('Ja, diesen Text endgültig löschen').check();
  await manageOnB.getByRole('button', { name: 'Text löschen' }).click();
  await expect(manageOnB.getByRole('heading', { name: 'Text gelöscht' })).toBeVisible();
  expect((await onA.goto(`${a.base}${textPath}`))?.status()).toBe(410);
  await expect(onA.getByRole('heading', { name: 'Text gelöscht' })).toBeVisible();
  expect((await fetch(apiUrl(b))).status).toBe(410);
  await context.close();
});

test('the rate limit counts creations on both instances together', async () => {
  const client = `198.51.${octet()}.${octet()}`;
  const create = (server: AppServer, n: number) =>
    fetch(`${server.base}/api/texts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ text: `Text ${n} über 华为.` }),
    });
  // 30 a minute per client: 15 on each instance, sent at the same time, are all accepted …
  const accepted = await Promise.all(Array.from({ length: 30 }, (_, n) => create(servers[n % 2]!, n)));
  expect(accepted.map((response) => response.status)).toEqual(Array(30).fill(201));
  // … and the next one is refused by either instance.
  for (const server of servers) {
    const refused = await create(server, 99);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
  }
  // Another client is not affected.
  const other = await fetch(`${servers[1]!.base}/api/texts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${octet()}` },
    body: JSON.stringify({ text: 'Ein anderer Leser.' }),
  });
  expect(other.status).toBe(201);
});
