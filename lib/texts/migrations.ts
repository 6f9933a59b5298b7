import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The schema's history, shared by every store implementation (SQLite now, PostgreSQL next). */
export const MIGRATIONS_DIR = path.join(process.cwd(), 'lib', 'texts', 'migrations');

export interface Migration {
  /** From the file name: 1 for 001_init.sql. */
  version: number;
  name: string;
  sql: string;
}

const FILE_NAME = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** The migrations in order of version. Throws on a gap or a duplicate: the history must be linear. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  // turbopackIgnore: the folder is read at run time; tracing a path from a parameter would pull in the whole project.
  const migrations = readdirSync(/*turbopackIgnore: true*/ dir)
    .map((file) => ({ file, match: FILE_NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2]!,
      sql: readFileSync(path.join(/*turbopackIgnore: true*/ dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new Error(`Migration ${migration.version} (${migration.name}) out of sequence in ${dir}`);
  });
  return migrations;
}

/** The bookkeeping table, portable SQL: which versions are applied. */
export const MIGRATIONS_TABLE_SQL = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`;
