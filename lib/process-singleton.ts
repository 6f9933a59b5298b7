/**
 * One value per process, made on first use and shared through globalThis under `name`: the proxy
 * and the app are bundled separately, and each bundle would otherwise make (and, for a store,
 * open and migrate) its own.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const scope = globalThis as typeof globalThis & Record<symbol, T | undefined>;
  const key = Symbol.for(`hanzi-reader.${name}`);
  scope[key] ??= create();
  return scope[key];
}
