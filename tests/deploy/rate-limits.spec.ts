import { expect, test } from '@playwright/test';
import { requestFrom } from './setup-control';
import { ANNOTATE_LIMIT } from './setup-ports';

const annotate = (client: string) =>
  requestFrom(client, 'POST', '/api/annotate', {
    body: JSON.stringify({ text: '小米', locale: 'de' }),
    // A forged entry: behind nginx it must not count (the app trusts only nginx's address).
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
  });

test('each client behind the proxy has its own rate limit, over both instances', async () => {
  // Two machines, as nginx and the app see them: two loopback addresses.
  const [first, second] = ['127.0.0.2', '127.0.0.3'];
  const burst = [];
  for (let i = 0; i < ANNOTATE_LIMIT + 2; i++) burst.push((await annotate(first)).status);
  // nginx sends the requests to both instances in turn; the count is shared (in PostgreSQL).
  expect(burst.slice(0, ANNOTATE_LIMIT)).toEqual(Array(ANNOTATE_LIMIT).fill(200));
  expect(burst.slice(ANNOTATE_LIMIT)).toEqual([429, 429]);
  const limited = await annotate(first);
  expect(limited.status).toBe(429);
  expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  // The other client still has its whole budget, although it forges the same X-Forwarded-For.
  for (let i = 0; i < ANNOTATE_LIMIT; i++) expect((await annotate(second)).status).toBe(200);
  expect((await annotate(second)).status).toBe(429);
});
