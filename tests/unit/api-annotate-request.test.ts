import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate } from '@/lib/annotate';
import { handleAnnotateRequest as handle, MAX_TEXT_CHARS } from '@/lib/api/annotate-request';
import { expandAnnotated } from '@/lib/api/compact-annotation';
import { parseConfig } from '@/lib/config/schema';
import { openSqliteRateLimitStore } from '@/lib/rate-limit/sqlite-store';
import type { RateLimitStore } from '@/lib/rate-limit/types';

let dir: string;
let rateLimits: RateLimitStore;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'annotate-api-'));
  rateLimits = openSqliteRateLimitStore(dir);
});
afterAll(async () => {
  await rateLimits.close();
  rmSync(dir, { recursive: true, force: true });
});

const handleAnnotateRequest = (request: Request) => handle(request, { rateLimits: () => rateLimits, limit: null });

const post = (body: BodyInit | null, contentType = 'application/json') =>
  new Request('http://localhost/api/annotate', {
    method: 'POST',
    body,
    headers: contentType ? { 'content-type': contentType } : {},
  });

describe('POST /api/annotate', () => {
  it('annotates a text', async () => {
    const response = await handleAnnotateRequest(
      post(JSON.stringify({ text: 'Laut Lei Jun (雷军) wächst Xiaomi.', locale: 'en' })),
    );
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.locale).toBe('en');
    const { segments } = expandAnnotated(response.body);
    expect(segments.map((s) => s.text).join('')).toBe('Laut Lei Jun (雷军) wächst Xiaomi.');
    const term = segments.find((s) => s.type === 'term');
    expect(term).toMatchObject({ text: '雷军', pinyin: 'léi jūn', kind: 'person' });
    expect(segments.filter((s) => s.type === 'alias').map((s) => s.text)).toEqual(['Lei Jun', 'Xiaomi']);
    // Compact: each term once, mentions refer to it (a plain mention is just its number).
    expect(response.body.terms.map((t) => t.id)).toEqual(['雷军', '小米']);
    expect(response.body.segments).toEqual([
      'Laut ',
      { alias: 0, text: 'Lei Jun' },
      ' (',
      0,
      ') wächst ',
      { alias: 1, text: 'Xiaomi' },
      '.',
    ]);
  });

  it('answers a long text compactly: each term written once, with every field of every mention', async () => {
    const text = '雷军说：小米和華為都在深圳。'.repeat(2000);
    const response = await handleAnnotateRequest(post(JSON.stringify({ text })));
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    const full = await annotate(text);
    expect(expandAnnotated(response.body)).toEqual(full);
    expect(JSON.stringify(response.body).length * 10).toBeLessThan(JSON.stringify(full).length);
  });

  it('accepts an empty text and a charset parameter', async () => {
    const response = await handleAnnotateRequest(post('{"text":""}', 'application/json; charset=utf-8'));
    expect(response).toEqual({ status: 200, body: { segments: [], terms: [], locale: 'de' } });
  });

  it.each([
    ['not json', 'invalid_json'],
    ['{"txt":"x"}', 'invalid_text'],
    ['{"text":42}', 'invalid_text'],
    ['[1,2]', 'invalid_body'],
    ['null', 'invalid_body'],
    ['{"text":"x","locale":"fr"}', 'invalid_locale'],
  ])('answers 400 with a clear message for %s', async (body, code) => {
    const response = await handleAnnotateRequest(post(body));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code } });
    if ('error' in response.body) expect(response.body.error.message.length).toBeGreaterThan(10);
  });

  it('answers 415 for anything but JSON', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const response = await handleAnnotateRequest(post('{"text":"x"}', type));
      expect(response.status, type).toBe(415);
    }
  });

  it('answers 413 for a text over the limit and for an oversized body', async () => {
    const long = await handleAnnotateRequest(post(JSON.stringify({ text: 'a'.repeat(MAX_TEXT_CHARS + 1) })));
    expect(long).toMatchObject({ status: 413, body: { error: { code: 'text_too_long' } } });
    const exact = await handleAnnotateRequest(post(JSON.stringify({ text: '雷'.repeat(MAX_TEXT_CHARS) })));
    expect(exact.status).toBe(200);
    const huge = await handleAnnotateRequest(post(JSON.stringify({ text: 'a'.repeat(2 * 1024 * 1024) })));
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('answers 429 with Retry-After past the per-client limit, counting each client apart', async () => {
    const limited = (client: string) =>
      handle(
        new Request('http://localhost/api/annotate', {
          method: 'POST',
          body: '{"text":"小米"}',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        }),
        { rateLimits: () => rateLimits, limit: { limit: 2, windowMs: 60_000 } },
      );
    expect((await limited('203.0.113.7')).status).toBe(200);
    expect((await limited('203.0.113.7')).status).toBe(200);
    const third = await limited('203.0.113.7');
    expect(third).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });
    expect(Number(third.status === 429 ? third.headers?.['Retry-After'] : NaN)).toBeGreaterThanOrEqual(1);
    expect((await limited('203.0.113.8')).status).toBe(200);
  });

  it('takes its limit from ANNOTATE_REQUESTS_PER_MINUTE (0 turns it off, a typo stops the start)', () => {
    const annotateLimit = (env: Record<string, string>) => parseConfig(env).rateLimits.annotate;
    expect(annotateLimit({})).toEqual({ limit: 120, windowMs: 60_000 });
    expect(annotateLimit({ ANNOTATE_REQUESTS_PER_MINUTE: '10' })).toEqual({ limit: 10, windowMs: 60_000 });
    expect(annotateLimit({ ANNOTATE_REQUESTS_PER_MINUTE: '0' })).toBeNull();
    expect(() => annotateLimit({ ANNOTATE_REQUESTS_PER_MINUTE: 'lots' })).toThrow(
      /ANNOTATE_REQUESTS_PER_MINUTE: must be a whole number/,
    );
  });
});
