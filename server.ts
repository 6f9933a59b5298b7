/**
 * The HTTP server of `npm start`: Next.js behind a gate that protects it from one visitor.
 * `next start` reads (and buffers, for the proxy) every request body before any of our code can
 * refuse it, and trusts X-Forwarded-For from anyone. Here, before Next sees a request:
 * - its head is checked (lib/server/request-gate): a declared body over MAX_BODY_BYTES gets 413
 *   at once, TRACE and `OPTIONS *` a 4xx, and so on;
 * - its body is counted while it arrives and cut off at MAX_BODY_BYTES (413), and must arrive
 *   within BODY_TIMEOUT_MS (408);
 * - X-Forwarded-For is replaced by the one client address resolved with TRUSTED_PROXIES;
 * - every answer, Next's error pages included, carries the security headers; so do the 400, 408
 *   and 431 answers Node gives to broken requests.
 * Built by `npm run build` into dist/server.mjs (esbuild); run with `npm start [-- -p PORT]`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import next from 'next';
import { serverConfig } from './lib/server/config';
import { badMultipart, gateRequest, pathOf, startsLikeMultipart, timedOut, tooLarge, type GateAnswer } from './lib/server/request-gate';
import { DATA_CSP, SECURITY_HEADERS } from './lib/server/security-headers';
import { resolveClientAddress } from './lib/server/trusted-proxies';

function option(names: string[]): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : undefined;
}

const config = serverConfig();
const port = Number(option(['-p', '--port']) ?? process.env.PORT ?? 3000);
const hostname = option(['-H', '--hostname']) ?? process.env.HOSTNAME ?? undefined;

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();

/** Security headers on any answer that lacks them (Next's own error answers); a data policy on answers that are not pages. */
function withSecurityHeaders(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!this.headersSent) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!this.hasHeader(name)) this.setHeader(name, value);
      const given = (args as unknown[]).find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as Record<string, unknown> | undefined;
      const type = String(this.getHeader('content-type') ?? given?.['content-type'] ?? given?.['Content-Type'] ?? '');
      if (!this.hasHeader('content-security-policy') && !/html/i.test(type)) this.setHeader('Content-Security-Policy', DATA_CSP);
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/** Sends our answer and closes the connection; whatever Next still writes to `res` afterwards is dropped. */
function answer(req: IncomingMessage, res: ServerResponse, { status, headers, body }: GateAnswer) {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body, () => req.socket.destroySoon?.() ?? req.socket.end());
  const done = () => res;
  res.writeHead = done as unknown as ServerResponse['writeHead'];
  res.setHeader = done as unknown as ServerResponse['setHeader'];
  res.write = (() => true) as ServerResponse['write'];
  res.end = ((...args: unknown[]) => {
    const callback = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    callback?.();
    return res;
  }) as ServerResponse['end'];
}

/** Counts the body as the parser hands it over and stops it at the limit; a body that does not arrive in time gets 408. */
function guardBody(req: IncomingMessage, res: ServerResponse, path: string, multipartBoundary: string | null) {
  let received = 0;
  let stopped = false;
  let start: Buffer | null = multipartBoundary === null ? null : Buffer.alloc(0);
  const timer = setTimeout(() => {
    stopped = true;
    answer(req, res, timedOut(path, Math.round(config.bodyTimeoutMs / 1000)));
  }, config.bodyTimeoutMs);
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (stopped) return false;
    if (chunk === null) clearTimeout(timer);
    else if (chunk instanceof Uint8Array || typeof chunk === 'string') {
      received += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (received > config.maxBodyBytes) {
        stopped = true;
        clearTimeout(timer);
        answer(req, res, tooLarge(path, config.maxBodyBytes));
        return false;
      }
      if (start && multipartBoundary !== null) {
        start = Buffer.concat([start, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
        const looksRight = startsLikeMultipart(start, multipartBoundary);
        if (looksRight === false) {
          stopped = true;
          clearTimeout(timer);
          answer(req, res, badMultipart(path));
          return false;
        }
        if (looksRight) start = null;
      }
    }
    return push(chunk, encoding);
  };
  req.once('close', () => clearTimeout(timer));
}

function onRequest(req: IncomingMessage, res: ServerResponse) {
  withSecurityHeaders(res);
  // A late write after our own answer must not crash the process.
  res.on('error', () => {});
  const decision = gateRequest(req, config.maxBodyBytes);
  if (decision.action === 'answer') {
    answer(req, res, decision.answer);
    return;
  }
  req.headers['x-forwarded-for'] = resolveClientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], config.trustedProxies);
  if (decision.expectsBody) guardBody(req, res, pathOf(req.url ?? '/'), decision.multipartBoundary);
  void handle(req, res);
}

/** Node's own answers to requests it cannot parse (400), whose head is too large (431) or too slow (408), with our headers. */
function onClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
  const headers = { ...SECURITY_HEADERS, 'Content-Security-Policy': DATA_CSP, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': String(reason.length + 1), Connection: 'close' };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  // An answer to HEAD has no body (a client would read it as the start of the next answer).
  const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${isHead ? '' : `${reason}\n`}`);
}

const server = createServer(onRequest);
server.headersTimeout = config.headersTimeoutMs;
// Node's own limit for a whole request, past ours (BODY_TIMEOUT_MS answers first).
server.requestTimeout = config.headersTimeoutMs + config.bodyTimeoutMs + 5_000;
server.on('clientError', onClientError);

await app.prepare();
server.listen(port, hostname, () => {
  console.log(`> Ready on http://${hostname ?? 'localhost'}:${port} (body limit ${config.maxBodyBytes} bytes, body timeout ${config.bodyTimeoutMs} ms, trusted proxies: ${config.trustedProxies.description})`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
