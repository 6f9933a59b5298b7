import { expect, test, type Browser } from '@playwright/test';

// A status page (404, 410) is shown at the address that failed; its language links must keep that
// address, with JavaScript and without.

async function switchToEnglish(
  browser: Browser,
  javaScriptEnabled: boolean,
  from: string,
  to: string,
  heading: string,
  status: number,
) {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(from);
  const arrived = page.waitForResponse(
    (response) => new URL(response.url()).pathname === to && response.request().isNavigationRequest(),
  );
  await page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' }).click();
  expect((await arrived).status()).toBe(status);
  await expect(page).toHaveURL((url) => url.pathname === to);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await context.close();
}

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? 'with' : 'without';

  test(`the language links of a 404 page keep the address (${mode} JavaScript)`, async ({ browser }) => {
    await switchToEnglish(browser, javaScriptEnabled, '/de/articles/nope', '/en/articles/nope', 'Page not found', 404);
    await switchToEnglish(browser, javaScriptEnabled, '/fr/x', '/en/fr/x', 'Page not found', 404);
  });

  test(`the language links of a deleted text's page keep the address (${mode} JavaScript)`, async ({
    browser,
    request,
  }) => {
    const headers = {
      'x-forwarded-for': `198.21.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    };
    const created = await request.post('/api/texts', { data: { text: '雷军 gründete 小米.', locale: 'de' }, headers });
    const { id, manageUrl } = await created.json();
    const token = new URL(manageUrl).searchParams.get('token');
    expect((await request.delete(`/api/texts/${id}`, { headers: { authorization: `Bearer ${token}` } })).status()).toBe(
      204,
    );
    await switchToEnglish(browser, javaScriptEnabled, `/de/texts/${id}`, `/en/texts/${id}`, 'Text deleted', 410);
  });
}
