import { Pool, TypeOverrides, types, type PoolClient } from 'pg';
import { loadMigrations, MIGRATIONS_DIR, MIGRATIONS_TABLE_SQL, type Migration } from './migrations';
import {
  assertKnownSchema,
  insertValues,
  lookupFromRow,
  markDeletedValues,
  rateLimitClientKey,
  retryAfterMs,
  historyStatements,
  stateFromRow,
  TEXT_SQL,
  updateValues,
  versionFromRow,
  type TextRow,
  type TextVersionRow,
} from './text-sql';
import type { NewTextRecord, RateDecision, RateLimit, TextLookup, TextState, TextStore, TextUpdate } from './types';

/** Names of the advisory locks (hashed to PostgreSQL's 64-bit lock keys by hashtextextended). */
const MIGRATION_LOCK = 'hanzi-reader:text-migrations';
const CREATIONS_LOCK_PREFIX = 'hanzi-reader:text-creations:';

// BIGINT (int8) columns hold milliseconds since the epoch, far below 2^53: read them as numbers, not strings.
const columnTypes = new TypeOverrides(types);
columnTypes.setTypeParser(types.builtins.INT8, Number);

/** TEXT_SQL's `?` placeholders as PostgreSQL's `$1, $2, …`. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const SQL = Object.fromEntries(
  Object.entries(TEXT_SQL).map(([name, sql]) => [name, numberedPlaceholders(sql)]),
) as Record<keyof typeof TEXT_SQL, string>;

/**
 * Old creations of any client, without waiting: rows another transaction is pruning right now
 * are skipped (SKIP LOCKED), so concurrent prunes never block or deadlock each other. The count
 * ignores rows outside the window anyway; pruning only keeps the table small.
 */
const PRUNE_CREATIONS = `DELETE FROM text_creations WHERE ctid = ANY(ARRAY(
  SELECT ctid FROM text_creations WHERE created_at <= $1 LIMIT 1000 FOR UPDATE SKIP LOCKED))`;

/** Locks an active text's row for the rest of the transaction. */
const LOCK_TEXT = 'SELECT version FROM texts WHERE id = $1 AND deleted_at IS NULL FOR UPDATE';

/** Thrown inside an update's transaction to roll it back: the text is no longer at the version read. */
class VersionChanged extends Error {}

async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // If the connection itself broke, ROLLBACK fails too; the original error is the one to report.
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** Runs `work` on one pooled connection; a connection that failed mid-way is discarded, not reused. */
async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let failure: Error | undefined;
  try {
    return await work(client);
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw error;
  } finally {
    client.release(failure);
  }
}

/**
 * Applies the migrations not yet applied, in one transaction, while holding a session advisory
 * lock: instances starting together wait for each other, and each migration runs exactly once.
 * PostgreSQL's DDL is transactional, so a failed migration leaves no half-made schema.
 */
export async function migratePostgres(pool: Pool, migrations: readonly Migration[]): Promise<number[]> {
  return withClient(pool, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    try {
      return await inTransaction(client, async () => {
        await client.query(MIGRATIONS_TABLE_SQL);
        const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
        const applied = new Set(rows.map((row) => row.version));
        assertKnownSchema(applied, migrations.length);
        const appliedNow: number[] = [];
        for (const migration of migrations) {
          if (applied.has(migration.version)) continue;
          await client.query(migration.sql);
          await client.query(SQL.recordMigration, [migration.version, migration.name, Date.now()]);
          appliedNow.push(migration.version);
        }
        return appliedNow;
      });
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [MIGRATION_LOCK]);
    }
  });
}

export interface PostgresStoreOptions {
  migrationsDir?: string;
  /** Connections per instance (pg Pool `max`). */
  poolSize?: number;
}

/**
 * The text store on PostgreSQL (`pg` Pool), for any number of app instances sharing one
 * database. Every write is one committed statement or transaction: once it resolves, PostgreSQL
 * has it in its fsynced WAL. Migrations start at once and every call waits for them; if they
 * fail (database unreachable), the next call tries again.
 */
export function openPostgresTextStore(connectionString: string, options: PostgresStoreOptions = {}): TextStore {
  const pool = new Pool({ connectionString, max: options.poolSize ?? 10, types: columnTypes });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error('text store: idle PostgreSQL connection failed:', error.message));
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;

  let migrated: Promise<void> | undefined;
  const ready = (): Promise<void> => {
    migrated ??= migratePostgres(pool, loadMigrations(migrationsDir)).then(
      () => undefined,
      (error: unknown) => {
        migrated = undefined;
        throw error;
      },
    );
    return migrated;
  };
  // Started now (at server start); a failure is logged here and reported to every caller until a retry succeeds.
  ready().catch((error: unknown) =>
    console.error(
      'text store: PostgreSQL migrations failed, retried on the next request:',
      error instanceof Error ? error.message : error,
    ),
  );

  const query = async <Row extends object>(sql: string, values: unknown[]) => {
    await ready();
    return pool.query<Row>(sql, values);
  };

  return {
    async create(text: NewTextRecord) {
      await query(SQL.insert, insertValues(text));
    },
    async get(id: string): Promise<TextLookup> {
      return lookupFromRow((await query<TextRow>(SQL.select, [id])).rows[0]);
    },
    async state(id: string): Promise<TextState> {
      return stateFromRow((await query<Pick<TextRow, 'token_hash' | 'deleted_at'>>(SQL.selectState, [id])).rows[0]);
    },
    async update(id: string, change: TextUpdate) {
      await ready();
      const { before, after } = historyStatements(id, change);
      const updated = withClient(pool, (connection) =>
        inTransaction(connection, async () => {
          // The row is locked first: a concurrent update of the same version waits here, then
          // finds the version changed, keeps no history entry and updates nothing.
          await connection.query(LOCK_TEXT, [id]);
          for (const [name, values] of before) await connection.query(SQL[name], values);
          if ((await connection.query(SQL.update, updateValues(id, change))).rowCount !== 1) throw new VersionChanged();
          for (const [name, values] of after) await connection.query(SQL[name], values);
          return true;
        }),
      );
      return updated.catch((error: unknown) => {
        if (error instanceof VersionChanged) return false;
        throw error;
      });
    },
    async previousVersion(id: string) {
      return versionFromRow((await query<TextVersionRow>(SQL.selectPreviousVersion, [id])).rows[0]);
    },
    async delete(id: string, now: number) {
      await ready();
      return withClient(pool, (connection) =>
        inTransaction(connection, async () => {
          if ((await connection.query(SQL.markDeleted, markDeletedValues(id, now))).rowCount !== 1) return false;
          await connection.query(SQL.deleteVersions, [id]);
          return true;
        }),
      );
    },
    async recordCreation(requester: string, now: number, { limit, windowMs }: RateLimit): Promise<RateDecision> {
      await ready();
      const client = rateLimitClientKey(requester);
      return withClient(pool, (connection) =>
        inTransaction(connection, async () => {
          // One transaction per client at a time, across all instances: two creations cannot both
          // count the same free slot. The lock is released at COMMIT, after the insert is visible.
          await connection.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
            CREATIONS_LOCK_PREFIX + client,
          ]);
          await connection.query(PRUNE_CREATIONS, [now - windowMs]);
          const { rows } = await connection.query<{ count: number; oldest: number | null }>(SQL.countCreations, [
            client,
            now - windowMs,
          ]);
          const { count, oldest } = rows[0] ?? { count: 0, oldest: null };
          if (count >= limit) return { allowed: false, retryAfterMs: retryAfterMs(oldest, now, windowMs) };
          await connection.query(SQL.insertCreation, [client, now]);
          return { allowed: true };
        }),
      );
    },
    async close() {
      await migrated?.catch(() => undefined);
      await pool.end();
    },
  };
}
