/**
 * The static file server of `npm run bench:http`: answers each given path with the bytes of its
 * file, read once into memory. Its own process, like `next start`, so it does not share an event
 * loop with the load generator.
 *
 * node scripts/bench-static-server.mjs PORT /path=file [/path=file …]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, ...routes] = process.argv.slice(2);
const files = new Map(
  routes.map((route) => {
    const at = route.indexOf('=');
    return [route.slice(0, at), readFileSync(route.slice(at + 1))];
  }),
);

createServer((req, res) => {
  const body = files.get(req.url ?? '');
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
}).listen(Number(port), 'localhost');
