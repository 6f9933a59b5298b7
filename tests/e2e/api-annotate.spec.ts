import { expect, test } from '@playwright/test';
import { expandAnnotated, type CompactAnnotated } from '@/lib/api/compact-annotation';

test.describe('POST /api/annotate on the running server', () => {
  test('annotates', async ({ request }) => {
    const response = await request.post('/api/annotate', {
      data: { text: '任正非 gründete 華為 in 深圳.', locale: 'zh' },
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as CompactAnnotated;
    // Each term once; a mention in traditional characters says how it differs from its term.
    expect(body.terms.map((t) => `${t.id} ${t.pinyin}`)).toEqual([
      '任正非 rén zhèng fēi',
      '华为 huá wéi',
      '深圳 shēn zhèn',
    ]);
    expect(body.segments).toEqual([
      0,
      ' gründete ',
      expect.objectContaining({ term: 1, text: '華為', script: 'traditional' }),
      ' in ',
      2,
      '.',
    ]);
    const terms = expandAnnotated(body).segments.filter((s) => s.type === 'term');
    expect(terms.map((t) => `${t.text} ${t.pinyin}`)).toEqual([
      '任正非 rén zhèng fēi',
      '華為 huá wéi',
      '深圳 shēn zhèn',
    ]);
  });

  test('rejects bad input with clear errors, never 500', async ({ request }) => {
    const cases = [
      { data: 'not json', headers: { 'content-type': 'application/json' }, status: 400 },
      { data: { nope: 1 }, status: 400 },
      { data: 'text=x', headers: { 'content-type': 'text/plain' }, status: 415 },
      { data: { text: 'x'.repeat(100_001) }, status: 413 },
    ];
    for (const { data, headers, status } of cases) {
      const response = await request.post('/api/annotate', { data, headers });
      expect(response.status()).toBe(status);
      const body = await response.json();
      expect(typeof body.error.message).toBe('string');
    }
    expect((await request.get('/api/annotate')).status()).toBe(405);
  });
});
