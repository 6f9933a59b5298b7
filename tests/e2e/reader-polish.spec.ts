import { expect, test } from '@playwright/test';
import { expectFingerSizedControls } from '../support/target-sizes';
import { textContrasts } from './text-contrast';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

/** Small things a reader notices: the saved state said in words, the photo caption, popover text, target sizes. */

const ARTICLE = '/de/articles/xiaomi-2018';

test('the save button says the word is saved, not only by its star', async ({ page }) => {
  await page.goto(ARTICLE);
  const term = page
    .locator(`article ${termWithId('雷军')}`)
    .filter({ has: page.locator(SELECTOR.hanzi) })
    .first();
  await term.locator(SELECTOR.trigger).hover();
  const save = term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' });
  await expect(save).toHaveText('☆ Merken', { useInnerText: true });
  await save.click();
  await expect(save).toHaveText('★ Gemerkt', { useInnerText: true });
});

test('the photo caption is a caption, with no empty photo box', async ({ page }) => {
  await page.goto(ARTICLE);
  const figure = page.locator('article figure');
  await expect(figure.first().locator('figcaption')).toContainText(
    'Firmengründer, CEO und President von Xiaomi Lei Jun.',
    { useInnerText: true },
  );
  expect(await figure.first().evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(120);
  await expect(page.getByText('Foto', { exact: true })).toHaveCount(0);
});

test('a popover in the headline reads like every other popover', async ({ page }) => {
  await page.goto(ARTICLE);
  const inHeadline = page.locator('h1 .term').first();
  test.skip((await inHeadline.count()) === 0, 'no annotated word in the headline');
  await inHeadline.locator(SELECTOR.trigger).hover();
  expect(await inHeadline.locator(SELECTOR.popover).evaluate((p) => getComputedStyle(p).fontWeight)).toBe('400');
});

test('the step buttons of the glossary panel are at least 24 × 24 px', async ({ page }) => {
  await page.goto(ARTICLE);
  const sizes = await page
    .locator('.glossary-step')
    .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the headline and the first paragraph are on the first screen, settings one tap away (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(ARTICLE);
      const headline = (await page.locator('article h1').boundingBox())!;
      const lead = (await page.locator('article p').first().boundingBox())!;
      expect(headline.y).toBeGreaterThan(0);
      expect(lead.y + 20).toBeLessThanOrEqual(844);
      const ruby = page.getByLabel('Pinyin über den Zeichen');
      await expect(ruby).toBeHidden();
      await page.getByText('Leseeinstellungen', { exact: true }).tap();
      await ruby.selectOption('off');
      await expect(page.locator('article rt').first()).toBeHidden();
    });
  }

  test("every control is at least 24 × 24 px, the reader's main ones 44 px high for a finger", async ({ page }) => {
    await page.goto(ARTICLE);
    await page.getByText('Leseeinstellungen', { exact: true }).tap();
    await page.getByText('Teilen und Arbeitsblatt', { exact: true }).tap();
    await page.locator(`article ${SELECTOR.trigger}`).nth(3).tap();
    await expectFingerSizedControls(page, { controls: 21, main: 11 });
  });

  test('the glossary filter says what it takes in full, not in a cut-off placeholder', async ({ page }) => {
    await page.goto(ARTICLE);
    const filter = page.getByLabel('Begriffe filtern');
    await expect(filter).toHaveAccessibleDescription('Hanzi, Pinyin (mit oder ohne Tonangabe) oder Bedeutung');
    const placeholderFits = await filter.evaluate((input: HTMLInputElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(input).font;
      probe.textContent = input.placeholder;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width <= input.clientWidth - 16;
    });
    expect(placeholderFits).toBe(true);
  });
});

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the reading settings are all shown, with no extra click', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page.getByLabel('Pinyin über den Zeichen')).toBeVisible();
    await expect(page.getByText('Leseeinstellungen', { exact: true })).toBeHidden();
  });
});

test('switching the interface language keeps the paragraph being read where it was on the screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE);
  // Found by its text: the English page has a note of its own ("the article is in German") above it.
  const paragraph = page.locator('article p').filter({ hasText: 'wieder zum Angriff: Das Unternehmen lieferte' });
  await paragraph.evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - 150));
  const before = (await paragraph.boundingBox())!.y;
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
  // The page has drawn the scrolled state (the position is read once per frame).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The switch is at the top: the page scrolls up to it before the click, as for a person.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/articles\/xiaomi-2018/);
  await expect(page.getByRole('heading', { name: 'Chinese terms' })).toBeVisible();
  await expect.poll(async () => Math.abs((await paragraph.boundingBox())!.y - before)).toBeLessThanOrEqual(2);
});

test('after going to another page and back in the app, the language switch keeps the paragraph being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(ARTICLE);
  // Read further down first, so the page's paragraphs are the ones the position knows.
  await page.evaluate(() => window.scrollBy(0, 1500));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Home and back through the app's links: the page is rendered anew without loading the document.
  await page.getByRole('link', { name: /Startseite/ }).click();
  await expect(page).toHaveURL(/\/de$/);
  await page
    .getByRole('link', { name: /Xiaomi/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/de\/articles\/xiaomi-2018$/);
  const paragraph = page.locator('article p').filter({ hasText: 'wieder zum Angriff: Das Unternehmen lieferte' });
  await paragraph.evaluate((p) => window.scrollBy(0, p.getBoundingClientRect().top - 150));
  const before = (await paragraph.boundingBox())!.y;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/articles\/xiaomi-2018/);
  await expect(page.getByRole('heading', { name: 'Chinese terms' })).toBeVisible();
  await expect.poll(async () => Math.abs((await paragraph.boundingBox())!.y - before)).toBeLessThanOrEqual(2);
});

test.describe('dark mode on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme: 'dark' });

  test('an open popover has an edge that stands out from the page (≥ 3:1)', async ({ page }) => {
    await page.goto(ARTICLE);
    const term = page
      .locator(`article ${termWithId('雷军')}`)
      .filter({ has: page.locator(SELECTOR.hanzi) })
      .first();
    await term.locator(SELECTOR.trigger).tap();
    await expect(term.locator(SELECTOR.popover)).toBeVisible();
    const [edge] = await textContrasts(page, `article ${SELECTOR.popover}`, 'border');
    expect(edge!.ratio).toBeGreaterThanOrEqual(3);
  });
});
