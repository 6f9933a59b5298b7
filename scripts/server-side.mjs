/**
 * `tsx --import ./scripts/server-side.mjs script.ts`: scripts run the server's modules in Node, as
 * Next's server does, so their `import 'server-only'` marker (which throws outside a server
 * bundle) resolves to the package's empty module, as it does there.
 */
import { register } from 'node:module';

register(
  `data:text/javascript,${encodeURIComponent(`
const EMPTY = ${JSON.stringify(new URL('../node_modules/server-only/empty.js', import.meta.url).href)};
export async function resolve(specifier, context, nextResolve) {
  return specifier === 'server-only' ? { url: EMPTY, shortCircuit: true } : nextResolve(specifier, context);
}`)}`,
);
