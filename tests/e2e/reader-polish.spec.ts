import { expect, test } from '@playwright/test';

/** Small things a reader notices: the saved state said in words, the photo caption, popover text, target sizes. */

const ARTICLE = '/de/articles/xiaomi-2018';

test('the save button says the word is saved, not only by its star', async ({ page }) => {
  await page.goto(ARTICLE);
  const term = page.locator('article .term[data-term-id="雷军"]').filter({ has: page.locator('.term-hanzi') }).first();
  await term.locator('.term-trigger').hover();
  const save = term.locator('.term-pop').getByRole('button', { name: '雷军 merken' });
  await expect(save).toHaveText('☆ Merken', { useInnerText: true });
  await save.click();
  await expect(save).toHaveText('★ Gemerkt', { useInnerText: true });
});

test('the photo caption is a caption, with no empty photo box', async ({ page }) => {
  await page.goto(ARTICLE);
  const figure = page.locator('article figure');
  await expect(figure.first().locator('figcaption')).toContainText('Firmengründer, CEO und President von Xiaomi Lei Jun.', { useInnerText: true });
  expect(await figure.first().evaluate((f) => f.getBoundingClientRect().height)).toBeLessThan(120);
  await expect(page.getByText('Foto', { exact: true })).toHaveCount(0);
});

test('a popover in the headline reads like every other popover', async ({ page }) => {
  await page.goto(ARTICLE);
  const inHeadline = page.locator('h1 .term').first();
  test.skip((await inHeadline.count()) === 0, 'no annotated word in the headline');
  await inHeadline.locator('.term-trigger').hover();
  expect(await inHeadline.locator('.term-pop').evaluate((p) => getComputedStyle(p).fontWeight)).toBe('400');
});

test('the step buttons of the glossary panel are at least 24 × 24 px', async ({ page }) => {
  await page.goto(ARTICLE);
  const sizes = await page.locator('.glossary-step').evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
  expect(sizes.length).toBeGreaterThan(0);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
});
