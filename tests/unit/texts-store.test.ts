import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTextId } from '@/lib/texts/paths';
import { hashToken, newManageToken, newTextId, tokenMatches } from '@/lib/texts/secrets';
import { DATABASE_FILE, migrate, openSqliteTextStore } from '@/lib/texts/sqlite-store';
import { loadMigrations } from '@/lib/texts/migrations';
import { dataDir } from '@/lib/texts/store';
import type { NewTextRecord, StoredAnnotation, TextStore } from '@/lib/texts/types';

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

let dir: string;
let store: TextStore;

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'texts-store-')), 'nested', 'data');
  store = openSqliteTextStore(dir);
});

afterEach(async () => {
  await store.close();
  rmSync(path.dirname(path.dirname(dir)), { recursive: true, force: true });
});

describe('SQLite text store', () => {
  it('lives in $DATA_DIR, else in ./data', () => {
    const saved = process.env.DATA_DIR;
    try {
      process.env.DATA_DIR = 'tmp/elsewhere';
      expect(dataDir()).toBe(path.join(process.cwd(), 'tmp', 'elsewhere'));
      delete process.env.DATA_DIR;
      expect(dataDir()).toBe(path.join(process.cwd(), 'data'));
    } finally {
      if (saved === undefined) delete process.env.DATA_DIR;
      else process.env.DATA_DIR = saved;
    }
  });

  it('creates its data folder and a WAL-mode database', () => {
    expect(existsSync(path.join(dir, DATABASE_FILE))).toBe(true);
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('stores a text and gives it back exactly, also after reopening', async () => {
    const text = record();
    await store.create(text);
    const expected = { state: 'active', text: { ...text, version: 1, updatedAt: text.createdAt } };
    expect(await store.get(text.id)).toEqual(expected);
    await store.close();
    store = openSqliteTextStore(dir);
    expect(await store.get(text.id)).toEqual(expected);
  });

  it('answers unknown ids as missing', async () => {
    expect(await store.get(newTextId())).toEqual({ state: 'missing' });
    expect(await store.state(newTextId())).toEqual({ state: 'missing' });
  });

  it('updates title, overrides and annotation only at the expected version', async () => {
    const text = record();
    await store.create(text);
    const change = { title: 'Neu', overrides: { 华为: 'hua2 wei2' }, annotation: annotation('Neu'), expectedVersion: 1, now: text.createdAt + 5 };
    expect(await store.update(text.id, change)).toBe(true);
    // A second writer that read version 1 loses instead of overwriting.
    expect(await store.update(text.id, { ...change, title: 'Verloren' })).toBe(false);
    const found = await store.get(text.id);
    expect(found).toEqual({
      state: 'active',
      text: { ...text, title: 'Neu', overrides: { 华为: 'hua2 wei2' }, annotation: annotation('Neu'), version: 2, updatedAt: text.createdAt + 5 },
    });
  });

  it('deletes by wiping the content and keeping a tombstone', async () => {
    const text = record({ body: 'geheimer Inhalt' });
    await store.create(text);
    expect(await store.state(text.id)).toEqual({ state: 'active', tokenHash: text.tokenHash });
    expect(await store.delete(text.id, 42)).toBe(true);
    expect(await store.delete(text.id, 43)).toBe(false);
    expect(await store.get(text.id)).toEqual({ state: 'deleted', deletedAt: 42 });
    expect(await store.state(text.id)).toEqual({ state: 'deleted' });
    expect(await store.update(text.id, { title: 'x', overrides: {}, annotation: annotation('x'), expectedVersion: 2, now: 44 })).toBe(false);
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT title, body, source_url, annotation FROM texts WHERE id = ?').get(text.id)).toEqual({
      title: '',
      body: '',
      source_url: null,
      annotation: '',
    });
    db.close();
  });

  it('allows 30 creations per client in any 60 s and says when the next one is allowed', async () => {
    const limit = { limit: 30, windowMs: 60_000 };
    const t0 = 1_000_000;
    for (let i = 0; i < 30; i++) expect(await store.recordCreation('203.0.113.7', t0 + i * 1000, limit)).toEqual({ allowed: true });
    expect(await store.recordCreation('203.0.113.7', t0 + 30_000, limit)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    // Other clients have their own count.
    expect(await store.recordCreation('198.51.100.1', t0 + 30_000, limit)).toEqual({ allowed: true });
    // Once the first creation is a minute old, one more is allowed, and then the limit holds again.
    expect(await store.recordCreation('203.0.113.7', t0 + 60_000, limit)).toEqual({ allowed: true });
    expect(await store.recordCreation('203.0.113.7', t0 + 60_500, limit)).toEqual({ allowed: false, retryAfterMs: 500 });
  });

  it('shares rate-limit counts between connections (as between server instances)', async () => {
    const other = openSqliteTextStore(dir);
    const limit = { limit: 2, windowMs: 60_000 };
    expect(await store.recordCreation('c', 1000, limit)).toEqual({ allowed: true });
    expect(await other.recordCreation('c', 1001, limit)).toEqual({ allowed: true });
    expect(await store.recordCreation('c', 1002, limit)).toEqual({ allowed: false, retryAfterMs: 59_998 });
    await other.close();
  });
});

describe('migrations', () => {
  it('are numbered from 001 without gaps', () => {
    expect(loadMigrations().map((m) => `${m.version} ${m.name}`)).toEqual(['1 init']);
  });

  it('apply once: running them again (or opening again) changes nothing', async () => {
    const text = record();
    await store.create(text);
    const db = new Database(path.join(dir, DATABASE_FILE));
    expect(migrate(db, loadMigrations())).toEqual([]);
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'init' }]);
    db.close();
    const again = openSqliteTextStore(dir);
    expect(await again.get(text.id)).toMatchObject({ state: 'active', text: { id: text.id } });
    await again.close();
  });

  it('refuse a database newer than the code', () => {
    const db = new Database(path.join(dir, DATABASE_FILE));
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, ?, 0)').run('future');
    expect(() => migrate(db, loadMigrations())).toThrow('schema version 99');
    db.close();
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
