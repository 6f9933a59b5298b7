import { expect, test, type APIRequestContext } from '@playwright/test';

/**
 * 200+ malformed or hostile requests against the running server: none may answer 5xx or leak a
 * stack trace. Deterministic (seeded), so a failure is reproducible.
 */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const rand = random(20261127);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

const PATHS = [
  '/fr/x',
  '/xx',
  '/de/../../etc/passwd',
  '/..%2f..%2fetc%2fpasswd',
  '/de/%2e%2e/%2e%2e/',
  '/de/articles/%E0%A4%A',
  '/de/articles/%',
  '/%00',
  '/de/articles/xiaomi-2018%00',
  '/DE/articles/xiaomi-2018',
  '/de//articles//xiaomi-2018',
  '/zh-TW/articles/xiaomi-2018',
  `/de/${'a'.repeat(4000)}`,
  `/${'%F0%9F%98%80'.repeat(300)}`,
  '/de/articles/<script>alert(1)</script>',
  '/de/articles/xiaomi-2018/../../../',
  '/api/annotate/../../etc/passwd',
  '/api/nope',
  '/_next/static/../../package.json',
  '/de?ruby=<svg/onload=alert(1)>',
  '/articles/%ZZ',
  '/de/page-not-found/x',
  '/en/articles/xiaomi-2018?term=%FF%FE',
  '/de/articles/xiaomi-2018?ruby[]=1&ruby=2',
  '/.env',
  '/de/.git/config',
  '/de/texts/new.x',
  '/de/texts/a.b/manage',
  '/de/texts/AAAAAAAAAAAAAAAAAAAAAA',
  '/de/texts/%FF/manage?token=x',
  '/de/texts/abc/manage?token=' + 'x'.repeat(3000),
  '/de/glossary/%E9%9B%B7',
  '/de/glossary?q=%FF',
  `/de/glossary?q=${'雷'.repeat(2000)}`,
  '/de/glossary/雷军/x',
  '/api/qr?url=javascript:alert(1)',
  '/api/qr?url=https://evil.example/',
  '/api/qr',
  '/api/stroke-data/%',
  '/api/stroke-data/ab',
  '/api/stroke-data/%F0%A0%80%80',
  '/api/texts/%00',
];
const BODIES = [
  '{',
  '{"text":',
  '{"text":"x"',
  '[]',
  '"text"',
  '{"text":null}',
  '{"text":{"a":1}}',
  '\u0000\u0001',
  '{"text":"\\ud800"}',
  'x'.repeat(10_000),
  '{"text":"a","text":"b"}',
];
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'] as const;
const TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  '',
];

async function send(
  request: APIRequestContext,
  method: string,
  path: string,
  init: { data?: string; headers?: Record<string, string> },
) {
  const response = await request.fetch(path, {
    method,
    data: init.data,
    headers: init.headers,
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { status: response.status(), body: method === 'HEAD' ? '' : await response.text() };
}

test('hostile and malformed requests get clear 4xx answers, never a 5xx or a stack trace', async ({ request }) => {
  test.setTimeout(120_000);
  const cases: Array<{ method: string; path: string; data?: string; headers?: Record<string, string> }> = [];
  for (let i = 0; i < 80; i++) cases.push({ method: pick(['GET', 'HEAD', 'POST', 'DELETE']), path: pick(PATHS) });
  const API = [
    '/api/annotate',
    '/api/texts',
    '/api/texts/AAAAAAAAAAAAAAAAAAAAAA',
    '/api/texts/x',
    '/api/qr',
    '/api/stroke-data/雷',
  ];
  for (let i = 0; i < 100; i++) {
    const headers: Record<string, string> = { 'content-type': pick(TYPES) };
    if (rand() < 0.3)
      headers.authorization = pick(['Bearer', 'Bearer x', 'Basic Zm9vOmJhcg==', `Bearer ${'a'.repeat(500)}`]);
    cases.push({ method: pick(METHODS), path: pick(API), data: pick(BODIES), headers });
  }
  for (let i = 0; i < 20; i++)
    cases.push({
      method: 'GET',
      path: pick(['/de', '/de/articles/xiaomi-2018', '/']),
      headers: {
        'accept-language': pick(['*', ';;;', 'zz-ZZ;q=abc', 'x'.repeat(2000), 'zh-Hans-CN-x-private;q=0.5']),
        cookie: pick(['NEXT_LOCALE=fr', 'NEXT_LOCALE=%FF', 'NEXT_LOCALE=', 'a'.repeat(3000)]),
      },
    });
  for (let i = 0; i < 20; i++)
    cases.push({ method: 'GET', path: '/de', headers: { 'x-huge': 'h'.repeat(1000 * (1 + Math.floor(rand() * 40))) } });

  const failures: string[] = [];
  for (const c of cases) {
    const { status, body } = await send(request, c.method, c.path, c);
    if (status >= 500) failures.push(`${c.method} ${c.path.slice(0, 80)} → ${status}`);
    if (/\bat [\w.<>]+ \(|node_modules\/|Error: .*\n\s+at /.test(body))
      failures.push(`${c.method} ${c.path.slice(0, 80)} → stack trace in body`);
  }
  expect(cases.length).toBeGreaterThanOrEqual(220);
  expect(failures).toEqual([]);
});
