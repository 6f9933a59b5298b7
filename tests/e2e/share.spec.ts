import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeQr } from '../support/qr';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

const ARTICLE = '/de/articles/xiaomi-2018';
const LEI_JUN = '%E9%9B%B7%E5%86%9B'; // 雷军

const firstMention = (page: Page, id: string) => page.locator(`article ${termWithId(id)}`).first();
/** The color of the first-tone syllable jūn in 雷军's popover pinyin (hidden or not, its color is set). */
const toneColor = (page: Page) =>
  page
    .locator('article .term[data-term-id="雷军"] .term-pop-pinyin .tone-1')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
const textSize = (page: Page) => page.locator('article').evaluate((el) => getComputedStyle(el).fontSize);
const pageBackground = (page: Page) => page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);

async function openPanel(page: Page) {
  await page.goto(ARTICLE);
  await page.getByText('Teilen und Arbeitsblatt').click();
  const link = page.getByLabel('Link zu dieser Ansicht');
  await expect(link).toBeVisible();
  return link;
}

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a copied link opens the same view, with the focused term open, in a new browser', async ({ page, browser }) => {
    await page.goto(ARTICLE);
    const defaults = { tone: await toneColor(page), size: await textSize(page) };
    await page.getByLabel('Pinyin über den Zeichen').selectOption('off');
    await page.getByLabel('Tonfarben').selectOption('pleco');
    await page.getByLabel('Schriftgröße').selectOption('l');
    await page.getByLabel('Darstellung').selectOption('dark');
    const chosen = { tone: await toneColor(page), size: await textSize(page) };
    expect(chosen.tone).not.toBe(defaults.tone);
    expect(chosen.size).not.toBe(defaults.size);
    await page.getByText('Teilen und Arbeitsblatt').click();
    await page.getByLabel('Begriff hervorheben').selectOption('雷军');
    await page.getByRole('button', { name: 'Link kopieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link kopiert.' })).toBeVisible();

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByLabel('Link zu dieser Ansicht').inputValue());
    expect(new URL(copied).pathname).toBe(ARTICLE);
    expect(new URL(copied).search).toBe(
      `?ruby=off&tones=pleco&size=l&theme=dark&level=off&pinyin=marks&script=original&term=${LEI_JUN}`,
    );

    const student = await browser.newContext();
    const other = await student.newPage();
    await other.goto(copied);
    // What the student sees: no pinyin above the hanzi, the teacher's tone colors and font size.
    await expect(other.locator(`article ${SELECTOR.hanzi}`).first()).toBeVisible();
    await expect(other.locator('article rt:visible')).toHaveCount(0);
    await expect.poll(() => toneColor(other)).toBe(chosen.tone);
    await expect(other.locator('article')).toHaveCSS('font-size', chosen.size);
    await expect(other.locator('html')).toHaveClass(/\bdark\b/);
    await expect(other.getByLabel('Tonfarben')).toHaveValue('pleco');
    const mention = firstMention(other, '雷军');
    await expect(mention).toHaveClass(/is-highlighted/);
    await expect(mention.locator(SELECTOR.popover)).toBeVisible();
    await expect(mention.locator(SELECTOR.popover)).toContainText('léi jūn');
    await expect(mention.locator(SELECTOR.trigger)).toBeFocused();
    await expect(mention.locator(SELECTOR.trigger)).toHaveAttribute('aria-expanded', 'true');
    await expect(mention).toBeInViewport();
    await student.close();
  });
});

test("a locale-neutral link opens in the student's language, keeping settings and term", async ({ page, browser }) => {
  const field = await openPanel(page);
  await page.getByLabel('Begriff hervorheben').selectOption('雷军');
  await page.getByLabel('Sprache der Lernenden entscheiden lassen').check();
  const link = await field.inputValue();
  expect(new URL(link).pathname).toBe('/articles/xiaomi-2018');

  const student = await browser.newContext({ locale: 'en-US' });
  const other = await student.newPage();
  await other.goto(link);
  await expect(other).toHaveURL(
    `/en/articles/xiaomi-2018?ruby=always&tones=standard&size=m&theme=system&level=off&pinyin=marks&script=original&term=${LEI_JUN}${new URL(link).hash}`,
  );
  await expect(firstMention(other, '雷军').locator(SELECTOR.popover)).toContainText('founder');
  await student.close();
});

test.describe('QR code', () => {
  test.use({ deviceScaleFactor: 2 });

  test('decodes to the link shown, and follows changes to it', async ({ page }) => {
    const field = await openPanel(page);
    const qr = page.getByRole('img', { name: 'QR-Code des Links' });
    expect(await decodeQr(qr)).toBe(await field.inputValue());

    await page.getByLabel('Begriff hervorheben').selectOption('小米');
    await page.getByLabel('Sprache der Lernenden entscheiden lassen').check();
    const link = await field.inputValue();
    expect(link).toContain('/articles/xiaomi-2018?');
    expect(link).toContain('term=%E5%B0%8F%E7%B1%B3');
    await expect.poll(() => decodeQr(qr)).toBe(link);
    await expect(page.getByRole('link', { name: /QR-Code groß öffnen/ })).toHaveAttribute(
      'href',
      `/api/qr?url=${encodeURIComponent(link)}`,
    );
  });
});

test('the QR endpoint encodes links to this site only, with JSON errors', async ({ request, baseURL }) => {
  const ok = await request.get(`/api/qr?url=${encodeURIComponent(`${baseURL}${ARTICLE}?ruby=off`)}`);
  expect(ok.status()).toBe(200);
  expect(ok.headers()['content-type']).toContain('image/svg+xml');
  expect(await ok.text()).toMatch(/^<svg /);
  const foreign = await request.get(`/api/qr?url=${encodeURIComponent('https://evil.example/')}`);
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({
    error: { code: 'foreign_url', message: 'Only links to this site are encoded.' },
  });
  const missing = await request.get('/api/qr');
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.code).toBe('missing_url');
  const post = await request.post('/api/qr', { data: {} });
  expect(post.status()).toBe(405);
});

test('when copying fails, the link is left selected with a hint', async ({ page }) => {
  // A browser without clipboard access (an insecure context, a refused permission).
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  const field = await openPanel(page);
  await page.getByRole('button', { name: 'Link kopieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kopieren war nicht möglich' })).toBeVisible();
  const selected = await field.evaluate((input: HTMLInputElement) =>
    input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
  );
  expect(selected).toBe(await field.inputValue());
});

test('the native share sheet is offered where the browser has one', async ({ page }) => {
  await openPanel(page);
  // Chromium on Linux has no share sheet: no button.
  await expect(page.getByRole('button', { name: 'Teilen …' })).toHaveCount(0);

  // Where navigator.share exists (phones, Windows, macOS) it gets the link. Recorded, since Linux has no sheet to open.
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  const field = await openPanel(page);
  await page.getByRole('button', { name: 'Teilen …' }).click();
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ title: await page.title(), url: await field.inputValue() }]);
});

test('unknown and malformed parameters are ignored', async ({ page }) => {
  for (const query of [
    '?term=%E9%9B&ruby=bogus&size=xxl&print=yes&x=%3Cscript%3E',
    '?term=%E4%B8%8D%E5%AD%98%E5%9C%A8',
    '?term=' + 'a'.repeat(500),
  ]) {
    const response = await page.goto(`${ARTICLE}${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Xiaomi');
    await expect(page.locator('article .term-hanzi rt').first()).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-print', /.*/);
    await expect(page.locator(SELECTOR.highlighted)).toHaveCount(0);
    await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(0);
  }
});

test('the page with the open share panel has no accessibility violations', async ({ page }) => {
  await openPanel(page);
  await page.getByLabel('Begriff hervorheben').selectOption('雷军');
  await expect(page.getByRole('img', { name: 'QR-Code des Links' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the panel works by keyboard', async ({ page }) => {
  await page.goto(ARTICLE);
  const summary = page.getByText('Teilen und Arbeitsblatt');
  await summary.focus();
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Link zu dieser Ansicht');
  await expect(field).toBeVisible();
  await page.getByLabel('Sprache der Lernenden entscheiden lassen').focus();
  await page.keyboard.press('Space');
  await expect(field).toHaveValue(/\/articles\/xiaomi-2018\?/);
  await expect(field).not.toHaveValue(/\/de\/articles/);
});

test("a teacher's link shows the same view without JavaScript: settings, and the focused term open where the page opens", async ({
  page,
  browser,
}) => {
  await page.goto(ARTICLE);
  const standardColor = await toneColor(page);
  const lightBackground = await pageBackground(page);
  await page.getByLabel('Darstellung').selectOption('dark');
  await page.getByLabel('Tonfarben').selectOption('pleco');
  await page.getByLabel('Schriftgröße').selectOption('l');
  await page.getByLabel('Pinyin über den Zeichen').selectOption('off');
  await page.getByText('Teilen und Arbeitsblatt').click();
  await page.getByLabel('Begriff hervorheben').selectOption('雷军');
  const link = await page.getByLabel('Link zu dieser Ansicht').inputValue();
  expect(link).toMatch(/&term=%E9%9B%B7%E5%86%9B#mention-\d+$/);
  const teacher = { color: await toneColor(page), size: await textSize(page), background: await pageBackground(page) };
  expect(teacher.color).not.toBe(standardColor);
  expect(teacher.background).not.toBe(lightBackground);

  const context = await browser.newContext({ javaScriptEnabled: false });
  const student = await context.newPage();
  await student.goto(link);
  expect(await toneColor(student)).toBe(teacher.color);
  expect(await textSize(student)).toBe(teacher.size);
  expect(await pageBackground(student)).toBe(teacher.background);
  await expect(student.locator('article rt').first()).toBeHidden();
  const focused = firstMention(student, '雷军');
  await expect(focused.locator(SELECTOR.popover)).toBeVisible();
  await expect(focused.locator(SELECTOR.popover)).toContainText('léi jūn');
  await expect(focused.locator(SELECTOR.trigger)).toBeInViewport();
  await context.close();
});
test("a link's light theme wins over a dark system without JavaScript, and a dark one over a light system", async ({
  page,
  browser,
}) => {
  await page.goto(ARTICLE);
  const light = await pageBackground(page);
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const student = await context.newPage();
  await student.goto(ARTICLE);
  const dark = await pageBackground(student);
  expect(dark).not.toBe(light);
  await student.goto(`${ARTICLE}?theme=light`);
  expect(await pageBackground(student)).toBe(light);
  await student.emulateMedia({ colorScheme: 'light' });
  await student.goto(`${ARTICLE}?theme=dark`);
  expect(await pageBackground(student)).toBe(dark);
  await context.close();
});
