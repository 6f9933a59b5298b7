import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import type { RateLimitStore } from '@/lib/rate-limit/types';
import { textParagraphs } from '@/lib/texts/annotation';
import { createText, deleteText, editText, readOwnedText, readText } from '@/lib/texts/service';
import { textPageAccess, textPageOf } from '@/lib/texts/page-access';
import { DATABASE_FILE } from '@/lib/texts/sqlite-database';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import type { TextStore } from '@/lib/texts/types';
import { textServiceHelpers } from '../support/text-service';

const PARAGRAPH =
  'Der Konzern Huawei (华为) wurde 1987 von 任正非 in Shenzhen gegründet.\n\n  Heute ist 华为 einer der größten Netzwerkausrüster.  \n';

let dir: string;
let store: TextStore;
let rateLimits: RateLimitStore;
const { nextRequester, created, read, pinyinOf } = textServiceHelpers(() => ({ texts: store, rateLimits }), PARAGRAPH);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'texts-service-'));
  store = openSqliteTextStore(dir);
  rateLimits = openSqliteRateLimitStore(dir);
});
afterAll(async () => {
  await Promise.all([store.close(), rateLimits.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('texts', () => {
  it('splits the text into paragraphs at line breaks, dropping empty lines', () => {
    expect(textParagraphs(PARAGRAPH)).toEqual([
      'Der Konzern Huawei (华为) wurde 1987 von 任正非 in Shenzhen gegründet.',
      'Heute ist 华为 einer der größten Netzwerkausrüster.',
    ]);
  });

  it('stores the text with its annotation computed at creation', async () => {
    const { id, token } = await created({
      title: '  Über 华为\n und mehr ',
      text: PARAGRAPH,
      sourceUrl: 'https://example.org/huawei',
    });
    const text = await read(id);
    expect(text).toMatchObject({
      id,
      title: 'Über 华为 und mehr',
      body: PARAGRAPH,
      sourceUrl: 'https://example.org/huawei',
      overrides: {},
      version: 1,
    });
    expect(text.tokenHash).not.toBe(token);
    expect(text.annotation.terms.map((term) => `${term.id} ${term.pinyin} ${term.count}`)).toEqual([
      '华为 huá wéi 4',
      '任正非 rén zhèng fēi 1',
      '深圳 shēn zhèn 1',
    ]);
    expect(text.annotation.title?.map((segment) => segment.text)).toEqual(['Über ', '华为', ' und mehr']);
    expect(text.annotation.paragraphs).toHaveLength(2);
    // Mentions are numbered in reading order: 华为 (title), Huawei, 华为, 任正非, Shenzhen.
    expect(text.annotation.firstMention).toEqual([
      ['华为', 0],
      ['任正非', 3],
      ['深圳', 4],
    ]);
  });

  it('rejects bad input with every problem at once, and keeps nothing', async () => {
    const result = await createText(
      store,
      { text: ' \n\t ', title: 'x'.repeat(201), sourceUrl: 'javascript:alert(1)' },
      nextRequester(),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => `${error.status} ${error.code} ${error.field}`)).toEqual([
      '400 empty_text text',
      '400 title_too_long title',
      '400 invalid_source_url sourceUrl',
    ]);
  });

  it('counts characters, not UTF-16 units or CRLF pairs: 100 000 pass, 100 001 are 413', async () => {
    const exactly = '𠀀'.repeat(50_000) + 'a\r\n'.repeat(25_000);
    expect((await createText(store, { text: exactly }, nextRequester())).ok).toBe(true);
    const over = await createText(store, { text: exactly + 'b' }, nextRequester());
    expect(over.ok ? 'ok' : over.errors.map((error) => `${error.status} ${error.code}`)).toEqual(['413 text_too_long']);
  });

  it('refuses the 31st creation within a minute from one client with a retry time', async () => {
    const requester = nextRequester();
    const now = Date.now();
    for (let i = 0; i < 30; i++)
      expect((await createText(store, { text: `Text ${i}` }, { ...requester, now: now + i })).ok).toBe(true);
    const refused = await createText(store, { text: 'Text 31' }, { ...requester, now: now + 100 });
    expect(
      refused.ok ? 'ok' : refused.errors.map((error) => `${error.status} ${error.code} ${error.retryAfterSeconds}`),
    ).toEqual(['429 rate_limited 60']);
  });

  it('corrects a reading everywhere in the text, and removes the correction', async () => {
    const { id, token } = await created({ title: '华为', text: PARAGRAPH });
    expect(await editText(store, id, token, { readings: { 華為: 'HUA4  wei2' } }, nextRequester())).toMatchObject({
      ok: true,
      value: { overrides: { 华为: 'hua4 wei2' }, version: 2 },
    });
    let text = await read(id);
    expect(text.overrides).toEqual({ 华为: 'hua4 wei2' });
    expect(pinyinOf(text, '华为')).toBe('huà wéi');
    const mentions = [text.annotation.title ?? [], ...text.annotation.paragraphs]
      .flat()
      .filter((segment) => segment.type === 'term' && segment.id === '华为');
    expect(mentions.map((segment) => segment.type === 'term' && segment.pinyin)).toEqual([
      'huà wéi',
      'huà wéi',
      'huà wéi',
    ]);

    // Removed as written in the text (traditional), though stored under the term's id.
    expect((await editText(store, id, token, { readings: { 華為: null } }, nextRequester())).ok).toBe(true);
    text = await read(id);
    expect(text.overrides).toEqual({});
    expect(pinyinOf(text, '华为')).toBe('huá wéi');
    expect(text.version).toBe(3);

    // Removing a correction the text does not have is an error, and changes nothing.
    const none = await editText(store, id, token, { readings: { 华为: null } }, nextRequester());
    expect(none.ok ? 'ok' : `${none.error.status} ${none.error.code} ${none.error.field}`).toBe(
      '400 correction_not_found hanzi',
    );
    expect((await read(id)).version).toBe(3);
  });

  it('refuses corrections that would not take effect, changing nothing', async () => {
    const { id, token } = await created({ text: PARAGRAPH });
    const codes = [];
    const attempts: Array<Record<string, string>> = [
      { 华为: 'hua2' },
      { 华为: 'hua2 wei2 xx3' },
      { huawei: 'hua2 wei2' },
      { 华为: 'xq2 zz2' },
      { 小米: 'xiao3 mi3' },
    ];
    for (const readings of attempts) {
      const result = await editText(store, id, token, { title: 'Nicht gespeichert', readings }, nextRequester());
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual([
      'invalid_reading',
      'invalid_reading',
      'invalid_term',
      'reading_not_applied',
      'term_not_in_text',
    ]);
    expect(await read(id)).toMatchObject({ title: '', overrides: {}, version: 1 });
  });

  it('retitles and re-annotates the title', async () => {
    const { id, token } = await created({ text: PARAGRAPH });
    expect((await editText(store, id, token, { title: 'Gründer 任正非' }, nextRequester())).ok).toBe(true);
    const text = await read(id);
    expect(text.title).toBe('Gründer 任正非');
    expect(text.annotation.title?.map((segment) => segment.type)).toEqual(['plain', 'term']);
    expect(text.annotation.firstMention[0]).toEqual(['任正非', 0]);
  });

  it('answers 403 for a wrong token, 404 for an unknown id, 410 once deleted', async () => {
    const { id, token } = await created({ text: PARAGRAPH });
    const other = await created({ text: 'Ein anderer Text' });
    expect(await readOwnedText(store, id, other.token)).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await editText(store, id, null, { title: 'x' }, nextRequester())).toMatchObject({
      ok: false,
      error: { status: 403 },
    });
    expect(await deleteText(store, id, other.token)).toMatchObject({ ok: false, error: { status: 403 } });
    expect(await readText(store, 'AAAAAAAAAAAAAAAAAAAAAA')).toMatchObject({ ok: false, error: { status: 404 } });
    expect(await readText(store, 'not an id')).toMatchObject({ ok: false, error: { status: 404 } });

    expect(await deleteText(store, id, token)).toEqual({ ok: true, value: undefined });
    expect(await readText(store, id)).toMatchObject({ ok: false, error: { status: 410, code: 'gone' } });
    expect(await deleteText(store, id, token)).toMatchObject({ ok: false, error: { status: 410 } });
    expect(await editText(store, id, token, { title: 'x' }, nextRequester())).toMatchObject({
      ok: false,
      error: { status: 410 },
    });
  });

  it('leaves no trace of a deleted text in the database file or its write-ahead log', async () => {
    const wipeDir = mkdtempSync(path.join(os.tmpdir(), 'texts-wipe-'));
    const own = openSqliteTextStore(wipeDir);
    const marker = 'Vertraulich-Q7ZX-4411';
    const onDisk = () =>
      [DATABASE_FILE, `${DATABASE_FILE}-wal`].filter(
        (file) => existsSync(path.join(wipeDir, file)) && readFileSync(path.join(wipeDir, file)).includes(marker),
      );
    try {
      const result = await createText(
        own,
        { title: marker, text: `${marker}: 任正非 gründete 华为.` },
        nextRequester(),
      );
      if (!result.ok) throw new Error('not created');
      expect(onDisk()).not.toEqual([]);
      expect(await deleteText(own, result.value.id, result.value.token)).toEqual({ ok: true, value: undefined });
      expect(onDisk()).toEqual([]);
    } finally {
      await own.close();
      rmSync(wipeDir, { recursive: true, force: true });
    }
  });

  it('tells the proxy which text pages exist, are gone or need the token', async () => {
    const { id, token } = await created({ text: PARAGRAPH });
    const deleted = await created({ text: PARAGRAPH });
    await deleteText(store, deleted.id, deleted.token);
    const access = (segments: string[], t: string | null = null) => {
      const page = textPageOf(segments);
      return page ? textPageAccess(store, page, t) : null;
    };
    expect(await access(['texts', id])).toBe('ok');
    expect(await access(['texts', id, 'manage'], token)).toBe('ok');
    expect(await access(['texts', id, 'manage'], null)).toBe('forbidden');
    expect(await access(['texts', id, 'manage'], deleted.token)).toBe('forbidden');
    expect(await access(['texts', deleted.id])).toBe('gone');
    expect(await access(['texts', deleted.id, 'manage'], deleted.token)).toBe('gone');
    expect(await access(['texts', 'AAAAAAAAAAAAAAAAAAAAAA'])).toBe('not-found');
    expect(await access(['texts', 'nope'])).toBe('not-found');
    expect(await access(['texts', 'new'])).toBeNull();
    expect(await access(['texts', id, 'edit'])).toBeNull();
    expect(await access(['articles', id])).toBeNull();
  });
});
