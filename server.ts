/**
 * The HTTP server of `npm start`: Next.js behind a gate that protects it from one visitor.
 * `next start` reads (and buffers, for the proxy) every request body before any of our code can
 * refuse it, and trusts X-Forwarded-For from anyone. Here (lib/server/gated-server), before Next sees a request:
 * - its head is checked (lib/server/request-gate): a declared body over MAX_BODY_BYTES gets 413
 *   at once, TRACE and `OPTIONS *` a 4xx, and so on;
 * - its body is counted while it arrives and cut off at MAX_BODY_BYTES (413), and must arrive
 *   within BODY_TIMEOUT_MS (408);
 * - X-Forwarded-For is replaced by the one client address resolved with TRUSTED_PROXIES;
 * - every answer, Next's error pages included, carries the security headers; so do the 400, 408
 *   and 431 answers Node gives to broken requests;
 * - a connection closed after our answer lingers, reading and discarding the rest of the body, so
 *   that a client still sending gets to read the answer instead of a reset.
 * On SIGTERM it finishes the requests in progress before it exits.
 * Built by `npm run build` into dist/server.mjs (esbuild); run with `npm start [-- -p PORT]`.
 */
import next from 'next';
// Bundled apart from Next (esbuild), where `server-only` cannot load: the pure parser, not lib/config.
import { parseConfig } from './lib/config/schema';
import { createGatedServer } from './lib/server/gated-server';

function option(names: string[]): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : undefined;
}

const { server: config, port: configuredPort, hostname: configuredHostname } = parseConfig(process.env);
const port = Number(option(['-p', '--port']) ?? configuredPort);
const hostname = option(['-H', '--hostname']) ?? configuredHostname;

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? 'localhost' });
const handle = app.getRequestHandler();

const server = createGatedServer(config, handle);

await app.prepare();
server.listen(port, hostname, () => {
  console.log(
    `> Ready on http://${hostname ?? 'localhost'}:${port} (body limit ${config.maxBodyBytes} bytes, body timeout ${config.bodyTimeoutMs} ms, trusted proxies: ${config.trustedProxies.description})`,
  );
});

// Stopped for a restart or a scale-down: no new connections, the requests in progress are
// answered (a pasted text being saved is not lost), then exit. Behind a load balancer (deploy/)
// new requests go to the other instances meanwhile. At most SHUTDOWN_GRACE_MS.
const SHUTDOWN_GRACE_MS = 10_000;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}
