import 'server-only';
import { textStoreConfig, type TextStoreConfig } from '../texts/store';
import { openPostgresRateLimitStore } from './postgres-store';
import { openSqliteRateLimitStore } from './sqlite-store';
import type { RateLimitStore } from './types';

/** On the database of the text store (lib/texts/store.ts): PostgreSQL with DATABASE_URL, else SQLite under DATA_DIR. */
export function openRateLimitStore(config: TextStoreConfig = textStoreConfig()): RateLimitStore {
  return config.backend === 'postgres'
    ? openPostgresRateLimitStore(config.url)
    : openSqliteRateLimitStore(config.dataDir);
}

// One store per process, shared through globalThis like the text store (separate bundles).
const STORE_KEY = Symbol.for('hanzi-reader.rate-limit-store');
type WithStore = typeof globalThis & { [STORE_KEY]?: RateLimitStore };

/** The process's rate-limit store, opened on first use. */
export function getRateLimitStore(): RateLimitStore {
  const scope = globalThis as WithStore;
  scope[STORE_KEY] ??= openRateLimitStore();
  return scope[STORE_KEY];
}
