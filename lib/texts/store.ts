import path from 'node:path';
import { openPostgresTextStore } from './postgres-store';
import { openSqliteTextStore } from './sqlite-store';
import type { TextStore } from './types';

/** Where the SQLite database lives: $DATA_DIR, else ./data (git-ignored), relative to the working directory. */
export function dataDir(): string {
  // turbopackIgnore: a run-time location, nothing to trace into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR || 'data');
}

export type TextStoreConfig = { backend: 'postgres'; url: string } | { backend: 'sqlite'; dataDir: string };

/**
 * Which store the environment asks for: PostgreSQL when DATABASE_URL is a postgres:// (or
 * postgresql://) URL, SQLite under DATA_DIR when DATABASE_URL is unset or empty. Any other
 * DATABASE_URL is a configuration error, not a silent fallback to a local file.
 */
export function textStoreConfig(env: Record<string, string | undefined> = process.env): TextStoreConfig {
  const url = env.DATABASE_URL?.trim();
  if (!url) return { backend: 'sqlite', dataDir: dataDir() };
  if (/^postgres(ql)?:\/\//i.test(url)) return { backend: 'postgres', url };
  throw new Error(`DATABASE_URL must be a postgres:// or postgresql:// URL (or unset for SQLite under DATA_DIR); got "${url.split(':')[0]}:…"`);
}

export function openTextStore(config: TextStoreConfig = textStoreConfig()): TextStore {
  return config.backend === 'postgres' ? openPostgresTextStore(config.url) : openSqliteTextStore(config.dataDir);
}

// One store per process, shared through globalThis: the proxy and the app are bundled
// separately, and each bundle would otherwise open (and migrate) its own.
const STORE_KEY = Symbol.for('hanzi-reader.text-store');
type WithStore = typeof globalThis & { [STORE_KEY]?: TextStore };

/** The process's text store, opened (SQLite folder created, migrations run) on first use. */
export function getTextStore(): TextStore {
  const scope = globalThis as WithStore;
  scope[STORE_KEY] ??= openTextStore();
  return scope[STORE_KEY];
}
