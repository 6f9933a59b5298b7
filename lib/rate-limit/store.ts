import 'server-only';
import { processSingleton } from '../process-singleton';
import { getDatabase } from '../texts/store';
import { openPostgresRateLimitStore } from './postgres-store';
import { openSqliteRateLimitStore } from './sqlite-store';
import type { RateLimitStore } from './types';

/** The process's rate-limit store, on the process's database (shared with the text store). */
export function getRateLimitStore(): RateLimitStore {
  return processSingleton('rate-limit-store', () => {
    const { backend, database } = getDatabase();
    return backend === 'postgres' ? openPostgresRateLimitStore(database) : openSqliteRateLimitStore(database);
  });
}
