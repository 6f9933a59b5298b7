import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * "My texts": the browser that created a text (or opened its manage link) keeps the manage link
 * in a list at /{locale}/texts, with copy, QR code and remove.
 */

const SAVING = { timeout: 30_000 };

async function pasteText(page: Page, title: string): Promise<string> {
  await page.goto('/en/texts/new');
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByLabel('Text', { exact: true }).fill('华为的创始人任正非。');
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await expect(page).toHaveURL(/\/en\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  return page.url();
}

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a created text is listed under My texts with its manage link, which can be copied', async ({ page }) => {
    const textUrl = await pasteText(page, 'Huawei 1');
    const notice = page.getByRole('region', { name: 'Your link to manage this text' });
    const manageHref = await notice.getByRole('link', { name: /^Manage link/ }).getAttribute('href');
    await notice.getByRole('button', { name: 'Copy manage link' }).click();
    await expect(notice.getByRole('status')).toHaveText('Manage link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(manageHref!, textUrl).href);

    await notice.getByRole('link', { name: 'The link is also kept under “My texts” in this browser.' }).click();
    await expect(page).toHaveURL(/\/en\/texts$/);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Huawei 1' }) });
    await expect(item.getByRole('textbox', { name: 'Manage: Huawei 1' })).toHaveValue(
      new URL(manageHref!, textUrl).href,
    );
    await item.getByRole('button', { name: 'Copy manage link' }).click();
    await expect(item.getByRole('status')).toHaveText('Manage link copied.');
    await item.getByText('QR code of the manage link').click();
    await expect(item.getByRole('img', { name: 'QR code of the manage link of Huawei 1' })).toBeVisible();
    await item.getByRole('link', { name: 'Manage' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage text');
  });
});

test('removing a text from the list leaves the text; opening a manage link elsewhere lists it there', async ({
  page,
  browser,
}) => {
  const textUrl = await pasteText(page, 'Huawei 2');
  const manageHref = await page
    .getByRole('region', { name: 'Your link to manage this text' })
    .getByRole('link', { name: /^Manage link/ })
    .getAttribute('href');
  await page.goto('/en/texts');
  await expect(page.getByText('The manage link is the only key to edit or delete a text.')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await page.getByRole('button', { name: 'Remove Huawei 2 from the list' }).click();
  await expect(page.getByRole('heading', { name: 'Huawei 2' })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Huawei 2 was removed from the list.' })).toBeAttached();
  await page.goto(textUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Huawei 2');

  // Another browser that opens the manage link keeps it too.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(new URL(manageHref!, textUrl).href);
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Manage text');
  await otherPage.goto('/en/texts');
  await expect(otherPage.getByRole('heading', { name: 'Huawei 2' })).toBeVisible();
  await other.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says the list needs JavaScript', async ({ page }) => {
    await page.goto('/de/texts');
    await expect(page.getByText('Diese Liste liegt im Speicher deines Browsers und braucht JavaScript.')).toBeVisible();
  });
});
