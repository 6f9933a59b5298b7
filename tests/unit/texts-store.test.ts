import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { isTextId } from '@/lib/texts/paths';
import { openPostgresTextStore } from '@/lib/texts/postgres-store';
import { hashToken, newManageToken, newTextId, tokenMatches } from '@/lib/texts/secrets';
import { DATABASE_FILE } from '@/lib/texts/sqlite-database';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import { loadMigrations } from '@/lib/texts/migrations';
import type { Correction } from '@/lib/texts/correction-types';
import { parseConfig } from '@/lib/config/schema';
import { textStoreConfig as configuredStore } from '@/lib/texts/store';
import type { NewTextRecord, StoredAnnotation, TextStore } from '@/lib/texts/types';
import { createScratchDatabase, postgresUnavailable } from '../support/postgres';
import { describeEachBackend } from '../support/text-store-backends';

const textStoreConfig = (env: Record<string, string>) => configuredStore(parseConfig(env));
const dataDir = (env: Record<string, string>) => parseConfig(env).dataDir;

const annotation = (word: string): StoredAnnotation => ({
  title: null,
  paragraphs: [[{ type: 'plain', text: word }]],
  terms: [],
  firstMention: [],
});

function record(overrides: Partial<NewTextRecord> = {}): NewTextRecord {
  return {
    id: newTextId(),
    title: 'Titel',
    body: 'Ein Text über 华为.',
    sourceUrl: 'https://example.org/a',
    tokenHash: hashToken(newManageToken()),
    overrides: {},
    annotation: annotation('Ein Text'),
    createdAt: 1_700_000_000_000,
    ...overrides,
  };
}

describe('choosing the store', () => {
  it('lives in $DATA_DIR, else in ./data', () => {
    expect(dataDir({ DATA_DIR: 'tmp/elsewhere' })).toBe(path.join(process.cwd(), 'tmp', 'elsewhere'));
    expect(dataDir({})).toBe(path.join(process.cwd(), 'data'));
  });

  it('takes PostgreSQL for a postgres:// DATABASE_URL, else SQLite under DATA_DIR', () => {
    expect(textStoreConfig({ DATABASE_URL: 'postgres://app:pw@db.internal:5432/texts' })).toEqual({
      backend: 'postgres',
      url: 'postgres://app:pw@db.internal:5432/texts',
    });
    expect(textStoreConfig({ DATABASE_URL: ' postgresql://db/texts ' })).toEqual({
      backend: 'postgres',
      url: 'postgresql://db/texts',
    });
    expect(textStoreConfig({})).toEqual({ backend: 'sqlite', dataDir: dataDir({}) });
    expect(textStoreConfig({ DATABASE_URL: '' })).toEqual({ backend: 'sqlite', dataDir: dataDir({}) });
    // Not a silent fallback to a local file, and the password is not echoed.
    expect(() => textStoreConfig({ DATABASE_URL: 'mysql://app:secret@db/texts' })).toThrow(
      /must be a postgres:\/\/.*got "mysql:…"$/,
    );
  });

  it('SQLite: creates its data folder and a WAL-mode database', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'texts-store-'));
    const dir = path.join(root, 'nested', 'data');
    await openSqliteTextStore(dir).close();
    expect(existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    rmSync(root, { recursive: true, force: true });
  });
});

describeEachBackend('%s text store', (db, backend) => {
  it('stores a text and gives it back exactly, also after reopening', async () => {
    const text = record();
    await db.texts.create(text);
    const expected = { state: 'active', text: { ...text, corrections: [], version: 1, updatedAt: text.createdAt } };
    expect(await db.texts.get(text.id)).toEqual(expected);
    await db.texts.close();
    db.texts = db.scratch.open();
    expect(await db.texts.get(text.id)).toEqual(expected);
  });

  it('keeps any text character for character', async () => {
    const body = `'); DROP TABLE texts; -- \\ "quoted" $1 ? %s\n\t𠀀😀 e\u0301 \u202Eעברית\u3000${'华为 '.repeat(30_000)}`;
    const text = record({
      title: `O'Brien \\ ? $1`,
      body,
      sourceUrl: null,
      overrides: { 华为: 'hua2 wei2' },
      annotation: annotation(body.slice(0, 50)),
    });
    await db.texts.create(text);
    expect(await db.texts.get(text.id)).toEqual({
      state: 'active',
      text: { ...text, corrections: [], version: 1, updatedAt: text.createdAt },
    });
  });

  it('answers unknown ids as missing', async () => {
    expect(await db.texts.get(newTextId())).toEqual({ state: 'missing' });
    expect(await db.texts.state(newTextId())).toEqual({ state: 'missing' });
    expect(await db.texts.get('x'.repeat(100))).toEqual({ state: 'missing' });
  });

  it('updates title, overrides and annotation only at the expected version', async () => {
    const text = record();
    await db.texts.create(text);
    const change = {
      title: 'Neu',
      overrides: { 华为: 'hua2 wei2' },
      annotation: annotation('Neu'),
      expectedVersion: 1,
      now: text.createdAt + 5,
    };
    expect(await db.texts.update(text.id, change)).toBe(true);
    // A second writer that read version 1 loses instead of overwriting.
    expect(await db.texts.update(text.id, { ...change, title: 'Verloren' })).toBe(false);
    const found = await db.texts.get(text.id);
    expect(found).toEqual({
      state: 'active',
      text: {
        ...text,
        title: 'Neu',
        overrides: { 华为: 'hua2 wei2' },
        corrections: [],
        annotation: annotation('Neu'),
        version: 2,
        updatedAt: text.createdAt + 5,
      },
    });
  });

  it('keeps each replaced version in the history, and a restore takes its entry back', async () => {
    const text = record();
    await db.texts.create(text);
    expect(await db.texts.previousVersion(text.id)).toBeNull();
    const corrections: Correction[] = [{ kind: 'term-meaning', term: '华为', locale: 'de', text: 'Huawei' }];
    const edit = {
      title: 'Neu',
      body: 'Neuer Text.',
      overrides: { 华为: 'hua2 wei2' },
      corrections,
      annotation: annotation('Neu'),
      expectedVersion: 1,
      now: text.createdAt + 5,
    };
    expect(await db.texts.update(text.id, edit)).toBe(true);
    expect(await db.texts.get(text.id)).toMatchObject({
      state: 'active',
      text: { title: 'Neu', body: 'Neuer Text.', corrections, version: 2 },
    });
    expect(await db.texts.previousVersion(text.id)).toEqual({
      version: 1,
      title: 'Titel',
      body: text.body,
      overrides: {},
      corrections: [],
      savedAt: text.createdAt,
    });
    // Undo: version 1's content comes back as version 3, and leaves the history.
    const restore = {
      title: 'Titel',
      body: text.body,
      overrides: {},
      corrections: [],
      annotation: annotation('Ein Text'),
      expectedVersion: 2,
      now: text.createdAt + 9,
      history: { restored: 1 },
    };
    expect(await db.texts.update(text.id, restore)).toBe(true);
    expect(await db.texts.get(text.id)).toMatchObject({
      state: 'active',
      text: { title: 'Titel', body: text.body, corrections: [], version: 3 },
    });
    expect(await db.texts.previousVersion(text.id)).toBeNull();
  });

  it('wipes the history with the text', async () => {
    const text = record();
    await db.texts.create(text);
    await db.texts.update(text.id, {
      title: 'Neu',
      overrides: {},
      annotation: annotation('Neu'),
      expectedVersion: 1,
      now: 2,
    });
    expect(await db.texts.delete(text.id, 3)).toBe(true);
    expect(await db.scratch.query('SELECT * FROM text_versions')).toEqual([]);
    expect(await db.texts.previousVersion(text.id)).toBeNull();
  });

  it('lets exactly one of two instances win concurrent edits of the same version', async () => {
    const text = record();
    await db.texts.create(text);
    const other = db.scratch.open();
    const edit = (target: TextStore, title: string) =>
      target.update(text.id, { title, overrides: {}, annotation: annotation(title), expectedVersion: 1, now: 2 });
    const results = await Promise.all([edit(db.texts, 'A'), edit(other, 'B'), edit(db.texts, 'C'), edit(other, 'D')]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const winner = ['A', 'B', 'C', 'D'][results.indexOf(true)];
    expect(await other.get(text.id)).toMatchObject({ state: 'active', text: { title: winner, version: 2 } });
    // The losers kept no history entry: only the version the winner replaced is in it.
    expect(await db.scratch.query('SELECT text_id, version, title FROM text_versions')).toEqual([
      { text_id: text.id, version: 1, title: 'Titel' },
    ]);
  });

  it('deletes by wiping the content and keeping a tombstone', async () => {
    const text = record({ body: 'geheimer Inhalt' });
    await db.texts.create(text);
    expect(await db.texts.state(text.id)).toEqual({ state: 'active', tokenHash: text.tokenHash });
    expect(await db.texts.delete(text.id, 42)).toBe(true);
    expect(await db.texts.delete(text.id, 43)).toBe(false);
    expect(await db.texts.get(text.id)).toEqual({ state: 'deleted', deletedAt: 42 });
    expect(await db.texts.state(text.id)).toEqual({ state: 'deleted' });
    expect(
      await db.texts.update(text.id, {
        title: 'x',
        overrides: {},
        annotation: annotation('x'),
        expectedVersion: 2,
        now: 44,
      }),
    ).toBe(false);
    expect(
      await db.scratch.query('SELECT title, body, source_url, annotation FROM texts WHERE id = ?', [text.id]),
    ).toEqual([{ title: '', body: '', source_url: null, annotation: '' }]);
  });

  describe('migrations', () => {
    it('apply once: running them again (or opening again) changes nothing', async () => {
      const text = record();
      await db.texts.create(text);
      expect(await db.scratch.migrate()).toEqual([]);
      expect(await db.scratch.query('SELECT version, name FROM schema_migrations')).toEqual([
        { version: 1, name: 'init' },
        { version: 2, name: 'corrections_and_versions' },
      ]);
      expect(await db.scratch.open().get(text.id)).toMatchObject({ state: 'active', text: { id: text.id } });
    });

    it('run once when several instances start together on an empty database', async () => {
      const fresh = await backend.create();
      try {
        const instances = Array.from({ length: 5 }, () => fresh.open());
        expect(await Promise.all(instances.map((instance) => instance.state('AAAAAAAAAAAAAAAAAAAAAA')))).toEqual(
          Array(5).fill({ state: 'missing' }),
        );
        expect(await fresh.query('SELECT version, name FROM schema_migrations')).toEqual([
          { version: 1, name: 'init' },
          { version: 2, name: 'corrections_and_versions' },
        ]);
      } finally {
        await fresh.dispose();
      }
    });

    it('refuse a database newer than the code', async () => {
      expect(await db.texts.state(newTextId())).toEqual({ state: 'missing' });
      await db.scratch.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, 0)', ['future']);
      await expect(db.scratch.migrate()).rejects.toThrow('schema version 99');
      // A store opened on it refuses too (SQLite when opening, PostgreSQL on its first call).
      await expect(Promise.resolve().then(() => db.scratch.open().get(newTextId()))).rejects.toThrow(
        'schema version 99',
      );
    });
  });
});

describe('PostgreSQL text store connection', () => {
  beforeEach((context) => {
    const reason = postgresUnavailable();
    if (reason) context.skip(reason);
  });

  it('reports an unreachable database and works once it is back, without reopening', async () => {
    const database = await createScratchDatabase('texts_retry');
    await database.drop();
    const store = openPostgresTextStore(database.url);
    try {
      await expect(store.get(newTextId())).rejects.toThrow(`database "${database.name}" does not exist`);
      await database.recreate();
      expect(await store.get(newTextId())).toEqual({ state: 'missing' });
    } finally {
      await store.close();
      await database.drop();
    }
  });
});

describe('migrations', () => {
  it('are numbered from 001 without gaps', () => {
    expect(loadMigrations().map((m) => `${m.version} ${m.name}`)).toEqual(['1 init', '2 corrections_and_versions']);
  });
});

describe('ids and manage tokens', () => {
  it('ids are 128 random bits in 22 URL-safe characters', () => {
    const ids = Array.from({ length: 1000 }, newTextId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) {
      expect(isTextId(id)).toBe(true);
      expect(Buffer.from(id, 'base64url')).toHaveLength(16);
    }
    expect(isTextId('../../etc/passwd')).toBe(false);
  });

  it('stores only the SHA-256 of the token and checks it', () => {
    const token = newManageToken();
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(tokenMatches(token, hash)).toBe(true);
    expect(tokenMatches(newManageToken(), hash)).toBe(false);
    expect(tokenMatches(token.slice(1), hash)).toBe(false);
    expect(tokenMatches('', hash)).toBe(false);
    expect(tokenMatches(null, hash)).toBe(false);
  });
});
