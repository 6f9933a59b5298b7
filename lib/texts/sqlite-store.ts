import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

export const DATABASE_FILE = 'texts.sqlite';

/** Thrown inside an update's transaction to roll it back: the text is no longer at the version read. */
class VersionChanged extends Error {}

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
 * The text store on SQLite (better-sqlite3) in `dataDir`/texts.sqlite, created with its folder
 * if missing. WAL mode with synchronous=FULL: a resolved write is in the fsynced log, so it
 * survives a killed process and a power cut; readers never wait for writers.
 */
export function openSqliteTextStore(dataDir: string, options: { migrationsDir?: string } = {}): TextStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  // Other connections (the proxy's, another process) may hold the write lock for a moment.
  db.pragma('busy_timeout = 5000');
  // A deleted text's content is overwritten on disk, not just unlinked.
  db.pragma('secure_delete = ON');
  migrate(db, loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR));

  const insert = db.prepare(TEXT_SQL.insert);
  const select = db.prepare(TEXT_SQL.select);
  const selectState = db.prepare(TEXT_SQL.selectState);
  const updateText = db.prepare(TEXT_SQL.update);
  const selectPreviousVersion = db.prepare(TEXT_SQL.selectPreviousVersion);
  const markDeleted = db.prepare(TEXT_SQL.markDeleted);
  const deleteVersions = db.prepare(TEXT_SQL.deleteVersions);
  const pruneCreations = db.prepare('DELETE FROM text_creations WHERE created_at <= ?');
  const countCreations = db.prepare(TEXT_SQL.countCreations);
  const insertCreation = db.prepare(TEXT_SQL.insertCreation);

  // An IMMEDIATE transaction takes SQLite's write lock first: count and insert cannot interleave with another connection's.
  const recordCreation = db.transaction((client: string, now: number, { limit, windowMs }: RateLimit): RateDecision => {
    pruneCreations.run(now - windowMs);
    const { count, oldest } = countCreations.get(client, now - windowMs) as { count: number; oldest: number | null };
    if (count >= limit) return { allowed: false, retryAfterMs: retryAfterMs(oldest, now, windowMs) };
    insertCreation.run(client, now);
    return { allowed: true };
  });

  // The history's entry is written with the update or not at all; IMMEDIATE: no other writer in between.
  const update = db.transaction((id: string, change: TextUpdate): boolean => {
    const { before, after } = historyStatements(id, change);
    for (const [name, values] of before) db.prepare(TEXT_SQL[name]).run(...values);
    if (updateText.run(...updateValues(id, change)).changes !== 1) throw new VersionChanged();
    for (const [name, values] of after) db.prepare(TEXT_SQL[name]).run(...values);
    return true;
  });

  const remove = db.transaction((id: string, now: number): boolean => {
    if (markDeleted.run(...markDeletedValues(id, now)).changes !== 1) return false;
    deleteVersions.run(id);
    return true;
  });

  return {
    async create(text: NewTextRecord) {
      insert.run(...insertValues(text));
    },
    async get(id: string): Promise<TextLookup> {
      return lookupFromRow(select.get(id) as TextRow | undefined);
    },
    async state(id: string): Promise<TextState> {
      return stateFromRow(selectState.get(id) as Pick<TextRow, 'token_hash' | 'deleted_at'> | undefined);
    },
    async update(id: string, change: TextUpdate) {
      try {
        return update.immediate(id, change);
      } catch (error) {
        // Rolled back: the history entry written before the update is gone with it.
        if (error instanceof VersionChanged) return false;
        throw error;
      }
    },
    async previousVersion(id: string) {
      return versionFromRow(selectPreviousVersion.get(id) as TextVersionRow | undefined);
    },
    async delete(id: string, now: number) {
      const deleted = remove.immediate(id, now);
      // In WAL mode the text's earlier page versions stay in the -wal file until a checkpoint:
      // copy the log into the database (where secure_delete zeroes the freed space) and empty it.
      if (deleted) db.pragma('wal_checkpoint(TRUNCATE)');
      return deleted;
    },
    async recordCreation(client: string, now: number, limit: RateLimit) {
      return recordCreation.immediate(rateLimitClientKey(client), now, limit);
    },
    async close() {
      db.close();
    },
  };
}
