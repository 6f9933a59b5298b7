import {
  insertValues,
  lookupFromRow,
  markDeletedValues,
  historyStatements,
  stateFromRow,
  TEXT_SQL,
  updateValues,
  versionFromRow,
  type TextRow,
  type TextVersionRow,
} from './text-sql';
import { ownOrSharedSqlite, type SqliteDatabase } from './sqlite-database';
import type { NewTextRecord, TextLookup, TextState, TextStore, TextUpdate } from './types';

/** Thrown inside an update's transaction to roll it back: the text is no longer at the version read. */
class VersionChanged extends Error {}

/** The text store on SQLite (better-sqlite3): the database of `openSqliteDatabase` in `dataDir`, or one already open. */
export function openSqliteTextStore(
  database: string | SqliteDatabase,
  options: { migrationsDir?: string } = {},
): TextStore {
  const { db, close } = ownOrSharedSqlite(database, options);

  const insert = db.prepare(TEXT_SQL.insert);
  const select = db.prepare(TEXT_SQL.select);
  const selectState = db.prepare(TEXT_SQL.selectState);
  const updateText = db.prepare(TEXT_SQL.update);
  const selectPreviousVersion = db.prepare(TEXT_SQL.selectPreviousVersion);
  const markDeleted = db.prepare(TEXT_SQL.markDeleted);
  const deleteVersions = db.prepare(TEXT_SQL.deleteVersions);

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
    async close() {
      close();
    },
  };
}
