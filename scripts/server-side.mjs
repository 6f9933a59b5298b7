/**
 * `tsx --import ./scripts/server-side.mjs script.ts` (and playwright.config.ts): scripts and tests run
 * the server's modules in Node, as Next's server does, so their `import 'server-only'` marker (which
 * throws outside a server bundle) resolves to the package's empty module, as it does there: for ES
 * modules through a resolve hook, for CommonJS (Playwright compiles specs to it) through the cache.
 */
import { createRequire, register } from 'node:module';

const EMPTY = new URL('../node_modules/server-only/empty.js', import.meta.url);

register(
  `data:text/javascript,${encodeURIComponent(`
export async function resolve(specifier, context, nextResolve) {
  return specifier === 'server-only' ? { url: ${JSON.stringify(EMPTY.href)}, shortCircuit: true } : nextResolve(specifier, context);
}`)}`,
);

const require = createRequire(import.meta.url);
require(EMPTY.pathname);
require.cache[require.resolve('server-only')] = require.cache[EMPTY.pathname];
