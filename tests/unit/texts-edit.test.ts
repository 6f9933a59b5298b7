import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import type { RateLimitStore } from '@/lib/rate-limit/types';
import { EDITS_PER_MINUTE } from '@/lib/texts/limits';
import { createText, editText } from '@/lib/texts/service';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import type { TextStore } from '@/lib/texts/types';
import { textServiceHelpers } from '../support/text-service';

const TEXT = 'Der Konzern 华为 wurde von 任正非 gegründet; 刘强东 gründete 京东.';

let dir: string;
let store: TextStore;
let rateLimits: RateLimitStore;
/** A second connection to the same database, as another server process has. */
let other: TextStore;
const { nextRequester, created, read, pinyinOf } = textServiceHelpers(() => ({ texts: store, rateLimits }), TEXT);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'texts-edit-'));
  store = openSqliteTextStore(dir);
  rateLimits = openSqliteRateLimitStore(dir);
  other = openSqliteTextStore(dir);
});
afterAll(async () => {
  await Promise.all([store.close(), other.close(), rateLimits.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('editing a text', () => {
  it('returns the text as stored after the edit', async () => {
    const { id, token } = await created();
    const edited = await editText(
      store,
      id,
      token,
      { title: 'Gründer', readings: { 任正非: 'ren4 zheng4 fei1' } },
      { ...nextRequester(), now: 1_900_000_000_000 },
    );
    expect(edited).toEqual({ ok: true, value: await read(id) });
    expect(edited.ok && edited.value).toMatchObject({
      title: 'Gründer',
      overrides: { 任正非: 'ren4 zheng4 fei1' },
      version: 2,
      updatedAt: 1_900_000_000_000,
    });
  });

  it('keys a correction by the term, in whichever script it is written', async () => {
    const { id, token } = await created();
    // 刘强东 is written simplified in the text; the owner types it in traditional characters.
    expect((await editText(store, id, token, { readings: { 劉強東: 'liu2 qiang2 dong1' } }, nextRequester())).ok).toBe(
      true,
    );
    expect((await read(id)).overrides).toEqual({ 刘强东: 'liu2 qiang2 dong1' });
    expect((await editText(store, id, token, { readings: { 劉強東: 'liu2 qiang3 dong1' } }, nextRequester())).ok).toBe(
      true,
    );
    const corrected = await read(id);
    expect(corrected.overrides).toEqual({ 刘强东: 'liu2 qiang3 dong1' });
    expect(pinyinOf(corrected, '刘强东')).toBe('liú qiǎng dōng');
    expect((await editText(store, id, token, { readings: { 劉強東: null } }, nextRequester())).ok).toBe(true);
    expect(await read(id)).toMatchObject({ overrides: {}, version: 4 });
  });

  it('refuses to remove a correction the text does not have, changing nothing', async () => {
    const { id, token } = await created();
    for (const hanzi of ['华为', '小米', 'huawei']) {
      const result = await editText(store, id, token, { readings: { [hanzi]: null } }, nextRequester());
      expect(result.ok ? 'ok' : `${result.error.status} ${result.error.code} ${result.error.field}`).toBe(
        '400 correction_not_found hanzi',
      );
    }
    expect((await read(id)).version).toBe(1);
  });

  it('writes nothing and counts nothing when title and corrections stay the same', async () => {
    const { id, token } = await created();
    const owner = nextRequester();
    expect((await editText(store, id, token, { title: 'Titel', readings: { 华为: 'hua4 wei2' } }, owner)).ok).toBe(
      true,
    );
    const stored = await read(id);
    for (let i = 0; i < EDITS_PER_MINUTE + 5; i++) {
      expect(await editText(store, id, token, { title: ' Titel ', readings: { 華為: 'HUA4 wei2' } }, owner)).toEqual({
        ok: true,
        value: stored,
      });
    }
    expect(await read(id)).toEqual(stored);
    expect((await editText(store, id, token, { title: 'Neu' }, owner)).ok).toBe(true);
  });

  it(`refuses the ${EDITS_PER_MINUTE + 1}th edit within a minute from one client, apart from its creations`, async () => {
    const { id, token } = await created();
    const editor = nextRequester();
    const now = Date.now();
    for (let i = 0; i < EDITS_PER_MINUTE; i++)
      expect((await editText(store, id, token, { title: `Titel ${i}` }, { ...editor, now: now + i })).ok).toBe(true);
    const refused = await editText(store, id, token, { title: 'Zu viel' }, { ...editor, now: now + 1000 });
    expect(refused.ok ? 'ok' : `${refused.error.status} ${refused.error.code} ${refused.error.retryAfterSeconds}`).toBe(
      '429 edit_rate_limited 59',
    );
    expect((await read(id)).title).toBe(`Titel ${EDITS_PER_MINUTE - 1}`);
    // Another client may edit; the same client may still create texts.
    expect((await editText(store, id, token, { title: 'Andere' }, { ...nextRequester(), now: now + 1000 })).ok).toBe(
      true,
    );
    expect((await createText(store, { text: TEXT }, { ...editor, now: now + 1000 })).ok).toBe(true);
  });
});

describe('concurrent edits on one SQLite database', () => {
  it('keeps both of two edits made at the same time through two connections', async () => {
    const { id, token } = await created();
    const [retitled, corrected] = await Promise.all([
      editText(store, id, token, { title: 'Gleichzeitig' }, nextRequester()),
      editText(other, id, token, { readings: { 任正非: 'ren4 zheng4 fei1' } }, nextRequester()),
    ]);
    expect([retitled.ok, corrected.ok]).toEqual([true, true]);
    expect(await read(id)).toMatchObject({
      title: 'Gleichzeitig',
      overrides: { 任正非: 'ren4 zheng4 fei1' },
      version: 3,
    });
  });

  /** `store`, but another connection edits the text right after each of the first `times` reads. */
  function racedBy(id: string, token: string, times: number): TextStore {
    let left = times;
    return {
      ...store,
      async get(textId) {
        const found = await store.get(textId);
        if (left-- > 0)
          expect((await editText(other, id, token, { title: `Anderswo ${times - left}` }, nextRequester())).ok).toBe(
            true,
          );
        return found;
      },
    };
  }

  it('retries an edit that lost the race, keeping the other change', async () => {
    const { id, token } = await created();
    const result = await editText(
      racedBy(id, token, 1),
      id,
      token,
      { readings: { 华为: 'hua4 wei2' } },
      nextRequester(),
    );
    expect(result).toEqual({ ok: true, value: await read(id) });
    expect(await read(id)).toMatchObject({ title: 'Anderswo 1', overrides: { 华为: 'hua4 wei2' }, version: 3 });
  });

  it('counts an edit that needed three tries once against the edit limit', async () => {
    const { id, token } = await created();
    const editor = nextRequester();
    const now = Date.now();
    const raced = await editText(racedBy(id, token, 2), id, token, { title: 'Dritter Versuch' }, { ...editor, now });
    expect(raced.ok).toBe(true);
    for (let i = 1; i < EDITS_PER_MINUTE; i++)
      expect((await editText(store, id, token, { title: `Titel ${i}` }, { ...editor, now: now + i })).ok).toBe(true);
    const refused = await editText(store, id, token, { title: 'Zu viel' }, { ...editor, now: now + 1000 });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('edit_rate_limited');
  });

  it('answers 409 after losing three times in a row, and writes nothing of its own', async () => {
    const { id, token } = await created();
    const result = await editText(
      racedBy(id, token, 3),
      id,
      token,
      { readings: { 华为: 'hua4 wei2' } },
      nextRequester(),
    );
    expect(result.ok ? 'ok' : `${result.error.status} ${result.error.code}`).toBe('409 conflict');
    expect(await read(id)).toMatchObject({ title: 'Anderswo 3', overrides: {}, version: 4 });
  });
});
