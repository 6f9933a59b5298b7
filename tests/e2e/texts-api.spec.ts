import { expect, test } from '@playwright/test';

const client = () => ({ 'x-forwarded-for': `198.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` });

test('the texts API over HTTP: create, read, correct, delete; clear errors, never a 500', async ({ request, baseURL }) => {
  const created = await request.post('/api/texts', { data: { title: 'API', text: '任正非 gründete 华为.', locale: 'en' }, headers: client() });
  expect(created.status()).toBe(201);
  const { id, url, manageUrl } = await created.json();
  expect(url).toBe(`${baseURL}/en/texts/${id}`);
  expect(created.headers()['location']).toBe(url);
  const token = new URL(manageUrl).searchParams.get('token');

  const read = await request.get(`/api/texts/${id}`);
  expect(read.status()).toBe(200);
  expect(read.headers()['cache-control']).toBe('no-store');
  expect((await read.json()).annotation.terms.map((t: { id: string; pinyin: string }) => `${t.id} ${t.pinyin}`)).toEqual(['任正非 rén zhèng fēi', '华为 huá wéi']);

  const corrected = await request.patch(`/api/texts/${id}`, { data: { overrides: { 华为: 'hua4 wei2' } }, headers: { authorization: `Bearer ${token}` } });
  expect(corrected.status()).toBe(200);
  expect((await corrected.json()).annotation.terms[1].pinyin).toBe('huà wéi');

  const errors: Array<[Promise<{ status(): number; json(): Promise<{ error: { code: string; message: string } }> }>, number, string]> = [
    [request.post('/api/texts', { data: Buffer.from('not json'), headers: { 'content-type': 'application/json', ...client() } }), 400, 'invalid_json'],
    [request.post('/api/texts', { data: { text: ' \n ' }, headers: client() }), 400, 'empty_text'],
    [request.post('/api/texts', { data: 'text=x', headers: { 'content-type': 'text/plain', ...client() } }), 415, 'unsupported_media_type'],
    [request.post('/api/texts', { data: { text: 'x'.repeat(100_001) }, headers: client() }), 413, 'text_too_long'],
    [request.post('/api/texts', { data: { text: '华'.repeat(400_000) }, headers: client() }), 413, 'payload_too_large'],
    [request.patch(`/api/texts/${id}`, { data: { title: 'x' }, headers: { authorization: 'Bearer wrong' } }), 403, 'forbidden'],
    [request.get('/api/texts/AAAAAAAAAAAAAAAAAAAAAA'), 404, 'not_found'],
  ];
  for (const [pending, status, code] of errors) {
    const response = await pending;
    expect(response.status()).toBe(status);
    expect((await response.json()).error.code).toBe(code);
  }
  expect((await request.get('/api/texts')).status()).toBe(405);

  const deleted = await request.delete(`/api/texts/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(deleted.status()).toBe(204);
  const gone = await request.get(`/api/texts/${id}`);
  expect(gone.status()).toBe(410);
  expect((await gone.json()).error.code).toBe('gone');
});
