import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { decodeAnnotation, encodeAnnotation } from './annotation-codec';
import { loadMigrations, MIGRATIONS_DIR, MIGRATIONS_TABLE_SQL, type Migration } from './migrations';
import type { NewTextRecord, RateDecision, RateLimit, ReadingOverrides, TextLookup, TextState, TextStore, TextUpdate } from './types';

export const DATABASE_FILE = 'texts.sqlite';

interface TextRow {
  id: string;
  title: string;
  body: string;
  source_url: string | null;
  token_hash: string;
  overrides: string;
  annotation: string;
  version: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

/** Applies the migrations not yet applied, in one write transaction (safe when several processes start at once). */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(MIGRATIONS_TABLE_SQL);
  const appliedNow: number[] = [];
  db.transaction(() => {
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length) throw new Error(`The database has schema version ${newest}; this code knows only up to ${migrations.length}.`);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
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

  const insert = db.prepare(
    `INSERT INTO texts (id, title, body, source_url, token_hash, overrides, annotation, version, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)`,
  );
  const select = db.prepare('SELECT * FROM texts WHERE id = ?');
  const selectState = db.prepare('SELECT token_hash, deleted_at FROM texts WHERE id = ?');
  const updateText = db.prepare(
    `UPDATE texts SET title = ?, overrides = ?, annotation = ?, version = version + 1, updated_at = ?
     WHERE id = ? AND version = ? AND deleted_at IS NULL`,
  );
  const markDeleted = db.prepare(
    `UPDATE texts SET title = '', body = '', source_url = NULL, overrides = '{}', annotation = '', version = version + 1, updated_at = ?, deleted_at = ?
     WHERE id = ? AND deleted_at IS NULL`,
  );
  const pruneCreations = db.prepare('DELETE FROM text_creations WHERE created_at <= ?');
  const countCreations = db.prepare('SELECT COUNT(*) AS count, MIN(created_at) AS oldest FROM text_creations WHERE client = ? AND created_at > ?');
  const insertCreation = db.prepare('INSERT INTO text_creations (client, created_at) VALUES (?, ?)');

  const recordCreation = db.transaction((client: string, now: number, { limit, windowMs }: RateLimit): RateDecision => {
    pruneCreations.run(now - windowMs);
    const { count, oldest } = countCreations.get(client, now - windowMs) as { count: number; oldest: number | null };
    if (count >= limit) return { allowed: false, retryAfterMs: Math.max(1, (oldest ?? now) + windowMs - now) };
    insertCreation.run(client, now);
    return { allowed: true };
  });

  return {
    async create(text: NewTextRecord) {
      insert.run(
        text.id,
        text.title,
        text.body,
        text.sourceUrl,
        text.tokenHash,
        JSON.stringify(text.overrides),
        encodeAnnotation(text.annotation),
        text.createdAt,
        text.createdAt,
      );
    },
    async get(id: string): Promise<TextLookup> {
      const row = select.get(id) as TextRow | undefined;
      if (!row) return { state: 'missing' };
      if (row.deleted_at !== null) return { state: 'deleted', deletedAt: row.deleted_at };
      return {
        state: 'active',
        text: {
          id: row.id,
          title: row.title,
          body: row.body,
          sourceUrl: row.source_url,
          tokenHash: row.token_hash,
          overrides: JSON.parse(row.overrides) as ReadingOverrides,
          annotation: decodeAnnotation(row.annotation),
          version: row.version,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        },
      };
    },
    async state(id: string): Promise<TextState> {
      const row = selectState.get(id) as Pick<TextRow, 'token_hash' | 'deleted_at'> | undefined;
      if (!row) return { state: 'missing' };
      return row.deleted_at === null ? { state: 'active', tokenHash: row.token_hash } : { state: 'deleted' };
    },
    async update(id: string, { title, overrides, annotation, expectedVersion, now }: TextUpdate) {
      return updateText.run(title, JSON.stringify(overrides), encodeAnnotation(annotation), now, id, expectedVersion).changes === 1;
    },
    async delete(id: string, now: number) {
      return markDeleted.run(now, now, id).changes === 1;
    },
    async recordCreation(client: string, now: number, limit: RateLimit) {
      return recordCreation.immediate(client, now, limit);
    },
    async close() {
      db.close();
    },
  };
}
