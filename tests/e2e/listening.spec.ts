import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spokenIn, stubSpeech } from './speech-stub';

/** Listening cards where the browser has a Chinese voice; where it has none, the reader and the review page say how to get one. */

const ARTICLE = '/de/articles/xiaomi-2018';
const WINDOWS =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

async function saveLeiJun(page: Page) {
  await page.goto('/de/glossary');
  const save = page.locator('.glossary-entry[data-term-id="雷军"]').getByRole('button', { name: '雷军 merken' });
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
}

test('with a Chinese voice a saved word gets a listening card: it is spoken, and the answer names it', async ({
  page,
}) => {
  await stubSpeech(page, { chineseVoice: true });
  await saveLeiJun(page);
  await expect(page.getByRole('link', { name: /Wiederholen.*3 fällig/ })).toBeVisible();
  await page.goto('/de/review');
  await expect(page.getByRole('heading', { name: '3 Karten fällig' })).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
  }
  await expect(page.getByText('Hör zu: Welches Wort ist das, und was bedeutet es?')).toBeVisible();
  await expect(page.locator('[data-card-kind="listen"]')).not.toContainText('雷军');
  // Spoken when it comes up (after the key press), and again on demand by button or P.
  await expect.poll(() => spokenIn(page)).toEqual(['雷军']);
  await page.getByRole('button', { name: /Noch einmal anhören/ }).click();
  await page.keyboard.press('p');
  await expect.poll(() => spokenIn(page)).toEqual(['雷军', '雷军', '雷军']);
  await page.getByRole('button', { name: /Antwort zeigen/ }).click();
  await expect(page.locator('.review-answer')).toContainText('雷军');
  await expect(page.locator('.review-answer')).toContainText('léi jūn');
  await expect(page.getByText(/Hörkarten .* sobald/)).toHaveCount(0);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('3');
  await expect(page.getByText(/Für jetzt ist alles wiederholt/)).toBeVisible();
});

test('without a Chinese voice there is no listening card, and the review page says how to get a voice on this system', async ({
  browser,
}) => {
  const context = await browser.newContext({ userAgent: WINDOWS });
  const page = await context.newPage();
  await stubSpeech(page, { chineseVoice: false });
  await saveLeiJun(page);
  await expect(page.getByRole('link', { name: /Wiederholen.*2 fällig/ })).toBeVisible();
  await page.goto('/de/review');
  await expect(page.getByRole('heading', { name: '2 Karten fällig' })).toBeVisible();
  for (let i = 0; i < 2; i++) {
    await expect(page.locator('[data-card-kind="listen"]')).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
  }
  await expect(page.getByText(/Für jetzt ist alles wiederholt/)).toBeVisible();
  const help = page.locator('#review-voice-help');
  await expect(
    page.getByText('Hörkarten (ein Wort hören und erkennen) gibt es, sobald dein Browser eine chinesische Stimme hat.'),
  ).toBeVisible();
  await expect(help).toContainText('Keine chinesische Stimme (zh-CN)');
  // A Windows browser: its instructions, not the others'.
  await expect(help.locator('[data-os="windows"]')).toBeVisible();
  await expect(help.locator('[data-os="windows"]')).toContainText('Chinesisch (vereinfacht, China)');
  await expect(help.locator('[data-os="linux"]')).toBeHidden();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  await context.close();
});

test.describe('on an iPhone without a Chinese voice', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, userAgent: IPHONE });

  test("the word's popover says inline why it cannot speak and leads to how to get a voice on iOS", async ({
    page,
  }) => {
    await stubSpeech(page, { chineseVoice: false });
    await page.goto(ARTICLE);
    const term = page.locator('article .term[data-term-id="雷军"]').filter({ has: page.locator('.term-hanzi') });
    await term.locator('.term-trigger').tap();
    const pop = term.locator('.term-pop');
    await expect(pop.getByRole('button', { name: '雷军 anhören' })).toHaveAttribute('aria-disabled', 'true');
    await expect(
      pop.getByText('Keine chinesische Stimme (zh-CN) in diesem Browser oder System verfügbar.'),
    ).toBeVisible();
    // Inside the screen still.
    const box = (await pop.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // The next word's popover carries it too.
    const xiaomi = page.locator('article .term[data-term-id="小米"]').first();
    await xiaomi.locator('.term-trigger').tap();
    await expect(xiaomi.locator('.term-pop').getByText('Keine chinesische Stimme (zh-CN)')).toBeVisible();
    await xiaomi.locator('.term-pop').getByRole('link', { name: 'So bekommst du eine' }).tap();
    const help = page.locator('#voice-help');
    await expect(help).toBeFocused();
    await expect(help).toBeInViewport();
    await expect(help.locator('[data-os="ios"]')).toHaveText(
      'iPhone und iPad: Einstellungen → Bedienungshilfen → Gesprochene Inhalte → Stimmen → Chinesisch → eine Stimme laden.',
    );
    await expect(help.locator('[data-os="linux"]')).toBeHidden();
    await expect(page.locator('.term-pop:visible')).toHaveCount(0);
  });

  test('in English and Chinese too', async ({ page }) => {
    await stubSpeech(page, { chineseVoice: false });
    for (const [locale, text] of [
      ['en', 'Settings → Accessibility → Spoken Content → Voices → Chinese → download a voice.'],
      ['zh', '设置 → 辅助功能 → 朗读内容 → 声音 → 中文 → 下载一个声音。'],
    ]) {
      await page.goto(`/${locale}/articles/xiaomi-2018`);
      await expect(page.locator('#voice-help [data-os="ios"]')).toContainText(text!);
    }
  });
});

test('with a Chinese voice the popover shows no voice help', async ({ page }) => {
  await stubSpeech(page, { chineseVoice: true });
  await page.goto(ARTICLE);
  const term = page.locator('article .term[data-term-id="雷军"]').filter({ has: page.locator('.term-hanzi') });
  await term.locator('.term-trigger').hover();
  await expect(term.locator('.term-pop').getByRole('button', { name: '雷军 anhören' })).not.toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(term.locator('.term-pop')).toBeVisible();
  await expect(page.locator('#play-unavailable')).toBeHidden();
  await expect(page.locator('#voice-help')).toBeHidden();
});
