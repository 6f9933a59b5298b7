import { describe, expect, it } from 'vitest';
import { handleAnnotateRequest, MAX_TEXT_CHARS } from '@/lib/api/annotate-request';

const post = (body: BodyInit | null, contentType = 'application/json') =>
  new Request('http://localhost/api/annotate', { method: 'POST', body, headers: contentType ? { 'content-type': contentType } : {} });

describe('POST /api/annotate', () => {
  it('annotates a text', async () => {
    const response = await handleAnnotateRequest(post(JSON.stringify({ text: 'Laut Lei Jun (雷军) wächst Xiaomi.', locale: 'en' })));
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(response.body.locale).toBe('en');
    expect(response.body.segments.map((s) => s.text).join('')).toBe('Laut Lei Jun (雷军) wächst Xiaomi.');
    const term = response.body.segments.find((s) => s.type === 'term');
    expect(term).toMatchObject({ text: '雷军', pinyin: 'léi jūn', kind: 'person' });
    expect(response.body.segments.filter((s) => s.type === 'alias').map((s) => s.text)).toEqual(['Lei Jun', 'Xiaomi']);
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
});
