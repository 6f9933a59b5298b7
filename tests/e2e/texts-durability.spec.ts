import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { expect, test } from '@playwright/test';
import { startAppServer, stopAppServer, untilReady, type AppServer } from '../support/app-server';
import { freePort } from '../support/free-port';
import { createScratchDatabase, postgresUnavailable } from '../support/postgres';

const WRITERS = 8;

/** Where the texts go: the server's environment, and what the database says after the crash. */
interface Storage {
  env: Record<string, string>;
  /** Row count of `texts`, after checking what the backend can check about its own integrity. */
  checkedRowCount(): Promise<number>;
  dispose(): Promise<void>;
}

// Each backend has its own server on the built output (same NEXT_DIST_DIR), on a free port.
const BACKENDS: Array<{ name: string; unavailable: () => string | null; storage: () => Promise<Storage> }> = [
  {
    name: 'SQLite',
    unavailable: () => null,
    async storage() {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'texts-durability-'));
      return {
        env: { DATA_DIR: dataDir },
        async checkedRowCount() {
          // The killed process wrote the database file itself: it must still be intact.
          const db = new Database(path.join(dataDir, 'texts.sqlite'), { readonly: true });
          try {
            expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
            return (db.prepare('SELECT COUNT(*) AS count FROM texts').get() as { count: number }).count;
          } finally {
            db.close();
          }
        },
        dispose: async () => rmSync(dataDir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: 'PostgreSQL',
    unavailable: postgresUnavailable,
    async storage() {
      // The killed process only held connections; PostgreSQL rolls back what they had not committed.
      const database = await createScratchDatabase('texts_durability');
      return {
        env: { DATABASE_URL: database.url },
        async checkedRowCount() {
          const client = new Client({ connectionString: database.url });
          await client.connect();
          try {
            return (await client.query<{ count: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS count FROM texts'))
              .rows[0]!.count;
          } finally {
            await client.end();
          }
        },
        dispose: () => database.drop(),
      };
    },
  },
];

function textFor(writer: number, n: number) {
  return {
    title: `Text ${writer}-${n}: 华为 <b>&amp;</b>`,
    // About 20 000 characters: each takes the server a while, so some are always in flight when it dies.
    text: `Absatz ${writer}-${n}: 任正非 gründete 华为 in 深圳.\n\n${'Ein Satz mit Umlauten (äöü) und 雷军. '.repeat(500 + n)}\n😀 Ende ${writer}-${n}`,
  };
}

for (const backend of BACKENDS) {
  test(`every text that got a 201 survives kill -9 of the server, and the database stays intact (${backend.name})`, async () => {
    const unavailable = backend.unavailable();
    test.skip(unavailable !== null, unavailable ?? '');
    test.setTimeout(180_000);
    const storage = await backend.storage();
    // The restarted server takes the same port: clients of a real deployment would not notice either.
    const port = await freePort();
    let server: AppServer = startAppServer(port, storage.env);
    const base = server.base;
    try {
      await untilReady(server);
      const accepted = new Map<string, ReturnType<typeof textFor>>();
      let dropped = 0;
      let inFlight = 0;
      let stop = false;
      const write = async (writer: number) => {
        for (let n = 0; !stop; n++) {
          const text = textFor(writer, n);
          inFlight++;
          try {
            const response = await fetch(`${base}/api/texts`, {
              method: 'POST',
              // A fresh client address per text: the rate limit is not under test here.
              headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${writer}.${n >> 8}.${n & 255}` },
              body: JSON.stringify(text),
            });
            const body = (await response.json()) as { id?: string };
            if (response.status === 201 && body.id) accepted.set(body.id, text);
            else if (!stop) throw new Error(`unexpected ${response.status}: ${JSON.stringify(body)}`);
          } catch (error) {
            if (!stop) throw error;
            dropped++; // the server died under this request: it never answered 201
          } finally {
            inFlight--;
          }
        }
      };
      const running = Promise.all(Array.from({ length: WRITERS }, (_, writer) => write(writer)));
      const deadline = Date.now() + 90_000;
      while (accepted.size < 40 && Date.now() < deadline)
        await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 50))]);
      expect(accepted.size).toBeGreaterThanOrEqual(40);
      // Kill while every writer waits for an answer, so that some request dies with the server.
      while (inFlight < WRITERS && Date.now() < deadline) await new Promise((resolve) => setImmediate(resolve));

      const killed = stopAppServer(server, 'SIGKILL');
      stop = true;
      await killed;
      await running;
      // Writers were still sending when the server died.
      expect(dropped).toBeGreaterThan(0);
      test.info().annotations.push({
        type: 'durability',
        description: `${backend.name}: ${accepted.size} texts got a 201, ${dropped} requests died with the server`,
      });

      server = startAppServer(port, storage.env);
      await untilReady(server);
      for (const [id, sent] of accepted) {
        const stored = await readWholeText(base, id);
        expect(stored.title).toBe(sent.title);
        expect(stored.text).toBe(sent.text);
        expect(stored.paragraphs).toBe(3);
        expect(stored.terms).toEqual(['华为 huá wéi', '任正非 rén zhèng fēi', '深圳 shēn zhèn', '雷军 léi jūn']);
      }
      await stopAppServer(server);

      expect(await storage.checkedRowCount()).toBeGreaterThanOrEqual(accepted.size);
    } finally {
      await stopAppServer(server, 'SIGKILL');
      await storage.dispose();
    }
  });
}

interface TextPage {
  title: string;
  text?: string;
  pageCount: number;
  annotation: { terms: Array<{ id: string; pinyin: string }>; paragraphs: unknown[]; continues: boolean };
}

/** A stored text read through every page of GET /api/texts/{id}: its paragraphs (cut ones joined) and terms in order. */
async function readWholeText(base: string, id: string) {
  let page = 1;
  let pageCount = 1;
  let paragraphs = 0;
  let first: TextPage | undefined;
  const terms = new Map<string, string>();
  do {
    const response = await fetch(`${base}/api/texts/${id}?page=${page}`);
    expect(response.status, `${id} page ${page}`).toBe(200);
    const body = (await response.json()) as TextPage;
    first ??= body;
    pageCount = body.pageCount;
    paragraphs += body.annotation.paragraphs.length - (body.annotation.continues ? 1 : 0);
    for (const term of body.annotation.terms) if (!terms.has(term.id)) terms.set(term.id, `${term.id} ${term.pinyin}`);
  } while (++page <= pageCount);
  return { title: first.title, text: first.text, paragraphs, terms: [...terms.values()] };
}
