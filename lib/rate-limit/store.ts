import 'server-only';
import { processSingleton } from '../process-singleton';
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

/** The process's rate-limit store, opened on first use. */
export function getRateLimitStore(): RateLimitStore {
  return processSingleton('rate-limit-store', openRateLimitStore);
}
