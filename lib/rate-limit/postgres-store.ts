import {
  inTransaction,
  numberedStatements,
  ownOrSharedPostgres,
  withClient,
  type PostgresDatabase,
  type PostgresStoreOptions,
} from '../texts/postgres-database';
import { RATE_LIMIT_SQL, retryAfterMs, storedClientKey } from './sql';
import type { RateDecision, RateLimit, RateLimitStore } from './types';

const SQL = numberedStatements(RATE_LIMIT_SQL);

/** Name of the per-client advisory locks (hashed to PostgreSQL's 64-bit lock keys by hashtextextended). */
const CLIENT_LOCK_PREFIX = 'hanzi-reader:text-creations:';

/**
 * Old requests of any client, without waiting: rows another transaction is pruning right now
 * are skipped (SKIP LOCKED), so concurrent prunes never block or deadlock each other. The count
 * ignores rows outside the window anyway; pruning only keeps the table small.
 */
const PRUNE = `DELETE FROM text_creations WHERE ctid = ANY(ARRAY(
  SELECT ctid FROM text_creations WHERE created_at <= $1 LIMIT 1000 FOR UPDATE SKIP LOCKED))`;

/** The rate-limit store on PostgreSQL, on the database of the texts (its pool, or one of its own), shared by every instance. */
export function openPostgresRateLimitStore(
  database: string | PostgresDatabase,
  options: PostgresStoreOptions = {},
): RateLimitStore {
  const { pool, ready, close } = ownOrSharedPostgres(database, 'rate-limit store', options);
  return {
    async take(requester: string, now: number, { limit, windowMs }: RateLimit): Promise<RateDecision> {
      await ready();
      const client = storedClientKey(requester);
      return withClient(pool, (connection) =>
        inTransaction(connection, async () => {
          // One transaction per client at a time, across all instances: two requests cannot both
          // count the same free slot. The lock is released at COMMIT, after the insert is visible.
          await connection.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
            CLIENT_LOCK_PREFIX + client,
          ]);
          await connection.query(PRUNE, [now - windowMs]);
          const { rows } = await connection.query<{ count: number; oldest: number | null }>(SQL.count, [
            client,
            now - windowMs,
          ]);
          const { count, oldest } = rows[0] ?? { count: 0, oldest: null };
          if (count >= limit) return { allowed: false, retryAfterMs: retryAfterMs(oldest, now, windowMs) };
          await connection.query(SQL.insert, [client, now]);
          return { allowed: true };
        }),
      );
    },
    close,
  };
}
