import { createHash } from 'node:crypto';

/**
 * The statements both rate-limit stores run, in portable SQL with `?` placeholders. The table is
 * named text_creations (migration 001) because it first counted only creations; every counted
 * request is a row there (client key, time), pruned once it left the window.
 */
export const RATE_LIMIT_SQL = {
  count: 'SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM text_creations WHERE client = ? AND created_at > ?',
  insert: 'INSERT INTO text_creations (client, created_at) VALUES (?, ?)',
} as const;

/** text_creations.client is VARCHAR(200), which PostgreSQL enforces (SQLite does not). */
const CLIENT_COLUMN_CHARS = 200;

/**
 * The key a client's requests are counted under: the client itself, or, if it does not fit the
 * column (e.g. a long forwarded address with a prefix such as "edit:"), its SHA-256, so distinct
 * clients stay distinct and both stores count the same way.
 */
export function storedClientKey(client: string): string {
  return client.length <= CLIENT_COLUMN_CHARS ? client : `sha256:${createHash('sha256').update(client).digest('hex')}`;
}

/** When the client may ask again: once the oldest request counted in the window leaves it. */
export function retryAfterMs(oldest: number | null, now: number, windowMs: number): number {
  return Math.max(1, (oldest ?? now) + windowMs - now);
}
