import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations, MIGRATIONS_DIR, MIGRATIONS_TABLE_SQL, type Migration } from './migrations';
import { assertKnownSchema, TEXT_SQL } from './text-sql';

export const DATABASE_FILE = 'texts.sqlite';

/** Applies the migrations not yet applied, in one write transaction (safe when several processes start at once). */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(MIGRATIONS_TABLE_SQL);
  const appliedNow: number[] = [];
  db.transaction(() => {
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    assertKnownSchema(applied, migrations.length);
    const record = db.prepare(TEXT_SQL.recordMigration);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, Date.now());
      appliedNow.push(migration.version);
    }
  }).immediate();
  return appliedNow;
}

/**
 * A connection to the SQLite database in `dataDir`/texts.sqlite (created with its folder if
 * missing), migrated: the texts and the rate-limit counts (lib/rate-limit) live in it. WAL mode
 * with synchronous=FULL: a resolved write is in the fsynced log, so it survives a killed process
 * and a power cut; readers never wait for writers.
 */
export function openSqliteDatabase(dataDir: string, options: { migrationsDir?: string } = {}): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Other connections (the other store's, another process) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  // A deleted text's content is overwritten on disk, not just unlinked.
  db.pragma('secure_delete = ON');
  migrate(db, loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR));
  return db;
}

export type SqliteDatabase = Database.Database;

/**
 * A store's database: a connection of its own to the database in a folder (closed with the
 * store), or the process's shared one (lib/texts/store.ts), which the store's `close` leaves open.
 */
export function ownOrSharedSqlite(
  database: string | SqliteDatabase,
  options: { migrationsDir?: string },
): { db: SqliteDatabase; close: () => void } {
  if (typeof database !== 'string') return { db: database, close: () => undefined };
  const db = openSqliteDatabase(database, options);
  return { db, close: () => db.close() };
}
