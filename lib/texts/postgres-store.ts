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
import {
  inTransaction,
  numberedStatements,
  ownOrSharedPostgres,
  withClient,
  type PostgresDatabase,
  type PostgresStoreOptions,
} from './postgres-database';
import type { NewTextRecord, TextLookup, TextState, TextStore, TextUpdate } from './types';

const SQL = numberedStatements(TEXT_SQL);

/** Locks an active text's row for the rest of the transaction. */
const LOCK_TEXT = 'SELECT version FROM texts WHERE id = $1 AND deleted_at IS NULL FOR UPDATE';

/** Thrown inside an update's transaction to roll it back: the text is no longer at the version read. */
class VersionChanged extends Error {}

/**
 * The text store on PostgreSQL (`pg` Pool), for any number of app instances sharing one
 * database. Every write is one committed statement or transaction: once it resolves, PostgreSQL
 * has it in its fsynced WAL.
 */
export function openPostgresTextStore(
  database: string | PostgresDatabase,
  options: PostgresStoreOptions = {},
): TextStore {
  const { pool, ready, query, close } = ownOrSharedPostgres(database, 'text store', options);

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
    close,
  };
}
