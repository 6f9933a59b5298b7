import { ownOrSharedSqlite, type SqliteDatabase } from '../texts/sqlite-database';
import { RATE_LIMIT_SQL, retryAfterMs, storedClientKey } from './sql';
import type { RateDecision, RateLimit, RateLimitStore } from './types';

/** The rate-limit store on SQLite: on the database of the texts (its connection, or one of its own in `dataDir`). */
export function openSqliteRateLimitStore(
  database: string | SqliteDatabase,
  options: { migrationsDir?: string } = {},
): RateLimitStore {
  const { db, close } = ownOrSharedSqlite(database, options);
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
      close();
    },
  };
}
