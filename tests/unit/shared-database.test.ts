import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import { openSqliteDatabase } from '@/lib/texts/sqlite-database';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import type { NewTextRecord } from '@/lib/texts/types';

const dir = mkdtempSync(path.join(os.tmpdir(), 'shared-database-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (id: string): NewTextRecord => ({
  id,
  title: 'Titel',
  body: '小米',
  sourceUrl: null,
  tokenHash: 'hash',
  overrides: {},
  annotation: { encoded: '' },
  createdAt: 1,
});

describe('one database for the text store and the rate-limit store (as each server process has)', () => {
  it('both stores work on the handle they are given, and closing them leaves it open for the other', async () => {
    const database = openSqliteDatabase(dir);
    const texts = openSqliteTextStore(database);
    const limits = openSqliteRateLimitStore(database);
    await texts.create(text('sharedAAAAAAAAAAAAAAAA'));
    expect(await limits.take('203.0.113.1', 1000, { limit: 1, windowMs: 60_000 })).toEqual({ allowed: true });
    await limits.close();
    expect((await texts.state('sharedAAAAAAAAAAAAAAAA')).state).toBe('active');
    await texts.close();
    expect(database.open).toBe(true);
    const again = openSqliteRateLimitStore(database);
    expect((await again.take('203.0.113.1', 2000, { limit: 1, windowMs: 60_000 })).allowed).toBe(false);
    database.close();
  });

  it('a store opened on a folder has a connection of its own and closes it', async () => {
    const texts = openSqliteTextStore(dir);
    await texts.close();
    await expect(texts.state('sharedAAAAAAAAAAAAAAAA')).rejects.toThrow(/not open/);
  });
});
