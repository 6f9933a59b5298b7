import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { cachedFiles } from './setup-control';
import { deployPorts } from './setup-ports';

const ARTICLE = '/de/articles/xiaomi-2018';
const GERMAN = 'Der chinesische Konzern 华为 wurde 1987 von 任正非 in Shenzhen gegründet.';
// A German reader: no locale cookie to set on German pages, so they come from the cache.
const READER = { 'accept-language': 'de-DE,de;q=0.9' };
const SECURITY_HEADERS = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
  'cross-origin-opener-policy',
];

const securityHeadersOf = (headers: Record<string, string>) =>
  Object.fromEntries(SECURITY_HEADERS.map((name) => [name, headers[name]]));

/** GETs `path` until nginx answers it from its cache (the first request may be the one that stores it). */
async function fromCache(request: APIRequestContext, path: string, headers: Record<string, string> = READER) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const response = await request.get(path, { headers });
    expect(response.status()).toBe(200);
    if (response.headers()['x-cache-status'] === 'HIT') return response;
  }
  throw new Error(`${path} was never answered from the cache`);
}

async function createText(request: APIRequestContext) {
  const created = await request.post('/api/texts', { data: { text: GERMAN, locale: 'en' } });
  expect(created.status()).toBe(201);
  const { id, manageUrl } = (await created.json()) as { id: string; manageUrl: string };
  const url = new URL(manageUrl);
  return { id, token: url.searchParams.get('token')!, managePath: `${url.pathname}${url.search}` };
}

/** Records every CSP violation on the page (an inline script whose hash the cached policy lacks would be one). */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

test('cached pages and assets carry the same CSP and security headers as the instance sends', async ({ request }) => {
  const { appPorts } = deployPorts();
  for (const path of [ARTICLE, '/en/articles/xiaomi-2018', '/de/glossary/%E6%B7%B1%E5%9C%B3']) {
    const direct = await request.get(`http://localhost:${appPorts[0]}${path}`, { headers: READER });
    const cached = await fromCache(request, path);
    const headers = securityHeadersOf(cached.headers());
    expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'sha256-/);
    expect(headers, path).toEqual(securityHeadersOf(direct.headers()));
    expect(await cached.text()).toBe(await direct.text());
  }
  const html = await (await request.get(ARTICLE, { headers: READER })).text();
  const script = /\/_next\/static\/[^"]+\.js/.exec(html)![0];
  const asset = await fromCache(request, script);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  const preview = await fromCache(request, `${ARTICLE}/opengraph-image/card`);
  expect(preview.headers()['content-type']).toBe('image/png');
  expect(preview.headers()['x-content-type-options']).toBe('nosniff');
});

test.describe('a German reader', () => {
  test.use({ locale: 'de-DE' });
  test('gets a page from the cache that runs without a CSP violation', async ({ page }) => {
    await recordViolations(page);
    // The first view may store the page (nginx keeps one copy per Accept-Encoding, which differs from the API client's).
    await page.goto(ARTICLE);
    await page.goto('about:blank');
    const response = await page.goto(`${ARTICLE}#main`);
    expect(response!.headers()['x-cache-status']).toBe('HIT');
    // The language switcher follows the address (hash included) once its script runs.
    const english = page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', '/en/articles/xiaomi-2018#main');
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

test('the language chosen in the switcher sticks, although the pages come from the cache', async ({ browser }) => {
  // Stored for English readers (an answer that sets no cookie), in the variant a browser gets (Vary: Accept-Encoding).
  const english = await browser.newContext({ locale: 'en-US', javaScriptEnabled: false });
  const englishPage = await english.newPage();
  await englishPage.goto('/en/articles/xiaomi-2018');
  expect((await englishPage.goto('/en/articles/xiaomi-2018'))!.headers()['x-cache-status']).toBe('HIT');
  await english.close();
  const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/articles\/xiaomi-2018$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/en$/);
  await context.close();
});

test('a manage page, its token and a pasted text never end up in the cache', async ({ request }) => {
  const { id, token, managePath } = await createText(request);
  for (let i = 0; i < 2; i++) {
    const manage = await request.get(managePath);
    expect(manage.status()).toBe(200);
    expect(manage.headers()['x-cache-status']).toBe('BYPASS');
    const shared = await request.get(`/en/texts/${id}`);
    expect(shared.status()).toBe(200);
    expect(shared.headers()['x-cache-status']).not.toBe('HIT');
    const api = await request.get(`/api/texts/${id}`);
    expect(api.status()).toBe(200);
    expect(api.headers()['x-cache-status']).not.toBe('HIT');
  }
  const edited = await request.patch(`/api/texts/${id}`, {
    data: { title: 'Neu' },
    headers: { authorization: `Bearer ${token}` },
  });
  expect(edited.status()).toBe(200);
  const files = cachedFiles();
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((file) => file.includes(token))).toEqual([]);
  expect(files.filter((file) => file.includes(id))).toEqual([]);
});

test('a POST is never answered from the cache', async ({ request }) => {
  const bodies = [];
  for (const text of ['小米', '华为']) {
    const response = await request.post('/api/annotate', { data: { text, locale: 'de' } });
    expect(response.status()).toBe(200);
    expect(response.headers()['x-cache-status'] ?? '').not.toBe('HIT');
    bodies.push(await response.text());
  }
  expect(bodies[0]).toContain('小米');
  expect(bodies[1]).toContain('华为');
});

test('a correction made on the manage page shows on the text page at once', async ({ page, request }) => {
  const { id, managePath } = await createText(request);
  const glossary = page.getByRole('complementary', { name: 'Chinese terms' });
  await page.goto(`/en/texts/${id}`);
  await expect(glossary.locator('[data-term-id="华为"]')).toContainText('huá wéi');
  await page.goto(managePath);
  await page.getByLabel('Correct pinyin (with tones)').fill('hua4 wei2');
  await page.getByRole('button', { name: 'Save reading' }).click();
  await expect(page.getByRole('status')).toHaveText('The reading was saved.');
  await page.goto(`/en/texts/${id}`);
  await expect(glossary.locator('[data-term-id="华为"]')).toContainText('huà wéi');
});
