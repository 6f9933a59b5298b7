import 'server-only';
import { config } from '../config';
import { processSingleton } from '../process-singleton';
import type { AppConfig } from '../config/schema';
import { openPostgresDatabase, type PostgresDatabase } from './postgres-database';
import { openPostgresTextStore } from './postgres-store';
import { openSqliteDatabase, type SqliteDatabase } from './sqlite-database';
import { openSqliteTextStore } from './sqlite-store';
import type { TextStore } from './types';

export type TextStoreConfig = { backend: 'postgres'; url: string } | { backend: 'sqlite'; dataDir: string };

/**
 * Which store the configuration asks for (lib/config): PostgreSQL when DATABASE_URL is a
 * postgres:// (or postgresql://) URL, SQLite under DATA_DIR (default ./data, git-ignored) when it
 * is unset or empty. Any other DATABASE_URL stops the start rather than fall back to a local file.
 */
export function textStoreConfig(
  { databaseUrl, dataDir }: Pick<AppConfig, 'databaseUrl' | 'dataDir'> = config(),
): TextStoreConfig {
  return databaseUrl ? { backend: 'postgres', url: databaseUrl } : { backend: 'sqlite', dataDir };
}

/** The database of the texts and the rate-limit counts: a PostgreSQL pool or a SQLite connection. */
export type AppDatabase =
  { backend: 'postgres'; database: PostgresDatabase } | { backend: 'sqlite'; database: SqliteDatabase };

/**
 * The process's one database handle, opened (SQLite folder created, migrations run or, for
 * PostgreSQL, started) on first use. The text store and the rate-limit store share it: one pool
 * per instance, one migration run.
 */
export function getDatabase(): AppDatabase {
  return processSingleton('database', () => {
    const config = textStoreConfig();
    return config.backend === 'postgres'
      ? { backend: 'postgres', database: openPostgresDatabase(config.url, 'database') }
      : { backend: 'sqlite', database: openSqliteDatabase(config.dataDir) };
  });
}

/** The process's text store, on the process's database. */
export function getTextStore(): TextStore {
  return processSingleton('text-store', () => {
    const { backend, database } = getDatabase();
    return backend === 'postgres' ? openPostgresTextStore(database) : openSqliteTextStore(database);
  });
}
