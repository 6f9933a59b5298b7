import path from 'node:path';
import { openSqliteTextStore } from './sqlite-store';
import type { TextStore } from './types';

/** Where the database lives: $DATA_DIR, else ./data (git-ignored), relative to the working directory. */
export function dataDir(): string {
  // turbopackIgnore: a run-time location, nothing to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data');
}

// One connection per process, shared through globalThis: the proxy and the app are bundled
// separately, and each bundle would otherwise open (and migrate) its own.
const STORE_KEY = Symbol.for('hanzi-reader.text-store');
type WithStore = typeof globalThis & { [STORE_KEY]?: TextStore };

/** The process's text store, opened (folder created, migrations run) on first use. */
export function getTextStore(): TextStore {
  const scope = globalThis as WithStore;
  scope[STORE_KEY] ??= openSqliteTextStore(dataDir());
  return scope[STORE_KEY];
}
