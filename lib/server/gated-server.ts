/**
 * The HTTP server of `npm start` without Next itself (server.ts passes Next's request handler):
 * the gate in front of every request, body limits and timeouts, the client address, security
 * headers on every answer. A module of its own so that tests can run it with any handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ServerConfig } from '../config/schema';
import {
  badMultipart,
  gateRequest,
  pathOf,
  startsLikeMultipart,
  timedOut,
  tooLarge,
  type GateAnswer,
} from './request-gate';
import { DATA_CSP, SECURITY_HEADERS } from './security-headers';
import { resolveClientAddress } from './trusted-proxies';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** Security headers on any answer that lacks them (Next's own error answers); a data policy on answers that are not pages. */
function withSecurityHeaders(res: ServerResponse) {
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
    if (!this.headersSent) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        if (!this.hasHeader(name)) this.setHeader(name, value);
      const given = (args as unknown[]).find(
        (arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg),
      ) as Record<string, unknown> | undefined;
      const type = String(this.getHeader('content-type') ?? given?.['content-type'] ?? given?.['Content-Type'] ?? '');
      if (!this.hasHeader('content-security-policy') && !/html/i.test(type))
        this.setHeader('Content-Security-Policy', DATA_CSP);
    }
    return writeHead.apply(this, args);
  } as ServerResponse['writeHead'];
}

/** How long a connection is kept open after our answer, reading and discarding what the client still sends. */
const LINGER_MS = 2_000;

/**
 * Closes a connection whose request body was not read: the answer and a FIN go out, and whatever
 * the client is still sending is read and discarded (the parser drops the unread body), until the
 * client closes too or LINGER_MS have passed. Closing at once with unread bytes makes the kernel
 * reset the connection, and a client still writing its body then loses the answer it had not read
 * yet (RFC 9112, 9.6 "Tear-down"): one of 100 unfinished uploads got no 413 that way.
 */
function lingeringClose(socket: Socket) {
  if (socket.destroyed) return;
  const timer = setTimeout(() => socket.destroy(), LINGER_MS);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
  socket.end();
  socket.resume();
}

/** Sends our answer and closes the connection; whatever Next still writes to `res` afterwards is dropped. */
function answer(req: IncomingMessage, res: ServerResponse, { status, headers, body }: GateAnswer) {
  if (res.headersSent) {
    req.socket.destroy();
    return;
  }
  const socket = req.socket;
  // Node closes a `Connection: close` answer's socket with destroySoon() once it is written: linger instead.
  socket.destroySoon = () => lingeringClose(socket);
  // The unread body is discarded as it arrives.
  req.resume();
  res.writeHead(status, { ...headers, 'Content-Length': String(Buffer.byteLength(body)) });
  res.end(body, () => lingeringClose(socket));
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
function guardBody(
  config: ServerConfig,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  multipartBoundary: string | null,
) {
  let received = 0;
  let stopped = false;
  let start: Buffer | null = multipartBoundary === null ? null : Buffer.alloc(0);
  const timer = setTimeout(() => {
    stopped = true;
    answer(req, res, timedOut(path, Math.round(config.bodyTimeoutMs / 1000)));
  }, config.bodyTimeoutMs);
  const push = req.push.bind(req);
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    // After our answer: the rest of the body is discarded (and the connection lingers, see lingeringClose).
    if (stopped) return true;
    if (chunk === null) clearTimeout(timer);
    else if (chunk instanceof Uint8Array || typeof chunk === 'string') {
      received += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (received > config.maxBodyBytes) {
        stopped = true;
        clearTimeout(timer);
        answer(req, res, tooLarge(path, config.maxBodyBytes));
        return true;
      }
      if (start && multipartBoundary !== null) {
        start = Buffer.concat([start, typeof chunk === 'string' ? Buffer.from(chunk) : chunk]);
        const looksRight = startsLikeMultipart(start, multipartBoundary);
        if (looksRight === false) {
          stopped = true;
          clearTimeout(timer);
          answer(req, res, badMultipart(path));
          return true;
        }
        if (looksRight) start = null;
      }
    }
    return push(chunk, encoding);
  };
  req.once('close', () => clearTimeout(timer));
}

function onRequest(config: ServerConfig, handle: RequestHandler, req: IncomingMessage, res: ServerResponse) {
  withSecurityHeaders(res);
  // A late write after our own answer must not crash the process.
  res.on('error', () => {});
  const decision = gateRequest(req, config.maxBodyBytes);
  if (decision.action === 'answer') {
    answer(req, res, decision.answer);
    return;
  }
  req.headers['x-forwarded-for'] = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    config.trustedProxies,
  );
  if (decision.expectsBody) guardBody(config, req, res, pathOf(req.url ?? '/'), decision.multipartBoundary);
  void handle(req, res);
}

/** Node's own answers to requests it cannot parse (400), whose head is too large (431) or too slow (408), with our headers. */
function onClientError(error: Error & { code?: string; rawPacket?: Buffer }, socket: Socket) {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout']
        : [400, 'Bad Request'];
  const headers = {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': DATA_CSP,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(reason.length + 1),
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  // An answer to HEAD has no body (a client would read it as the start of the next answer).
  const isHead = error.rawPacket?.subarray(0, 5).toString('latin1') === 'HEAD ';
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n\r\n${isHead ? '' : `${reason}\n`}`);
}

/** The server with its gate and timeouts, not yet listening. */
export function createGatedServer(config: ServerConfig, handle: RequestHandler): Server {
  const server = createServer((req, res) => onRequest(config, handle, req, res));
  server.headersTimeout = config.headersTimeoutMs;
  // Node's own limit for a whole request, past ours (BODY_TIMEOUT_MS answers first).
  server.requestTimeout = config.headersTimeoutMs + config.bodyTimeoutMs + 5_000;
  server.on('clientError', onClientError);
  return server;
}
