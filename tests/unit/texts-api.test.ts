import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Segment } from '@/lib/annotate/types';
import { expandTextAnnotation, type CompactTextAnnotation } from '@/lib/api/compact-annotation';
import { handleDeleteText, handleGetText, handlePatchText } from '@/lib/api/text-request';
import { handleCreateText } from '@/lib/api/texts-request';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import type { RateLimitStore } from '@/lib/rate-limit/types';
import { EDITS_PER_MINUTE } from '@/lib/texts/limits';
import { openSqliteTextStore } from '@/lib/texts/sqlite-store';
import type { TextStore } from '@/lib/texts/types';

const ORIGIN = 'https://reader.example';
let dir: string;
let store: TextStore;
let rateLimits: RateLimitStore;
let client = 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'texts-api-'));
  store = openSqliteTextStore(dir);
  rateLimits = openSqliteRateLimitStore(dir);
});
afterAll(async () => {
  await Promise.all([store.close(), rateLimits.close()]);
  rmSync(dir, { recursive: true, force: true });
});

function post(body: string, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}/api/texts`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${++client}, 10.0.0.1`, ...headers },
  });
  return handleCreateText(request, { store, rateLimits, origin: ORIGIN });
}

function withToken(method: string, id: string, token: string, body?: unknown, client = '192.0.2.1') {
  return new Request(`${ORIGIN}/api/texts/${id}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-forwarded-for': client },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function create(text = 'Der Gründer von 华为 ist 任正非.') {
  const response = await post(JSON.stringify({ text, locale: 'en' }));
  const body = response.body as { id: string; url: string; manageUrl: string };
  return { ...body, token: new URL(body.manageUrl).searchParams.get('token')! };
}

const errorOf = (response: { status: number; body: unknown }) =>
  `${response.status} ${(response.body as { error: { code: string } }).error.code}`;

describe('POST /api/texts', () => {
  it('answers 201 with the text and manage URLs', async () => {
    const response = await post(JSON.stringify({ title: 'T', text: '华为', sourceUrl: 'http://example.org/x' }));
    expect(response.status).toBe(201);
    const { id, url, manageUrl } = response.body as Record<string, string>;
    expect(url).toBe(`${ORIGIN}/de/texts/${id}`);
    expect(manageUrl).toMatch(new RegExp(`^${ORIGIN}/de/texts/${id}/manage\\?token=[A-Za-z0-9_-]{43}$`));
    expect(response.headers).toEqual({ Location: url });
  });

  it.each([
    ['not json', {}, '400 invalid_json'],
    ['[]', {}, '400 invalid_body'],
    ['{"title":"x"}', {}, '400 invalid_text'],
    ['{"text":"   \\n  "}', {}, '400 empty_text'],
    [JSON.stringify({ text: 'x', title: 't'.repeat(201) }), {}, '400 title_too_long'],
    [JSON.stringify({ text: 'x', sourceUrl: 'javascript:alert(1)' }), {}, '400 invalid_source_url'],
    [JSON.stringify({ text: 'x', sourceUrl: 'ftp://example.org' }), {}, '400 invalid_source_url'],
    [JSON.stringify({ text: 'x', locale: 'fr' }), {}, '400 invalid_locale'],
    [JSON.stringify({ text: 'x'.repeat(100_001) }), {}, '413 text_too_long'],
    [JSON.stringify({ text: 'x'.repeat(1024 * 1024) }), {}, '413 payload_too_large'],
    ['text=x', { 'content-type': 'application/x-www-form-urlencoded' }, '415 unsupported_media_type'],
  ])('refuses %#: %s', async (body, headers, expected) => {
    expect(errorOf(await post(body.slice(0, 2_000_000), headers))).toBe(expected);
  });

  it('answers 429 with Retry-After after 30 creations a minute from the first X-Forwarded-For address', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.99, 10.0.0.1' };
    for (let i = 0; i < 30; i++) expect((await post(JSON.stringify({ text: `Nr. ${i}` }), headers)).status).toBe(201);
    const refused = await post(JSON.stringify({ text: 'Nr. 31' }), headers);
    expect(errorOf(refused)).toBe('429 rate_limited');
    expect(Number(refused.headers?.['Retry-After'])).toBeGreaterThanOrEqual(59);
    // The proxy address after it does not matter, another client is counted separately.
    expect(
      (await post(JSON.stringify({ text: 'Nr. 32' }), { 'x-forwarded-for': '203.0.113.100, 10.0.0.1' })).status,
    ).toBe(201);
  });
});

describe('GET, PATCH, DELETE /api/texts/{id}', () => {
  it('returns the stored text and annotation, never the token', async () => {
    const { id, token } = await create();
    const response = await handleGetText(id, { store });
    expect(response.status).toBe(200);
    const body = response.body as {
      text: string;
      title: null;
      annotation: { terms: Array<{ id: string; pinyin: string }> };
    };
    expect(body).toMatchObject({
      id,
      title: null,
      text: 'Der Gründer von 华为 ist 任正非.',
      sourceUrl: null,
      overrides: {},
    });
    expect(body.annotation.terms.map((term) => `${term.id} ${term.pinyin}`)).toEqual([
      '华为 huá wéi',
      '任正非 rén zhèng fēi',
    ]);
    expect(JSON.stringify(body)).not.toContain(token);
    // Compact: the paragraph refers to the terms by position, and expands to the stored annotation.
    expect(body.annotation).toMatchObject({ title: null, paragraphs: [['Der Gründer von ', 0, ' ist ', 1, '.']] });
    const stored = await store.get(id);
    if (stored.state !== 'active') throw new Error('not stored');
    const huawei: Record<string, unknown> = { ...stored.text.annotation.paragraphs[0]![1] };
    delete huawei.occurrence;
    const expanded = expandTextAnnotation(body.annotation as unknown as CompactTextAnnotation);
    expect(expanded.terms).toEqual(stored.text.annotation.terms);
    expect(expanded.paragraphs[0]![1]).toEqual(huawei);
  });

  it('corrects a reading and retitles with the token, all or nothing', async () => {
    const { id, token } = await create();
    const patched = await handlePatchText(
      withToken('PATCH', id, token, { title: 'Huawei', overrides: { 任正非: 'ren2 zheng4 fei1' } }),
      id,
      { store, rateLimits },
    );
    expect(patched.status).toBe(200);
    const body = patched.body as {
      title: string;
      overrides: object;
      annotation: { terms: Array<{ id: string; pinyin: string }> };
    };
    expect(body.title).toBe('Huawei');
    expect(body.overrides).toEqual({ 任正非: 'ren2 zheng4 fei1' });
    expect(body.annotation.terms.find((term) => term.id === '任正非')?.pinyin).toBe('rén zhèng fēi');

    const failed = await handlePatchText(
      withToken('PATCH', id, token, { title: 'Nie', overrides: { 小米: 'xiao3 mi3' } }),
      id,
      { store, rateLimits },
    );
    expect(errorOf(failed)).toBe('400 term_not_in_text');
    expect((await handleGetText(id, { store })).body).toMatchObject({ title: 'Huawei' });
    expect(errorOf(await handlePatchText(withToken('PATCH', id, token, {}), id, { store, rateLimits }))).toBe(
      '400 invalid_body',
    );
  });

  it('answers a PATCH with the text as GET then shows it; a PATCH that changes nothing changes nothing', async () => {
    const { id, token } = await create();
    const patched = await handlePatchText(withToken('PATCH', id, token, { title: 'Eins' }), id, { store, rateLimits });
    expect(patched).toEqual({ status: 200, body: (await handleGetText(id, { store })).body });
    const again = await handlePatchText(withToken('PATCH', id, token, { title: ' Eins ' }), id, { store, rateLimits });
    expect(again).toEqual(patched);
    expect(
      errorOf(
        await handlePatchText(withToken('PATCH', id, token, { overrides: { 华为: null } }), id, { store, rateLimits }),
      ),
    ).toBe('400 correction_not_found');
  });

  it(`answers 429 with Retry-After to the ${EDITS_PER_MINUTE + 1}th edit within a minute from one client`, async () => {
    const { id, token } = await create();
    const editor = '2001:db8:aa:bb::1';
    for (let i = 0; i < EDITS_PER_MINUTE; i++)
      expect(
        (await handlePatchText(withToken('PATCH', id, token, { title: `Nr. ${i}` }, editor), id, { store, rateLimits }))
          .status,
      ).toBe(200);
    // Another address in the same IPv6 /64 is the same client.
    const refused = await handlePatchText(
      withToken('PATCH', id, token, { title: 'Zu viel' }, '2001:db8:aa:bb::2'),
      id,
      { store, rateLimits },
    );
    expect(errorOf(refused)).toBe('429 edit_rate_limited');
    expect(Number(refused.headers?.['Retry-After'])).toBeGreaterThanOrEqual(59);
    expect(
      (
        await handlePatchText(withToken('PATCH', id, token, { title: 'Anders' }, '2001:db8:aa:bc::1'), id, {
          store,
          rateLimits,
        })
      ).status,
    ).toBe(200);
  });

  it('answers a long text one page at a time, each with the links to the pages around it', async () => {
    const body = [
      `${'Lange Zeile ohne Namen, '.repeat(400)}雷军`,
      '華為和小米都在深圳。'.repeat(300),
      'Kurz: 任正非.',
      '雷军 sagt: 小米 ist gut. '.repeat(300),
    ].join('\n');
    const { id } = await create(body);
    type Page = {
      page: number;
      pageCount: number;
      previousPage: string | null;
      nextPage: string | null;
      text: string | null;
      annotation: CompactTextAnnotation & { continues: boolean };
    };
    const first = (await handleGetText(id, { store })).body as Page;
    expect(first).toMatchObject({ page: 1, previousPage: null, nextPage: `/api/texts/${id}?page=2`, text: body });
    expect(first.pageCount).toBeGreaterThan(3);
    expect((await handleGetText(id, { store }, '1')).body).toEqual(first);
    const pages = [first];
    for (let page = 2; page <= first.pageCount; page++)
      pages.push((await handleGetText(id, { store }, String(page))).body as Page);
    expect(pages.at(-1)).toMatchObject({
      page: first.pageCount,
      previousPage: `/api/texts/${id}?page=${first.pageCount - 1}`,
      nextPage: null,
      text: null,
    });
    // Each page lists the terms it mentions; put together, the pages are the stored annotation.
    const stored = await store.get(id);
    if (stored.state !== 'active') throw new Error('not stored');
    const paragraphs: Segment[][] = [];
    for (const { annotation } of pages) {
      const expanded = expandTextAnnotation(annotation);
      expect(expanded.terms.map((term) => term.id).sort()).toEqual(
        [
          ...new Set(
            expanded.paragraphs
              .flat()
              .flatMap((s) => (s.type === 'term' ? [s.id] : s.type === 'alias' ? [s.termId] : [])),
          ),
        ].sort(),
      );
      expanded.paragraphs.forEach((line, at) => {
        if (at === 0 && annotation.continues) paragraphs.at(-1)!.push(...line);
        else paragraphs.push([...line]);
      });
    }
    const withoutOccurrence = (segment: Segment & { occurrence?: number }): Segment => {
      const copy = { ...segment };
      delete copy.occurrence;
      return copy;
    };
    const merged = (line: Segment[]) =>
      line.reduce<Segment[]>((out, segment) => {
        const last = out.at(-1);
        if (last?.type === 'plain' && segment.type === 'plain')
          out[out.length - 1] = { type: 'plain', text: last.text + segment.text };
        else out.push(segment);
        return out;
      }, []);
    expect(paragraphs.map(merged)).toEqual(
      stored.text.annotation.paragraphs.map((line) => line.map(withoutOccurrence)),
    );

    expect(errorOf(await handleGetText(id, { store }, String(first.pageCount + 1)))).toBe('404 page_not_found');
    expect(errorOf(await handleGetText(id, { store }, '0'))).toBe('400 invalid_page');
    expect(errorOf(await handleGetText(id, { store }, 'zwei'))).toBe('400 invalid_page');
  });

  it('answers 403 without the right token, 404 for unknown ids, 410 after deletion', async () => {
    const { id, token } = await create();
    const other = await create();
    expect(
      errorOf(await handlePatchText(withToken('PATCH', id, other.token, { title: 'x' }), id, { store, rateLimits })),
    ).toBe('403 forbidden');
    const noToken = new Request(`${ORIGIN}/api/texts/${id}`, { method: 'DELETE' });
    expect(errorOf(await handleDeleteText(noToken, id, { store }))).toBe('403 forbidden');
    expect(errorOf(await handleGetText('AAAAAAAAAAAAAAAAAAAAAA', { store }))).toBe('404 not_found');

    expect(await handleDeleteText(withToken('DELETE', id, token), id, { store })).toEqual({ status: 204, body: null });
    expect(errorOf(await handleGetText(id, { store }))).toBe('410 gone');
    expect(errorOf(await handleDeleteText(withToken('DELETE', id, token), id, { store }))).toBe('410 gone');
    expect(
      errorOf(await handlePatchText(withToken('PATCH', id, token, { title: 'x' }), id, { store, rateLimits })),
    ).toBe('410 gone');
  });
});

describe('PATCH /api/texts/{id}: words, the text, undo (as the manage page does them)', () => {
  const PARAGRAPH = '他还钱不够用。还钱的事以后再说。';
  type TextBody = { version: number; text: string; corrections: unknown[]; annotation: CompactTextAnnotation };
  const patch = (id: string, token: string, body: unknown) =>
    handlePatchText(withToken('PATCH', id, token, body, `192.0.2.${++client % 250}`), id, { store, rateLimits });
  /** Mention number → "text pinyin meaning(en)", as the API's annotation (page 1) has it. */
  const mentions = (body: TextBody) =>
    expandTextAnnotation(body.annotation)
      .paragraphs.flat()
      .filter((s) => s.type === 'term')
      .map((s) => `${s.text} ${s.pinyin} ${s.type === 'term' ? (s.meanings.en ?? '') : ''}`);

  it('corrects one occurrence, splits and joins a word by its mention number, and refuses a stale version with 409', async () => {
    const { id, token } = await create(PARAGRAPH);
    const v1 = (await handleGetText(id, { store })).body as TextBody;
    expect(v1.version).toBe(1);
    expect(mentions(v1).slice(0, 2)).toEqual([expect.stringMatching(/^他 tā/), expect.stringMatching(/^还 huán/)]);

    const corrected = await patch(id, token, {
      version: 1,
      word: { occurrence: 1, text: '还', action: 'correct', reading: 'hai2', meaning: 'still', locale: 'en' },
    });
    expect(corrected.status).toBe(200);
    const v2 = corrected.body as TextBody;
    expect(v2.version).toBe(2);
    expect(mentions(v2)[1]).toBe('还 hái still');
    // The other 还 keeps the engine's reading.
    expect(mentions(v2).find((m, at) => at > 1 && m.startsWith('还 '))).toMatch(/^还 huán/);
    expect(v2.corrections).toHaveLength(1);

    // Made on version 1, sent after version 2: nothing written, a clear 409.
    const stale = await patch(id, token, { version: 1, word: { occurrence: 3, text: '不够', action: 'split', at: 1 } });
    expect(stale.status).toBe(409);
    expect(stale.body).toEqual({
      error: { code: 'version_conflict', message: expect.stringContaining('changed in another tab or window') },
    });
    expect(((await handleGetText(id, { store })).body as TextBody).version).toBe(2);

    const split = await patch(id, token, { version: 2, word: { occurrence: 3, text: '不够', action: 'split', at: 1 } });
    expect(split.status).toBe(200);
    expect(
      mentions(split.body as TextBody)
        .slice(3, 5)
        .map((m) => m.split(' ')[0]),
    ).toEqual(['不', '够']);
    const joined = await patch(id, token, { version: 3, word: { occurrence: 3, text: '不', action: 'merge' } });
    expect(joined.status).toBe(200);
    expect(mentions(joined.body as TextBody)[3]).toMatch(/^不够 /);
    expect((joined.body as TextBody).corrections).toHaveLength(3);
  });

  it('replaces the text keeping the corrections that still apply, undoes the last change, each only from the version it was made on', async () => {
    const { id, token } = await create(PARAGRAPH);
    expect(
      (await patch(id, token, { version: 1, word: { occurrence: 1, text: '还', action: 'correct', reading: 'hái' } }))
        .status,
    ).toBe(200);
    expect((await patch(id, token, { version: 2, word: { occurrence: 7, text: '的', action: 'merge' } })).status).toBe(
      200,
    );
    const edited = await patch(id, token, { version: 3, text: '他还钱不够用。别的事以后再说。', title: '还钱' });
    expect(edited.status).toBe(200);
    const body = edited.body as TextBody & {
      title: string;
      dropped: { corrections: Array<{ kind: string }>; readings: string[] };
    };
    expect(body).toMatchObject({ version: 4, title: '还钱', text: '他还钱不够用。别的事以后再说。' });
    // The join was in the sentence that changed: dropped and listed; the reading of 还 is kept.
    expect(body.dropped).toEqual({ corrections: [expect.objectContaining({ kind: 'merge' })], readings: [] });
    expect(mentions(body)[1]).toMatch(/^还 hái/);
    expect(errorOf(await patch(id, token, { version: 3, text: '旧的。' }))).toBe('409 version_conflict');

    expect(errorOf(await patch(id, token, { version: 3, undo: true }))).toBe('409 version_conflict');
    const undone = await patch(id, token, { version: 4, undo: true });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ version: 5, title: null, text: PARAGRAPH });
    expect((undone.body as TextBody).corrections).toHaveLength(2);
    // Title and readings with a version: the same check.
    expect(errorOf(await patch(id, token, { version: 4, title: 'Alt' }))).toBe('409 version_conflict');
    expect((await patch(id, token, { version: 5, title: 'Neu' })).status).toBe(200);
  });

  it('refuses bad word, text and undo requests with a clear error, writing nothing', async () => {
    const { id, token } = await create(PARAGRAPH);
    const word = (fields: Record<string, unknown>) => ({
      version: 1,
      word: { occurrence: 1, text: '还', action: 'correct', ...fields },
    });
    const cases: Array<[unknown, string, RegExp?]> = [
      [{ word: word({}).word }, '400 invalid_body', /needs "version"/],
      [{ version: 1, undo: true, text: 'x' }, '400 invalid_body', /one change at a time/],
      [{ ...word({}), overrides: { 还: 'hai2' } }, '400 invalid_body', /one change at a time/],
      [word({ meaning: 'still' }), '400 invalid_body', /"locale"/],
      [word({ action: 'turn' }), '400 invalid_word'],
      [word({ extra: 1 }), '400 invalid_word'],
      [{ version: 'one', undo: true }, '400 invalid_version'],
      [{ version: 1, undo: false }, '400 invalid_undo'],
      [{ version: 1, text: 5 }, '400 invalid_text'],
      [{ version: 1, typo: true }, '400 invalid_body'],
      [word({ reading: 'hai2 qian2' }), '400 invalid_reading'],
      [word({ reading: 'hai', meaning: 'x'.repeat(201), locale: 'en' }), '400 meaning_too_long'],
      [word({ text: '钱' }), '400 word_not_found'],
      [word({ occurrence: 999 }), '400 word_not_found'],
      [{ version: 1, word: { occurrence: 1, text: '还', action: 'split', at: 1 } }, '400 invalid_split'],
      [{ version: 1, word: { occurrence: 4, text: '用', action: 'merge' } }, '400 nothing_to_merge'],
      [{ version: 1, text: '' }, '400 empty_text'],
      [{ version: 1, text: '字'.repeat(100_001) }, '413 text_too_long'],
      [{ version: 1, undo: true }, '400 nothing_to_undo'],
    ];
    for (const [body, expected, message] of cases) {
      const response = await patch(id, token, body);
      expect(`${JSON.stringify(body).slice(0, 80)} → ${errorOf(response)}`).toBe(
        `${JSON.stringify(body).slice(0, 80)} → ${expected}`,
      );
      if (message) expect((response.body as { error: { message: string } }).error.message).toMatch(message);
    }
    expect(((await handleGetText(id, { store })).body as TextBody).version).toBe(1);
  });
});
