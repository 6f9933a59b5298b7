import { Pool, TypeOverrides, types, type PoolClient } from 'pg';
import { loadMigrations, MIGRATIONS_DIR, MIGRATIONS_TABLE_SQL, type Migration } from './migrations';
import { assertKnownSchema, TEXT_SQL } from './text-sql';

/** Name of the advisory lock (hashed to PostgreSQL's 64-bit lock keys by hashtextextended). */
const MIGRATION_LOCK = 'hanzi-reader:text-migrations';

// BIGINT (int8) columns hold milliseconds since the epoch, far below 2^53: read them as numbers, not strings.
const columnTypes = new TypeOverrides(types);
columnTypes.setTypeParser(types.builtins.INT8, Number);

/** Portable SQL's `?` placeholders as PostgreSQL's `$1, $2, …`. */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Every statement of `statements` with numbered placeholders. */
export function numberedStatements<Name extends string>(statements: Record<Name, string>): Record<Name, string> {
  return Object.fromEntries(
    Object.entries<string>(statements).map(([name, sql]) => [name, numberedPlaceholders(sql)]),
  ) as Record<Name, string>;
}

export async function inTransaction<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
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
export async function withClient<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
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
          await client.query(numberedPlaceholders(TEXT_SQL.recordMigration), [
            migration.version,
            migration.name,
            Date.now(),
          ]);
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

export interface PostgresDatabase {
  pool: Pool;
  /** Resolves once the migrations are applied; every call waits for it. */
  ready(): Promise<void>;
  /** One statement, once the database is ready. */
  query<Row extends object>(sql: string, values: unknown[]): Promise<{ rows: Row[]; rowCount: number | null }>;
  close(): Promise<void>;
}

/**
 * A connection pool to the PostgreSQL database of the texts and the rate-limit counts
 * (lib/rate-limit), which `name` (a store) uses. Migrations start at once and every call waits
 * for them; if they fail (database unreachable), the next call tries again.
 */
export function openPostgresDatabase(
  connectionString: string,
  name: string,
  options: PostgresStoreOptions = {},
): PostgresDatabase {
  const pool = new Pool({ connectionString, max: options.poolSize ?? 10, types: columnTypes });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on('error', (error) => console.error(`${name}: idle PostgreSQL connection failed:`, error.message));
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
      `${name}: PostgreSQL migrations failed, retried on the next request:`,
      error instanceof Error ? error.message : error,
    ),
  );

  return {
    pool,
    ready,
    async query<Row extends object>(sql: string, values: unknown[]) {
      await ready();
      return pool.query<Row>(sql, values);
    },
    async close() {
      await migrated?.catch(() => undefined);
      // pool.end() resolves once no client is left in the pool, before their connections are
      // closed: wait for each one's 'end', so that closed is closed (a database dropped right
      // after never meets a half-closed connection of ours). The server ending a connection that
      // is closing anyway (e.g. that database being dropped) is no failure: the error is dropped.
      const closing: Promise<void>[] = [];
      pool.on('remove', (client) => {
        client.on('error', () => undefined);
        closing.push(new Promise((resolve) => client.once('end', () => resolve())));
      });
      await pool.end();
      await Promise.all(closing);
    },
  };
}

/**
 * A store's database: a pool of its own for a connection string (closed with the store), or the
 * process's shared one (lib/texts/store.ts), which the store's `close` leaves open.
 */
export function ownOrSharedPostgres(
  database: string | PostgresDatabase,
  name: string,
  options: PostgresStoreOptions,
): PostgresDatabase {
  if (typeof database === 'string') return openPostgresDatabase(database, name, options);
  return { ...database, close: async () => undefined };
}
