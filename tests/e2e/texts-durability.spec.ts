import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';

// Its own `next start` of the built output (same NEXT_DIST_DIR), on its own port, with its own data.
const PORT = 3211;
const BASE = `http://localhost:${PORT}`;
const WRITERS = 8;

interface Server {
  child: ChildProcess;
  exited: Promise<void>;
  log: string[];
}

function startServer(dataDir: string): Server {
  const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT)], {
    env: { ...process.env, DATA_DIR: dataDir, SITE_URL: BASE, NEXT_TELEMETRY_DISABLED: '1' },
    // Its own process group, so that kill -9 reaches every process of the server.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, exited, log };
}

async function untilReady(server: Server) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/texts/AAAAAAAAAAAAAAAAAAAAAA`)).status === 404) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on ${PORT} did not start:\n${server.log.join('')}`);
}

async function kill(server: Server, signal: NodeJS.Signals) {
  process.kill(-server.child.pid!, signal);
  await server.exited;
}

function textFor(writer: number, n: number) {
  return {
    title: `Text ${writer}-${n}: 华为 <b>&amp;</b>`,
    // About 20 000 characters: each takes the server a while, so some are always in flight when it dies.
    text: `Absatz ${writer}-${n}: 任正非 gründete 华为 in 深圳.\n\n${'Ein Satz mit Umlauten (äöü) und 雷军. '.repeat(500 + n)}\n😀 Ende ${writer}-${n}`,
  };
}

test('every text that got a 201 survives kill -9 of the server, and the database stays intact', async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'texts-durability-'));
  let server = startServer(dataDir);
  try {
    await untilReady(server);
    const accepted = new Map<string, ReturnType<typeof textFor>>();
    let dropped = 0;
    let stop = false;
    const write = async (writer: number) => {
      for (let n = 0; !stop; n++) {
        const text = textFor(writer, n);
        try {
          const response = await fetch(`${BASE}/api/texts`, {
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
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, writer) => write(writer));
    const running = Promise.all(writers);
    const deadline = Date.now() + 90_000;
    while (accepted.size < 40 && Date.now() < deadline) await Promise.race([running, new Promise((resolve) => setTimeout(resolve, 50))]);
    expect(accepted.size).toBeGreaterThanOrEqual(40);

    const killed = kill(server, 'SIGKILL');
    stop = true;
    await killed;
    await running;
    // Writers were still sending when the server died.
    expect(dropped).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'durability', description: `${accepted.size} texts got a 201, ${dropped} requests died with the server` });

    server = startServer(dataDir);
    await untilReady(server);
    for (const [id, sent] of accepted) {
      const response = await fetch(`${BASE}/api/texts/${id}`);
      expect(response.status, id).toBe(200);
      const stored = (await response.json()) as { title: string; text: string; annotation: { terms: Array<{ id: string; pinyin: string }>; paragraphs: unknown[] } };
      expect(stored.title).toBe(sent.title);
      expect(stored.text).toBe(sent.text);
      expect(stored.annotation.paragraphs).toHaveLength(3);
      expect(stored.annotation.terms.map((term) => `${term.id} ${term.pinyin}`)).toEqual(['华为 huá wéi', '任正非 rén zhèng fēi', '深圳 shēn zhèn', '雷军 léi jūn']);
    }
    await kill(server, 'SIGTERM');

    const db = new Database(path.join(dataDir, 'texts.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const rows = db.prepare('SELECT COUNT(*) AS count FROM texts').get() as { count: number };
    expect(rows.count).toBeGreaterThanOrEqual(accepted.size);
    db.close();
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) await kill(server, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
