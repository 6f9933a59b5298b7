import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { extractText, getDocumentProxy } from 'unpdf';
import { listArticles } from '../../lib/articles';
import { decodeQr } from '../support/qr';

const ARTICLE = '/de/articles/xiaomi-2018';

const meta = (page: Page, key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();

test('article pages describe themselves for link previews, per language', async ({ page, request }) => {
  await page.goto('/en/articles/xiaomi-2018');
  await expect(meta(page, 'og:title')).toHaveAttribute(
    'content',
    'Xiaomi will 2018 100 Millionen Smartphones ausliefern',
  );
  await expect(meta(page, 'og:description')).toHaveAttribute(
    'content',
    /^Xiaomi hat sich ambitionierte Ziele gesetzt\./,
  );
  await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'en_US');
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'og:url')).toHaveAttribute('content', /\/en\/articles\/xiaomi-2018$/);
  await expect(meta(page, 'og:image:alt')).toHaveAttribute(
    'content',
    /with the article's Chinese names: 小米 \(xiǎo mǐ\), 雷军 \(léi jūn\)/,
  );
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta(page, 'twitter:title')).toHaveAttribute(
    'content',
    'Xiaomi will 2018 100 Millionen Smartphones ausliefern',
  );

  await page.goto('/zh/articles/xiaomi-2018');
  await expect(meta(page, 'og:locale')).toHaveAttribute('content', 'zh_CN');
  await expect(meta(page, 'og:site_name')).toHaveAttribute('content', '汉字阅读器');

  // The image address carries the build's SITE_URL; ask this server for the same path.
  const image = new URL((await meta(page, 'og:image').getAttribute('content'))!);
  expect(image.pathname).toBe('/zh/articles/xiaomi-2018/opengraph-image/card');
  const response = await request.get(`${image.pathname}${image.search}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = PNG.sync.read(await response.body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('the preview image of an unknown article is a 404', async ({ request }) => {
  expect((await request.get('/de/articles/nope/opengraph-image/card')).status()).toBe(404);
});

test('sitemap.xml lists every article and glossary page in every language, with hreflang alternates; robots.txt points to it', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const slugs = listArticles().map((article) => article.meta.slug);
  const articleUrls = locs.filter((path) => path.includes('/articles/'));
  expect(articleUrls).toHaveLength(3 * slugs.length);
  for (const slug of slugs)
    for (const locale of ['de', 'en', 'zh']) expect(articleUrls).toContain(`/${locale}/articles/${slug}`);
  expect(xml).toContain('hreflang="zh-Hans" href="');
  expect(xml.match(/hreflang="x-default" href="[^"]+\/articles\/xiaomi-2018"/g)).toHaveLength(3);
  for (const locale of ['de', 'en', 'zh']) {
    expect(locs).toContain(`/${locale}/glossary`);
    expect(locs).toContain(`/${locale}/glossary/${encodeURIComponent('雷军')}`);
  }
  // Every page listed is a page: a crawler following the sitemap meets no 404. A few at a time,
  // as a crawler asks: Playwright's request context took 20 s for all 200 at once, 2 s this way
  // (the server answers 100 at once from curl in about a second).
  const statuses: string[] = [];
  for (let i = 0; i < locs.length; i += 4) {
    const batch = locs.slice(i, i + 4);
    statuses.push(
      ...(await Promise.all(
        batch.map(async (path) => `${(await request.get(path, { maxRedirects: 0 })).status()} ${path}`),
      )),
    );
  }
  expect(statuses.filter((line) => !line.startsWith('200 '))).toEqual([]);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap\.xml$/m);
  expect(robots).toContain('Disallow: /api/');
});

test('?print=1 shows the worksheet: the text with pinyin and a vocabulary table, no navigation', async ({ page }) => {
  await page.goto(`${ARTICLE}?print=1&ruby=off`);
  await expect(page.locator('html')).toHaveAttribute('data-print', '');
  await expect(page.getByRole('banner')).toBeHidden();
  // The language switcher is in the page (a <nav>), just not shown.
  await expect(page.locator('nav')).not.toHaveCount(0);
  for (const nav of await page.locator('nav').all()) await expect(nav).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.locator('[role="group"][aria-label="Leseeinstellungen"]')).toBeHidden();
  await expect(page.getByText('Teilen und Arbeitsblatt')).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Chinesische Begriffe' })).toBeHidden();
  // Pinyin over the hanzi even though the link turned it off for reading.
  await expect(page.locator('article rt').first()).toBeVisible();

  const table = page.getByRole('table');
  await expect(page.getByRole('heading', { name: 'Vokabeln' })).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText(['Hanzi', 'Pinyin', 'Bedeutung']);
  await expect(table.getByRole('row').filter({ hasText: '雷军' })).toContainText('léi jūn');
  await expect(table.getByRole('row').filter({ hasText: '雷军' })).toContainText('Gründer');

  await expect(page.getByRole('button', { name: 'Drucken' })).toBeVisible();
  const back = page.getByRole('link', { name: 'Zurück zur Leseansicht' });
  await expect(back).toHaveAttribute('href', `${ARTICLE}?ruby=off`);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('the worksheet switch applies before any bundle runs (no flash of the reader)', async ({ page }) => {
  await page.route('**/_next/static/**/*.js', (route) => route.abort());
  await page.goto(`${ARTICLE}?print=1`);
  await expect(page.locator('html')).toHaveAttribute('data-print', '');
  await expect(page.getByRole('banner')).toBeHidden();
});

test('the worksheet prints on A4 with the vocabulary in the chosen language and no page chrome', async ({ page }) => {
  await page.goto('/en/articles/xiaomi-2018?print=1');
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true })));
  const [width, height] = (await pdf.getPage(1)).view.slice(2);
  expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]); // A4 in points
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Vocabulary');
  expect(text).toContain('雷军');
  expect(text).toContain('léi jūn');
  expect(text).toContain('Lei Jun, founder');
  expect(text).toContain('xiǎo mǐ');
  for (const chrome of [
    'Hanzi Reader',
    'English',
    'CC-CEDICT',
    'Chinese terms',
    'Share and worksheet',
    'Back to the reader',
  ])
    expect(text).not.toContain(chrome);
});

test.describe('the worksheet header', () => {
  test.use({ deviceScaleFactor: 2 });

  test('has lines for name and date, and the link to the same view online with its QR code', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`${ARTICLE}?print=1&tones=pleco&size=s&level=3`);
    await expect(page.getByText('Name:', { exact: true })).toBeVisible();
    await expect(page.getByText('Datum:', { exact: true })).toBeVisible();
    const link = `${baseURL}${ARTICLE}?ruby=always&tones=pleco&size=s&theme=system&level=3&pinyin=marks&script=original`;
    await expect(page.getByText('Online lesen, mit jedem Wort erklärt:')).toContainText(link);
    expect(await decodeQr(page.getByRole('img', { name: 'QR-Code des Links' }))).toBe(link);
    const { text } = await extractText(
      await getDocumentProxy(new Uint8Array(await page.pdf({ preferCSSPageSize: true }))),
      { mergePages: true },
    );
    expect(text).toContain('Name:');
    expect(text).toContain('Datum:');
    expect(text.replace(/\s/g, '')).toContain(link);
  });

  test('is not on the screen of the reader, and its QR code is not fetched there', async ({ page }) => {
    const qrRequests: string[] = [];
    page.on('request', (request) => request.url().includes('/api/qr') && qrRequests.push(request.url()));
    await page.goto(ARTICLE);
    await expect(page.locator('article rt').first()).toBeVisible();
    await expect(page.getByText('Datum:', { exact: true })).toBeHidden();
    expect(qrRequests).toEqual([]);
  });
});

test('printed pinyin is at least 9 pt, even at the smallest text size', async ({ page }) => {
  await page.goto(`${ARTICLE}?print=1&size=s`);
  await page.emulateMedia({ media: 'print' });
  const sizes = await page
    .locator('article rt')
    .evaluateAll((rts) => rts.map((rt) => parseFloat(getComputedStyle(rt).fontSize)));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12); // 9 pt = 12 CSS px
});

test('printing the reader without ?print=1 gives the same worksheet', async ({ page }) => {
  await page.goto(ARTICLE);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await page.pdf())), { mergePages: true });
  expect(text).toContain('Vokabeln');
  expect(text).toContain('Lei Jun, Gründer');
  for (const chrome of ['Teilen und Arbeitsblatt', 'Chinesische Begriffe', 'CC-CEDICT'])
    expect(text).not.toContain(chrome);
});

test('the panel opens the worksheet view of the current link', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByText('Teilen und Arbeitsblatt').click();
  await page.getByLabel('Begriff hervorheben').selectOption('雷军');
  await page.getByRole('link', { name: 'Arbeitsblatt-Ansicht' }).click();
  await expect(page).toHaveURL(
    /\?ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original&term=%E9%9B%B7%E5%86%9B&print=1$/,
  );
  await expect(page.getByRole('table')).toBeVisible();
  // The focused term is marked on the worksheet, without a popover over the text.
  await expect(page.locator('article .term[data-term-id="雷军"]').first()).toHaveClass(/is-highlighted/);
  await expect(page.locator('.term-pop:visible')).toHaveCount(0);
});
