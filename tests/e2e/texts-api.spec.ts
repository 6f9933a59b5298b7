import { expect, test } from '@playwright/test';

const client = () => ({
  'x-forwarded-for': `198.20.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

test('the texts API over HTTP: create, read, correct, delete; clear errors, never a 500', async ({
  request,
  baseURL,
}) => {
  const created = await request.post('/api/texts', {
    data: { title: 'API', text: '任正非 gründete 华为.', locale: 'en' },
    headers: client(),
  });
  expect(created.status()).toBe(201);
  const { id, url, manageUrl } = await created.json();
  expect(url).toBe(`${baseURL}/en/texts/${id}`);
  expect(created.headers()['location']).toBe(url);
  const token = new URL(manageUrl).searchParams.get('token');

  const read = await request.get(`/api/texts/${id}`);
  expect(read.status()).toBe(200);
  expect(read.headers()['cache-control']).toBe('no-store');
  expect(
    (await read.json()).annotation.terms.map((t: { id: string; pinyin: string }) => `${t.id} ${t.pinyin}`),
  ).toEqual(['任正非 rén zhèng fēi', '华为 huá wéi']);

  const corrected = await request.patch(`/api/texts/${id}`, {
    data: { overrides: { 华为: 'hua4 wei2' } },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(corrected.status()).toBe(200);
  expect((await corrected.json()).annotation.terms[1].pinyin).toBe('huà wéi');

  const errors: Array<
    [Promise<{ status(): number; json(): Promise<{ error: { code: string; message: string } }> }>, number, string]
  > = [
    [
      request.post('/api/texts', {
        data: Buffer.from('not json'),
        headers: { 'content-type': 'application/json', ...client() },
      }),
      400,
      'invalid_json',
    ],
    [request.post('/api/texts', { data: { text: ' \n ' }, headers: client() }), 400, 'empty_text'],
    [
      request.post('/api/texts', { data: 'text=x', headers: { 'content-type': 'text/plain', ...client() } }),
      415,
      'unsupported_media_type',
    ],
    [request.post('/api/texts', { data: { text: 'x'.repeat(100_001) }, headers: client() }), 413, 'text_too_long'],
    [request.post('/api/texts', { data: { text: '华'.repeat(400_000) }, headers: client() }), 413, 'payload_too_large'],
    [
      request.patch(`/api/texts/${id}`, { data: { title: 'x' }, headers: { authorization: 'Bearer wrong' } }),
      403,
      'forbidden',
    ],
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

test('the texts API over HTTP: a word corrected, split and joined by its mention number, the text replaced, undo; a stale version is a 409', async ({
  request,
}) => {
  const created = await request.post('/api/texts', {
    data: { text: '他还钱不够用。还钱的事以后再说。', locale: 'en' },
    headers: client(),
  });
  expect(created.status()).toBe(201);
  const { id, manageUrl } = await created.json();
  const headers = { authorization: `Bearer ${new URL(manageUrl).searchParams.get('token')}`, ...client() };
  const patch = (data: unknown) => request.patch(`/api/texts/${id}`, { data, headers });
  expect((await (await request.get(`/api/texts/${id}`)).json()).version).toBe(1);

  // Mention 1 is the first 还 (他 is mention 0): "still" here, hái.
  const word = await patch({
    version: 1,
    word: { occurrence: 1, text: '还', action: 'correct', reading: 'hai2', meaning: 'still', locale: 'en' },
  });
  expect(word.status()).toBe(200);
  const afterWord = await word.json();
  expect(afterWord.version).toBe(2);
  expect(afterWord.corrections).toEqual([
    expect.objectContaining({ kind: 'occurrence', reading: 'hai2', meaning: { locale: 'en', text: 'still' } }),
  ]);

  const stale = await patch({ version: 1, word: { occurrence: 3, text: '不够', action: 'split', at: 1 } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toEqual({
    code: 'version_conflict',
    message: expect.stringContaining('Nothing was saved'),
  });

  expect((await patch({ version: 2, word: { occurrence: 3, text: '不够', action: 'split', at: 1 } })).status()).toBe(
    200,
  );
  expect((await patch({ version: 3, word: { occurrence: 3, text: '不', action: 'merge' } })).status()).toBe(200);
  const edited = await patch({ version: 4, text: '他还钱不够用。别的事以后再说。' });
  expect(edited.status()).toBe(200);
  expect(await edited.json()).toMatchObject({
    version: 5,
    text: '他还钱不够用。别的事以后再说。',
    dropped: { corrections: [], readings: [] },
  });
  const undone = await patch({ version: 5, undo: true });
  expect(undone.status()).toBe(200);
  expect(await undone.json()).toMatchObject({ version: 6, text: '他还钱不够用。还钱的事以后再说。' });

  for (const [data, status, code] of [
    [{ version: 5, undo: true }, 409, 'version_conflict'],
    [{ undo: true }, 400, 'invalid_body'],
    [{ version: 6, word: { occurrence: 1, text: '还', action: 'correct', meaning: 'x' } }, 400, 'invalid_body'],
    [{ version: 6, word: { occurrence: 1, text: '钱', action: 'merge' } }, 400, 'word_not_found'],
    [{ version: 6, text: 'x'.repeat(100_001) }, 413, 'text_too_long'],
  ] as const) {
    const response = await patch(data);
    expect(`${response.status()} ${(await response.json()).error.code}`).toBe(`${status} ${code}`);
  }
  expect((await (await request.get(`/api/texts/${id}`)).json()).version).toBe(6);
});
