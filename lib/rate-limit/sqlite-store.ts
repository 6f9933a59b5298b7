import { openSqliteDatabase } from '../texts/sqlite-database';
import { RATE_LIMIT_SQL, retryAfterMs, storedClientKey } from './sql';
import type { RateDecision, RateLimit, RateLimitStore } from './types';

/** The rate-limit store on SQLite: its own connection to the database of the texts in `dataDir`. */
export function openSqliteRateLimitStore(dataDir: string, options: { migrationsDir?: string } = {}): RateLimitStore {
  const db = openSqliteDatabase(dataDir, options);
  const prune = db.prepare('DELETE FROM text_creations WHERE created_at <= ?');
  const count = db.prepare(RATE_LIMIT_SQL.count);
  const insert = db.prepare(RATE_LIMIT_SQL.insert);

  // An IMMEDIATE transaction takes SQLite's write lock first: count and insert cannot interleave with another connection's.
  const take = db.transaction((client: string, now: number, { limit, windowMs }: RateLimit): RateDecision => {
    prune.run(now - windowMs);
    const { count: counted, oldest } = count.get(client, now - windowMs) as { count: number; oldest: number | null };
    if (counted >= limit) return { allowed: false, retryAfterMs: retryAfterMs(oldest, now, windowMs) };
    insert.run(client, now);
    return { allowed: true };
  });

  return {
    async take(client: string, now: number, limit: RateLimit) {
      return take.immediate(storedClientKey(client), now, limit);
    },
    async close() {
      db.close();
    },
  };
}
