/** GET /api/dictionary/{word} and /api/dictionary/search (lib/api/dictionary) over the real lexicon. */
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionarySearchResponse, dictionaryWordResponse } from '@/lib/api/dictionary';
import { getDictionary, type Dictionary } from '@/lib/dictionary';

let dictionary: Dictionary;
beforeAll(async () => {
  dictionary = await getDictionary();
});

describe('GET /api/dictionary/{word}', () => {
  it('answers every reading of 还, cacheable', async () => {
    const response = dictionaryWordResponse(dictionary, encodeURIComponent('还'));
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=86400, stale-while-revalidate=86400');
    const body = (await response.json()) as { readings: { pinyin: string }[]; simplified: string };
    expect(body.simplified).toBe('还');
    expect(body.readings.map((r) => r.pinyin)).toEqual(['hái', 'huán']);
  });

  it('answers a traditional headword and the characters of a word', async () => {
    const body = (await dictionaryWordResponse(dictionary, '銀行').json()) as {
      simplified: string;
      characters: { hanzi: string; pinyin: string; gloss: string }[];
    };
    expect(body.simplified).toBe('银行');
    expect(body.characters.map((c) => `${c.hanzi} ${c.pinyin} ${c.gloss}`)).toEqual(['銀 yín silver', '行 háng row']);
  });

  it('says 400 for what is no word, 404 for a word the dictionary lacks', async () => {
    const bad = dictionaryWordResponse(dictionary, 'bank');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: 'invalid_word', message: 'Expected 1 to 32 Chinese characters.' },
    });
    expect(dictionaryWordResponse(dictionary, '%E9%93').status).toBe(400);
    expect(dictionaryWordResponse(dictionary, '银'.repeat(33)).status).toBe(400);
    const missing = dictionaryWordResponse(dictionary, encodeURIComponent('雷银吼'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('Cache-Control')).toBe('no-store');
    expect(await missing.json()).toEqual({
      error: { code: 'not_found', message: 'The dictionary has no entry for "雷银吼".' },
    });
  });
});

describe('GET /api/dictionary/search', () => {
  it('ranks 银行 first for yinhang and counts every match', async () => {
    const response = dictionarySearchResponse(dictionary, new URLSearchParams({ q: 'yinhang', limit: '2' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      query: 'yinhang',
      offset: 0,
      limit: 2,
      total: 7,
      hits: [
        { word: '银行', pinyin: 'yín háng', gloss: 'bank', match: 'exact' },
        { word: '印航', pinyin: 'yìn háng', gloss: 'Air India (abbr.)', match: 'exact' },
      ],
    });
  });

  it('says 400 with the reason for a missing, long or out-of-range parameter', async () => {
    const missing = dictionarySearchResponse(dictionary, new URLSearchParams());
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('invalid_query');
    expect(dictionarySearchResponse(dictionary, new URLSearchParams({ q: 'x'.repeat(101) })).status).toBe(400);
    const limit = dictionarySearchResponse(dictionary, new URLSearchParams({ q: 'bank', limit: '500' }));
    expect(limit.status).toBe(400);
    expect(((await limit.json()) as { error: { message: string } }).error.message).toMatch(/^limit: /);
  });
});
