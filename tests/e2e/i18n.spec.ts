import { expect, test } from '@playwright/test';

const LANGS = [
  { locale: 'de', htmlLang: 'de', siteName: 'Hanzi Reader', home: 'Hanzi Reader – Startseite', articles: 'Artikel' },
  { locale: 'en', htmlLang: 'en', siteName: 'Hanzi Reader', home: 'Hanzi Reader – Home', articles: 'Articles' },
  { locale: 'zh', htmlLang: 'zh-Hans', siteName: '汉字阅读器', home: '汉字阅读器首页', articles: '文章' },
] as const;

test.describe('root redirect', () => {
  test('follows Accept-Language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await context.close();
  });

  test('falls back to German', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/de$/);
    await context.close();
  });

  test('a locale cookie beats the header', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL! }]);
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('a locale-neutral article link goes to the reader’s language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/articles/xiaomi-2018?ruby=always#main');
    await expect(page).toHaveURL(/\/en\/articles\/xiaomi-2018\?ruby=always#main$/);
    await context.close();
  });
});

test.describe('language switcher', () => {
  test('keeps path, query and hash, and the choice sticks', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto('/de/articles/xiaomi-2018?ruby=always#main');
    const switcher = page.getByRole('navigation', { name: 'Sprache wählen' });
    await expect(switcher.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'page');
    await switcher.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/articles\/xiaomi-2018\?ruby=always#main$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(
      page.getByRole('navigation', { name: 'Choose language' }).getByRole('link', { name: 'English' }),
    ).toHaveAttribute('aria-current', 'page');

    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('follows navigation inside the site', async ({ page }) => {
    await page.goto('/de');
    await page.getByRole('link', { name: /Xiaomi will 2018/ }).click();
    await expect(page).toHaveURL(/\/de\/articles\/xiaomi-2018$/);
    const english = page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('href', '/en/articles/xiaomi-2018');
  });

  test('is a set of real links without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh/articles/xiaomi-2018');
    const switcher = page.getByRole('navigation', { name: '选择语言' });
    await expect(switcher.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de/articles/xiaomi-2018');
    await switcher.getByRole('link', { name: 'Deutsch' }).click();
    await expect(page).toHaveURL(/\/de\/articles\/xiaomi-2018$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await context.close();
  });
});

for (const { locale, htmlLang, siteName, home, articles } of LANGS) {
  test(`home page in ${locale} lists the article with title, lead and date`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    // The accessible name starts with the visible text (WCAG 2.5.3), then says where it leads.
    const homeLink = page.getByRole('banner').getByRole('link', { name: home });
    await expect(homeLink).toHaveAccessibleName(home);
    await expect(homeLink).toContainText(siteName);
    await expect(page.getByRole('heading', { level: 2, name: articles })).toBeVisible();
    const item = page.getByRole('listitem').filter({ hasText: 'Xiaomi will 2018' });
    await expect(
      item.getByRole('link', { name: 'Xiaomi will 2018 100 Millionen Smartphones ausliefern' }),
    ).toHaveAttribute('href', `/${locale}/articles/xiaomi-2018`);
    await expect(item).toContainText('Xiaomi hat sich ambitionierte Ziele gesetzt.');
    await expect(item.locator('time')).toHaveAttribute('datetime', '2017-07');
    await expect(item.locator('time')).toContainText('2017');
  });

  test(`every page in ${locale} has hreflang alternates and a canonical URL`, async ({ page }) => {
    for (const path of ['', '/articles/xiaomi-2018']) {
      const response = await page.goto(`/${locale}${path}`);
      // One set of alternates, in <head>: no HTTP Link header that names other ones (hreflang "zh").
      expect(response?.headers()['link']).toBeUndefined();
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/${locale}${path}$`));
      for (const [hreflang, prefix] of [
        ['de', '/de'],
        ['en', '/en'],
        ['zh-Hans', '/zh'],
      ]) {
        await expect(page.locator(`link[rel="alternate"][hreflang="${hreflang}"]`)).toHaveAttribute(
          'href',
          new RegExp(`${prefix}${path}$`),
        );
      }
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
        'href',
        new RegExp(`:\\d+${path}/?$`),
      );
    }
  });
}

test.describe('not found', () => {
  test('an unknown locale is a German 404 page, readable without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto('/fr/x');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sprache wählen' })).toBeVisible();
    await context.close();
  });

  test('an unknown page under a locale is a 404 in that language', async ({ page }) => {
    for (const [path, heading] of [
      ['/en/nope', 'Page not found'],
      ['/zh/articles/nope', '页面未找到'],
      ['/de/articles/xiaomi-2018/x', 'Seite nicht gefunden'],
    ]) {
      const response = await page.goto(path!);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    }
  });
});
