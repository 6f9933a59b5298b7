import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { SELECTOR } from '@/lib/reader/dom-contract';
import { expectFingerSizedControls } from '../support/target-sizes';

/**
 * A pasted Chinese text as its readers see it: on a phone in light and dark, on a wide screen, in
 * every UI language and theme (axe), and printed as a worksheet. The article has the same checks in
 * reader.spec.ts, reader-polish.spec.ts and share-previews.spec.ts.
 */

// Short, so that axe (which takes longer the more words the glossary panel lists) runs in seconds;
// two paragraphs, so that "the first paragraph" means something.
const BODY = '深圳市政府昨天召开新闻发布会。\n市长在会上表示，全市经济运行状况良好，银行将继续支持中小企业。';
const TITLE = '深圳经济运行状况';

let textId = '';
test.beforeAll(async ({ request }) => {
  const octet = () => Math.floor(Math.random() * 250);
  const created = await request.post('/api/texts', {
    data: { title: TITLE, text: BODY, locale: 'de' },
    headers: { 'x-forwarded-for': `198.18.${octet()}.${octet()}` },
  });
  expect(created.status()).toBe(201);
  textId = (await created.json()).id;
});

/** The relative luminance of the page's background (0 black … 1 white), whatever colour space CSS gives it in. */
const backgroundLuminance = (page: Page) =>
  page.locator('body').evaluate((body) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = getComputedStyle(body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...canvas.getImageData(0, 0, 1, 1).data]
      .slice(0, 3)
      .map((channel) => channel / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

const SCREENS = [
  { name: 'a 390 × 844 phone, light', viewport: { width: 390, height: 844 }, colorScheme: 'light', touch: true },
  { name: 'a 390 × 844 phone, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', touch: true },
  { name: 'a 1280 × 800 screen', viewport: { width: 1280, height: 800 }, colorScheme: 'light', touch: false },
] as const;

for (const { name, viewport, colorScheme, touch } of SCREENS) {
  test(`a pasted text on ${name}: title and text on the first screen, no photo box, finger-sized controls`, async ({
    browser,
  }, testInfo) => {
    const context = await browser.newContext({ viewport, colorScheme, hasTouch: touch, isMobile: touch });
    const page = await context.newPage();
    await page.goto(`/de/texts/${textId}`);
    // Its accessible name has each character's pinyin after it: found by its level.
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toContainText(/深.*圳.*状.*况/);
    const headlineBox = (await headline.boundingBox())!;
    expect(headlineBox.y).toBeGreaterThanOrEqual(0);
    expect(headlineBox.y + headlineBox.height).toBeLessThanOrEqual(viewport.height);
    const paragraph = (await page.locator('article p').first().boundingBox())!;
    expect(paragraph.y + 40).toBeLessThanOrEqual(viewport.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expect(page.getByText('Foto', { exact: true })).toHaveCount(0);
    const luminance = await backgroundLuminance(page);
    if (colorScheme === 'dark') expect(luminance).toBeLessThan(0.05);
    else expect(luminance).toBeGreaterThan(0.9);
    await testInfo.attach(`first screen on ${name}`, { body: await page.screenshot(), contentType: 'image/png' });

    if (touch) {
      // Settings and the teacher's panel fold away on a phone: open both, and a popover, then measure.
      await page.getByText('Leseeinstellungen', { exact: true }).tap();
      await page.getByText('Teilen und Arbeitsblatt', { exact: true }).tap();
      await page.locator(`article ${SELECTOR.trigger}`).first().tap();
      await expect(page.locator(`article ${SELECTOR.popover}:visible`)).toHaveCount(1);
      await expectFingerSizedControls(page, { controls: 20, main: 11 });
    } else {
      await expect(page.getByLabel('Pinyin über den Zeichen')).toBeVisible();
    }
    await context.close();
  });
}

for (const locale of ['de', 'en', 'zh']) {
  test(`axe finds nothing on a pasted text in ${locale}, light and dark`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto(`/${locale}/texts/${textId}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/深.*圳.*状.*况/);
    const light = await new AxeBuilder({ page }).analyze();
    expect(light.violations.map((v) => v.id)).toEqual([]);
    // A theme changes colours only: in the dark, the rules about colour.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block']).analyze();
    expect(dark.passes.map((rule) => rule.id)).toContain('color-contrast');
    expect(dark.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a pasted text prints as a worksheet: name and date, its vocabulary with pinyin, no page chrome', async ({
  page,
}, testInfo) => {
  await page.goto(`/de/texts/${textId}?print=1`);
  const pdfBytes = await page.pdf({ preferCSSPageSize: true });
  await testInfo.attach('worksheet', { body: pdfBytes, contentType: 'application/pdf' });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdfBytes)), { mergePages: true });
  // The title's characters come each with its pinyin, as on the screen.
  for (const expected of ['状', 'zhuàng', 'Name:', 'Datum:', 'Vokabeln', '深圳', 'shēn zhèn'])
    expect(text).toContain(expected);
  for (const chrome of ['Hanzi Reader', 'Teilen und Arbeitsblatt', 'Chinesische Begriffe', 'Leseeinstellungen'])
    expect(text).not.toContain(chrome);
  await page.emulateMedia({ media: 'print' });
  const pinyinSizes = await page
    .locator('article rt')
    .evaluateAll((rts) => rts.map((rt) => parseFloat(getComputedStyle(rt).fontSize)));
  expect(pinyinSizes.length).toBeGreaterThan(0);
  expect(Math.min(...pinyinSizes)).toBeGreaterThanOrEqual(12); // 9 pt
});
