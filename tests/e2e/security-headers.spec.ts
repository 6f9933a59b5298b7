import { expect, test } from '@playwright/test';

// Static pages (hash policy), dynamically rendered ones (nonce policy) and status pages.
const PAGES = [
  '/de',
  '/en/articles/xiaomi-2018',
  '/zh/articles/byd-aufstieg',
  '/fr/x',
  '/de/nope',
  '/de/glossary?q=lj',
  '/en/glossary/雷军',
  '/de/texts/new',
  '/de/texts/AAAAAAAAAAAAAAAAAAAAAA',
];

// Redirects too: to the locale, and away from a trailing slash.
const REDIRECTS = ['/', '/articles/xiaomi-2018', '/de/', '/en/articles/xiaomi-2018/?ruby=off', '/api/texts/'];

test('every response carries the security headers', async ({ request }) => {
  for (const path of [...PAGES, ...REDIRECTS, '/api/annotate']) {
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain('unsafe-eval');
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
  }
});

test('a trailing slash redirects permanently to the address without it, keeping the query', async ({
  request,
  baseURL,
}) => {
  for (const [from, to] of [
    ['/de/', '/de'],
    ['/en/articles/xiaomi-2018/?ruby=off', '/en/articles/xiaomi-2018?ruby=off'],
    ['/de/glossary/', '/de/glossary'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(
      new URL(response.headers()['location']!, 'http://x').pathname +
        new URL(response.headers()['location']!, 'http://x').search,
      from,
    ).toBe(to);
  }
  // The protocol-relative trap: //evil.example/ must end on this site.
  const response = await request.get(`${baseURL}//evil.example/`);
  expect(new URL(response.url()).origin).toBe(baseURL);
});

test('pages run under the policy: no violation, scripts work', async ({ page, request }) => {
  const created = await request.post('/api/texts', { data: { text: 'Der Gründer von 华为 ist 任正非.' } });
  expect(created.status()).toBe(201);
  const { url, manageUrl } = (await created.json()) as { url: string; manageUrl: string };
  const textPages = [
    new URL(url).pathname,
    new URL(manageUrl).pathname + new URL(manageUrl).search,
    `${new URL(manageUrl).pathname}?token=wrong`,
  ];
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of [...PAGES, ...textPages]) {
    await page.goto(path);
    // Hydrated: the boot script ran (it marks <html> for JavaScript-only controls).
    await expect(page.locator('html'), path).toHaveClass(/\bjs\b/);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
  // Hydrated and interactive under the policy: a setting change reaches the URL.
  await page.goto('/de/articles/xiaomi-2018');
  await page.getByLabel('Tonfarben').selectOption('pleco');
  await expect(page).toHaveURL(/tones=pleco/);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
