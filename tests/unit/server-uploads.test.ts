import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config/schema';
import { createGatedServer } from '@/lib/server/gated-server';

// Reads the whole body first, as Next does.
const server = createGatedServer(parseConfig({}).server, (req, res) => {
  let bytes = 0;
  req.on('data', (chunk: Buffer) => (bytes += chunk.length));
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(`${bytes}`);
  });
});
let port = 0;
beforeAll(
  () =>
    new Promise<void>((resolve) =>
      server.listen(0, '127.0.0.1', () => ((port = (server.address() as AddressInfo).port), resolve())),
    ),
);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/**
 * Sends a head and a large body and reads nothing for `readAfterMs` (as a busy client would):
 * the status answered and the socket error, if any.
 */
function slowReader(
  head: string,
  body: Buffer,
  readAfterMs: number,
): Promise<{ status: number; error: string | null }> {
  return new Promise((resolve) => {
    let status = 0;
    let error: string | null = null;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.pause();
      socket.write(head);
      socket.write(body, () => socket.end());
      setTimeout(() => socket.resume(), readAfterMs);
    });
    socket.on('data', (chunk) => {
      status ||= Number(chunk.toString('latin1').split(' ')[1]);
    });
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ status, error }));
    setTimeout(() => socket.destroy(), 10_000);
  });
}

/** Sends a head and a body on a socket of its own, never finishing the body; the status answered (0: none, e.g. a reset). */
function unfinishedUpload(head: string, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    let status = 0;
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(head);
      socket.write(body);
    });
    socket.on('data', (chunk) => {
      status ||= Number(chunk.toString('latin1').split(' ')[1]);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(status));
    setTimeout(() => socket.destroy(), 10_000);
  });
}

describe('unfinished uploads', () => {
  it('every one of 100 uploads declaring 11 MB gets its 413, though the client is still sending when the server closes', async () => {
    const mib = Buffer.alloc(1024 * 1024, 'a');
    const head =
      'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 11000000\r\n\r\n';
    const statuses = await Promise.all(Array.from({ length: 100 }, () => unfinishedUpload(head, mib)));
    expect(statuses.filter((status) => status !== 413)).toEqual([]);
  }, 30_000);

  it('the 413 is not lost to a reset: the server reads on (and discards) what the client still sends before it closes', async () => {
    // 8 MiB: more than the socket buffers hold, so the client is still writing when the answer comes.
    const body = Buffer.alloc(8 * 1024 * 1024, 'a');
    const declared = await slowReader(
      `POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body,
      300,
    );
    expect(declared).toEqual({ status: 413, error: null });
    // Streamed (no length declared): cut off at the limit.
    const chunked = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
    const streamed = await slowReader(
      'POST /api/texts HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      chunked,
      300,
    );
    expect(streamed).toEqual({ status: 413, error: null });
  }, 30_000);
});
