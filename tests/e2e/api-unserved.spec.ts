import { expect, test, type APIResponse } from '@playwright/test';

// What an API client gets for a method or a path that no endpoint serves: JSON it can read, and
// for 405 the Allow header that says what would work.

async function expectJsonError(response: APIResponse, status: number, code: string) {
  expect(response.status()).toBe(status);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
}

const ENDPOINTS: { path: string; allow: string; wrong: string[] }[] = [
  { path: '/api/annotate', allow: 'POST, OPTIONS', wrong: ['GET', 'PUT', 'PATCH', 'DELETE'] },
  { path: '/api/texts', allow: 'POST, OPTIONS', wrong: ['GET', 'PUT', 'PATCH', 'DELETE'] },
  { path: '/api/texts/AAAAAAAAAAAAAAAAAAAAAA', allow: 'GET, PATCH, DELETE, HEAD, OPTIONS', wrong: ['POST', 'PUT'] },
  { path: '/api/qr?url=/de', allow: 'GET, HEAD, OPTIONS', wrong: ['POST', 'PUT', 'PATCH', 'DELETE'] },
  {
    path: `/api/stroke-data/${encodeURIComponent('雷')}`,
    allow: 'GET, HEAD, OPTIONS',
    wrong: ['POST', 'PUT', 'PATCH', 'DELETE'],
  },
];

for (const { path, allow, wrong } of ENDPOINTS) {
  test(`${path.split('?')[0]} answers other methods with a JSON 405 and Allow: ${allow}, as OPTIONS does`, async ({
    request,
  }) => {
    for (const method of wrong) {
      const response = await request.fetch(path, { method });
      await expectJsonError(response, 405, 'method_not_allowed');
      expect(response.headers()['allow']).toBe(allow);
    }
    // OPTIONS says the same.
    const options = await request.fetch(path, { method: 'OPTIONS' });
    expect(options.status()).toBe(204);
    expect(options.headers()['allow']).toBe(allow);
  });
}

test('an unknown API path is a JSON 404 for every method, not the HTML page', async ({ request }) => {
  for (const path of ['/api/nonexistent', '/api/texts/AAAAAAAAAAAAAAAAAAAAAA/extra', '/api/annotate/x']) {
    for (const method of ['GET', 'POST', 'DELETE']) {
      await expectJsonError(await request.fetch(path, { method }), 404, 'not_found');
    }
  }
});
