import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { afterEach, beforeEach, describe } from 'vitest';
import { openPostgresRateLimitStore } from '@/lib/rate-limit/postgres-store';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import type { RateLimitStore } from '@/lib/rate-limit/types';
import { loadMigrations } from '@/lib/texts/migrations';
import { migratePostgres, numberedPlaceholders } from '@/lib/texts/postgres-database';
import { openPostgresTextStore } from '@/lib/texts/postgres-store';
import { DATABASE_FILE, migrate } from '@/lib/texts/sqlite-database';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import type { TextStore } from '@/lib/texts/types';
import { createScratchDatabase, postgresUnavailable } from './postgres';

/** One empty database of a backend, for one test. */
export interface ScratchStore {
  /** A new store instance on this database: another connection, as another server instance has. */
  open(): TextStore;
  /** A new rate-limit store instance on this database (another connection). */
  openRateLimits(): RateLimitStore;
  /** Raw SQL on the database, `?` placeholders, to check what is really stored. */
  query(sql: string, values?: unknown[]): Promise<unknown[]>;
  /** Runs the migrations once more, directly (not through a store). */
  migrate(): Promise<number[]>;
  /** Closes every store opened here and removes the database. */
  dispose(): Promise<void>;
}

export interface StoreBackend {
  name: string;
  /** Why the backend cannot run here (reported as the reason of the skip), or null. */
  unavailable: string | null;
  create(): Promise<ScratchStore>;
}

/** Tracks the stores a test opens, so that each is closed exactly once (a pg Pool refuses a second end()). */
function storeTracker() {
  const open = new Set<{ close(): Promise<void> }>();
  return {
    track<Store extends { close(): Promise<void> }>(store: Store): Store {
      const tracked: Store = {
        ...store,
        async close() {
          if (open.delete(tracked)) await store.close();
        },
      };
      open.add(tracked);
      return tracked;
    },
    closeAll: () => Promise.all([...open].map((store) => store.close())),
  };
}

export const sqliteBackend: StoreBackend = {
  name: 'SQLite',
  unavailable: null,
  async create() {
    const root = mkdtempSync(path.join(os.tmpdir(), 'texts-store-'));
    const dir = path.join(root, 'nested', 'data');
    const stores = storeTracker();
    const withDb = <T>(work: (db: Database.Database) => T): T => {
      const db = new Database(path.join(dir, DATABASE_FILE));
      try {
        return work(db);
      } finally {
        db.close();
      }
    };
    return {
      open: () => stores.track(openSqliteTextStore(dir)),
      openRateLimits: () => stores.track(openSqliteRateLimitStore(dir)),
      query: async (sql, values = []) =>
        withDb((db) => {
          const statement = db.prepare(sql);
          if (statement.reader) return statement.all(...values);
          statement.run(...values);
          return [];
        }),
      migrate: async () => withDb((db) => migrate(db, loadMigrations())),
      async dispose() {
        await stores.closeAll();
        rmSync(root, { recursive: true, force: true });
      },
    };
  },
};

function postgresBackend(): StoreBackend {
  const unavailable = postgresUnavailable();
  // Once per test file, so that the reason shows in the default reporter too, not only per test.
  if (unavailable) console.warn(unavailable);
  return {
    name: 'PostgreSQL',
    unavailable,
    async create() {
      const database = await createScratchDatabase('texts_store');
      const stores = storeTracker();
      const pool = new Pool({ connectionString: database.url, max: 2 });
      return {
        open: () => stores.track(openPostgresTextStore(database.url)),
        openRateLimits: () => stores.track(openPostgresRateLimitStore(database.url)),
        query: async (sql, values = []) => (await pool.query(numberedPlaceholders(sql), values)).rows,
        migrate: () => migratePostgres(pool, loadMigrations()),
        async dispose() {
          await stores.closeAll();
          await pool.end();
          await database.drop();
        },
      };
    },
  };
}

/** Every backend the text store has; the store tests run against each. */
export const storeBackends: StoreBackend[] = [sqliteBackend, postgresBackend()];

/** What one test of a backend works on: a new, empty database with a text store and a rate-limit store on it. */
export interface BackendDatabase {
  scratch: ScratchStore;
  texts: TextStore;
  rateLimits: RateLimitStore;
}

/**
 * `describe(title)` once per backend (`%s` in the title: its name). Before each test, `db` holds a
 * new, empty database with a store of each kind on it; after it, all is closed and removed. Where
 * a backend cannot run, its tests are skipped with the reason.
 */
export function describeEachBackend(title: string, tests: (db: BackendDatabase, backend: StoreBackend) => void): void {
  describe.each(storeBackends.map((backend) => [backend.name, backend] as const))(title, (_name, backend) => {
    // Filled before each test (never read outside one).
    const db = {} as BackendDatabase;
    beforeEach(async (context) => {
      if (backend.unavailable) context.skip(backend.unavailable);
      db.scratch = await backend.create();
      db.texts = db.scratch.open();
      db.rateLimits = db.scratch.openRateLimits();
    });
    afterEach(async () => {
      if (!backend.unavailable) await db.scratch.dispose();
    });
    tests(db, backend);
  });
}
