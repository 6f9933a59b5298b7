import { decodeAnnotation, encodeAnnotation } from './annotation-codec';
import { cached, WeightedLru } from '../cache/weighted-lru';
import type { Correction } from './correction-types';
import type {
  NewTextRecord,
  ReadingOverrides,
  StoredAnnotation,
  TextLookup,
  TextRecord,
  TextState,
  TextUpdate,
  TextVersion,
} from './types';

/**
 * The statements every text store runs, written once in portable SQL with `?` placeholders
 * (PostgreSQL's store numbers them), so SQLite and PostgreSQL behave the same by construction.
 */
export const TEXT_SQL = {
  insert: `INSERT INTO texts (id, title, body, source_url, token_hash, overrides, annotation, version, created_at, updated_at, deleted_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, NULL)`,
  select: 'SELECT * FROM texts WHERE id = ?',
  selectState: 'SELECT token_hash, deleted_at FROM texts WHERE id = ?',
  /** Only at the version the writer read: concurrent edits never overwrite each other. A null body or corrections keeps the stored ones. */
  update: `UPDATE texts SET title = ?, body = COALESCE(?, body), overrides = ?, corrections = COALESCE(?, corrections), annotation = ?, version = version + 1, updated_at = ?
    WHERE id = ? AND version = ? AND deleted_at IS NULL`,
  /** The version about to be replaced, into the history (in the update's transaction, before it). */
  keepVersion: `INSERT INTO text_versions (text_id, version, title, body, overrides, corrections, saved_at)
    SELECT id, version, title, body, overrides, corrections, updated_at FROM texts WHERE id = ? AND version = ? AND deleted_at IS NULL`,
  /** The history's entry a restore (undo) took back. */
  dropVersion: 'DELETE FROM text_versions WHERE text_id = ? AND version = ?',
  /** Keeps the history bounded: entries older than the newest MAX_HISTORY versions go. */
  pruneVersions: 'DELETE FROM text_versions WHERE text_id = ? AND version < ?',
  selectPreviousVersion: 'SELECT * FROM text_versions WHERE text_id = ? ORDER BY version DESC LIMIT 1',
  /** The content is wiped; the row stays as a tombstone so the id answers "gone". */
  markDeleted: `UPDATE texts SET title = '', body = '', source_url = NULL, overrides = '{}', corrections = '[]', annotation = '', version = version + 1, updated_at = ?, deleted_at = ?
    WHERE id = ? AND deleted_at IS NULL`,
  deleteVersions: 'DELETE FROM text_versions WHERE text_id = ?',
  recordMigration: 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
} as const;

type SqlValue = string | number | null;

export const insertValues = (text: NewTextRecord): SqlValue[] => [
  text.id,
  text.title,
  text.body,
  text.sourceUrl,
  text.tokenHash,
  JSON.stringify(text.overrides),
  'encoded' in text.annotation ? text.annotation.encoded : encodeAnnotation(text.annotation),
  text.createdAt,
  text.createdAt,
];

/** Versions a text's history keeps: enough to undo a session's changes one by one, bounded so a text's rows stay few. */
export const MAX_HISTORY = 50;

export const updateValues = (
  id: string,
  { title, body, overrides, corrections, annotation, expectedVersion, now }: TextUpdate,
): SqlValue[] => [
  title,
  body ?? null,
  JSON.stringify(overrides),
  corrections ? JSON.stringify(corrections) : null,
  encodeAnnotation(annotation),
  now,
  id,
  expectedVersion,
];

type Statement = [keyof typeof TEXT_SQL, SqlValue[]];

/**
 * The history's statements around an update, in its transaction: `before` it, the version it
 * replaces is kept (nothing is kept if the text is not at that version); `after` it, the history
 * is pruned, or, for a restore, the entry restored leaves it.
 */
export function historyStatements(
  id: string,
  { expectedVersion, history }: TextUpdate,
): { before: Statement[]; after: Statement[] } {
  if (history) return { before: [], after: [['dropVersion', [id, history.restored]]] };
  return {
    before: [['keepVersion', [id, expectedVersion]]],
    after: [['pruneVersions', [id, expectedVersion + 1 - MAX_HISTORY]]],
  };
}

export const markDeletedValues = (id: string, now: number): SqlValue[] => [now, now, id];

/** A row of `texts` (lib/texts/migrations/001_init.sql), BIGINT columns read as numbers. */
export interface TextRow {
  id: string;
  title: string;
  body: string;
  source_url: string | null;
  token_hash: string;
  overrides: string;
  corrections: string;
  annotation: string;
  version: number;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
}

/**
 * Decoded annotations by text id and version: a long text's annotation takes a few hundred
 * milliseconds to parse, and its page is read far more often than it changes. Every write
 * (edit, delete) raises the version, so an entry is never stale; its users must not mutate it.
 */
const decoded = new WeightedLru<StoredAnnotation>({ maxEntries: 256, maxWeight: 8 * 1024 * 1024 });

/**
 * Where a record read from a store keeps its annotation as stored, for reading one page of it
 * (lib/texts/reading-view). A global symbol, not a WeakMap: the store is shared by the proxy's and
 * the app's bundles (lib/texts/store.ts), which each have their own copy of this module. The
 * property is not enumerable, so a copy of the record (`{ ...text }`, e.g. after an edit) does
 * not carry it.
 */
const STORED_ANNOTATION = Symbol.for('hanzi-reader.storedAnnotation');

/**
 * The annotation of `text` as the store holds it (lib/texts/annotation-codec), if `text` is a
 * record as read from a store; undefined for a record made otherwise (e.g. the result of an edit).
 */
export function storedAnnotationOf(text: TextRecord): string | undefined {
  const stored: unknown = (text as unknown as Record<symbol, unknown>)[STORED_ANNOTATION];
  return typeof stored === 'string' ? stored : undefined;
}

export function lookupFromRow(row: TextRow | undefined): TextLookup {
  if (!row) return { state: 'missing' };
  if (row.deleted_at !== null) return { state: 'deleted', deletedAt: row.deleted_at };
  const fields = {
    id: row.id,
    title: row.title,
    body: row.body,
    sourceUrl: row.source_url,
    tokenHash: row.token_hash,
    overrides: JSON.parse(row.overrides) as ReadingOverrides,
    corrections: JSON.parse(row.corrections) as Correction[],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
  // Decoded when first asked for: a text's page reads only its own part (lib/texts/reading-view).
  let annotation: StoredAnnotation | undefined;
  const text = Object.defineProperty(fields, 'annotation', {
    enumerable: true,
    get: () =>
      (annotation ??= cached(decoded, `${row.id}:${row.version}`, row.annotation.length, () =>
        decodeAnnotation(row.annotation),
      )),
    set: (value: StoredAnnotation) => {
      annotation = value;
      delete (text as unknown as Record<symbol, unknown>)[STORED_ANNOTATION];
    },
  }) as TextRecord;
  Object.defineProperty(text, STORED_ANNOTATION, { value: row.annotation, enumerable: false, configurable: true });
  return { state: 'active', text };
}

/** A row of `text_versions` (lib/texts/migrations/002_corrections_and_versions.sql). */
export interface TextVersionRow {
  version: number;
  title: string;
  body: string;
  overrides: string;
  corrections: string;
  saved_at: number;
}

export function versionFromRow(row: TextVersionRow | undefined): TextVersion | null {
  if (!row) return null;
  return {
    version: row.version,
    title: row.title,
    body: row.body,
    overrides: JSON.parse(row.overrides) as ReadingOverrides,
    corrections: JSON.parse(row.corrections) as Correction[],
    savedAt: row.saved_at,
  };
}

export function stateFromRow(row: Pick<TextRow, 'token_hash' | 'deleted_at'> | undefined): TextState {
  if (!row) return { state: 'missing' };
  return row.deleted_at === null ? { state: 'active', tokenHash: row.token_hash } : { state: 'deleted' };
}

/** The version check both stores make before migrating. */
export function assertKnownSchema(applied: ReadonlySet<number>, known: number): void {
  const newest = Math.max(0, ...applied);
  if (newest > known)
    throw new Error(`The database has schema version ${newest}; this code knows only up to ${known}.`);
}
