import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spokenIn, stubSpeech } from './speech-stub';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

/** The reader by keyboard: one tab stop per mention, the popover's actions by arrow keys, shortcuts and their help. */

const ARTICLE = '/de/articles/xiaomi-2018';

/** The reader's keyboard handling is in place (it takes the popovers' actions out of the tab order when it starts). */
const readerReady = (page: Page) =>
  expect(page.locator(`article ${SELECTOR.play}`).first()).toHaveAttribute('tabindex', '-1');

/** The article, once its keyboard handling is in place: a key pressed before would go nowhere. */
async function openArticle(page: Page) {
  await page.goto(ARTICLE);
  await readerReady(page);
}
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const filterInput = (page: Page) =>
  page.getByRole('complementary', { name: 'Chinesische Begriffe' }).getByLabel('Begriffe filtern');

test('Tab goes from the first mention to the glossary filter in at most 25 steps, one per mention', async ({
  page,
}) => {
  await openArticle(page);
  const triggers = page.locator(`article ${SELECTOR.trigger}`);
  await triggers.first().focus();
  const filter = filterInput(page);
  let presses = 0;
  const reached: string[] = [await focusedId(page)];
  while (!(await filter.evaluate((el) => el === document.activeElement)) && presses < 200) {
    await page.keyboard.press('Tab');
    presses++;
    const id = await page.evaluate(() =>
      document.activeElement?.classList.contains('term-trigger') ? document.activeElement.id : '',
    );
    if (id) reached.push(id);
  }
  test.info().annotations.push({ type: 'tab presses', description: String(presses) });
  expect(presses).toBeLessThanOrEqual(25);
  // Every mention was on the way, in reading order, each once.
  expect(reached).toEqual(await triggers.evaluateAll((els) => els.map((el) => el.id)));
});

const leiJun = (page: Page) =>
  page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
const mentionsOfLeiJun = (page: Page) => page.locator('article .term[data-term-id="雷军"] > .term-trigger');

test("a popover's actions are reached with Enter and the arrow keys; Tab goes on to the next word", async ({
  page,
}) => {
  await stubSpeech(page, { chineseVoice: true }); // a popover short enough not to scroll
  await openArticle(page);
  const term = leiJun(page);
  const trigger = term.locator(SELECTOR.trigger);
  const pop = term.locator(SELECTOR.popover);
  await trigger.focus();
  await page.keyboard.press('Enter');
  await expect(pop.getByRole('button', { name: '雷军 anhören' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  const save = pop.getByRole('button', { name: '雷军 merken' });
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(pop.getByRole('link', { name: 'Im Glossar' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(pop.getByRole('link', { name: /Wörterbuch/ })).toBeFocused();
  await page.keyboard.press('ArrowRight'); // round to the first
  await expect(pop.getByRole('button', { name: '雷军 anhören' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(pop.getByRole('link', { name: /Wörterbuch/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(trigger).toBeFocused();
  // Down enters as Enter does; Tab leaves the popover for the next word.
  await page.keyboard.press('ArrowDown');
  await expect(pop.getByRole('button', { name: '雷军 anhören' })).toBeFocused();
  const ids = await page.locator(`article ${SELECTOR.trigger}`).evaluateAll((els) => els.map((el) => el.id));
  const own = await trigger.getAttribute('id');
  await page.keyboard.press('Tab');
  expect(await focusedId(page)).toBe(ids[ids.indexOf(own!) + 1]);
});

test('j and k move to the next and previous word and open it', async ({ page }) => {
  await openArticle(page);
  const triggers = page.locator(`article ${SELECTOR.trigger}`);
  await page.keyboard.press('j');
  await expect(triggers.nth(0)).toBeFocused();
  await page.keyboard.press('j');
  await expect(triggers.nth(1)).toBeFocused();
  await expect(page.locator(SELECTOR.documentTerm).nth(1).locator(SELECTOR.popover)).toBeVisible();
  await page.keyboard.press('k');
  await expect(triggers.nth(0)).toBeFocused();
  await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(1);
});

test('o opens the word closed with Escape and goes to its actions', async ({ page }) => {
  await stubSpeech(page, { chineseVoice: true }); // a popover short enough not to scroll
  await openArticle(page);
  const term = leiJun(page);
  await term.locator(SELECTOR.trigger).focus();
  await page.keyboard.press('Escape');
  await expect(term.locator(SELECTOR.popover)).toBeHidden();
  await page.keyboard.press('o');
  await expect(term.locator(SELECTOR.popover)).toBeVisible();
  await expect(term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 anhören' })).toBeFocused();
});

test('s saves the word and s again removes it', async ({ page }) => {
  await openArticle(page);
  const term = leiJun(page);
  await term.locator(SELECTOR.trigger).focus();
  const save = term.locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' });
  await page.keyboard.press('s');
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(save).toContainText('Gemerkt');
  await page.goto('/de/saved');
  await expect(page.getByRole('list', { name: 'Deine Wörter' }).getByRole('listitem')).toHaveCount(1);
  await openArticle(page);
  await leiJun(page).locator(SELECTOR.trigger).focus();
  await page.keyboard.press('s');
  await expect(save).toHaveAttribute('aria-pressed', 'false');
});

test('p says the word with a Chinese voice', async ({ page }) => {
  await stubSpeech(page, { chineseVoice: true });
  await openArticle(page);
  await leiJun(page).locator(SELECTOR.trigger).focus();
  await page.keyboard.press('p');
  await expect.poll(() => spokenIn(page)).toEqual(['雷军']);
});

test('n and Shift+N go to the next and previous mention of the same word, round the text', async ({ page }) => {
  await openArticle(page);
  const mentions = mentionsOfLeiJun(page);
  await expect(mentions).toHaveCount(4);
  await mentions.nth(0).focus();
  await page.keyboard.press('n');
  await expect(mentions.nth(1)).toBeFocused();
  await page.keyboard.press('n');
  await expect(mentions.nth(2)).toBeFocused();
  await page.keyboard.press('Shift+N');
  await expect(mentions.nth(1)).toBeFocused();
  await page.keyboard.press('Shift+N');
  await page.keyboard.press('Shift+N');
  await expect(mentions.nth(3)).toBeFocused();
  await expect(mentions.nth(3)).toBeInViewport();
});

test('r hides and shows the pinyin above the characters, as the toolbar does', async ({ page }) => {
  await openArticle(page);
  const rt = leiJun(page).locator('rt').first();
  await expect(rt).toBeVisible();
  await page.locator('body').press('r');
  await expect(rt).toBeHidden();
  await expect(page.getByLabel('Pinyin über den Zeichen')).toHaveValue('off');
  await expect(page).toHaveURL(/ruby=off/);
  await page.reload();
  await expect(rt).toBeHidden();
  await page.locator('body').press('r');
  await expect(rt).toBeVisible();
  await expect(page.getByLabel('Pinyin über den Zeichen')).toHaveValue('always');
});

test('? opens the list of shortcuts in a dialog that keeps focus; Escape closes it and focus goes back', async ({
  page,
}) => {
  await openArticle(page);
  const trigger = leiJun(page).locator(SELECTOR.trigger);
  await trigger.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Tastenkürzel im Reader' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Nächstes Vorkommen desselben Worts');
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  // Shortcuts rest while the help is open.
  await page.keyboard.press('j');
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  // Also by its button, for mouse and touch; closed by its own button.
  await page.getByRole('button', { name: 'Tastenkürzel' }).click();
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tastenkürzel' })).toBeFocused();
});

test('shortcuts never fire while typing in a field or with Ctrl, Alt or Meta', async ({ page }) => {
  await openArticle(page);
  const filter = filterInput(page);
  await filter.focus();
  await page.keyboard.type('jr?');
  await expect(filter).toHaveValue('jr?');
  await expect(filter).toBeFocused();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(leiJun(page).locator('rt').first()).toBeVisible();
  const trigger = leiJun(page).locator(SELECTOR.trigger);
  await trigger.focus();
  for (const key of ['Alt+j', 'Control+s', 'Meta+r']) await page.keyboard.press(key);
  await expect(trigger).toBeFocused();
  await expect(leiJun(page).locator('rt').first()).toBeVisible();
  await expect(leiJun(page).locator(SELECTOR.popover).getByRole('button', { name: '雷军 merken' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

test('axe finds nothing with a popover entered by keyboard', async ({ page }) => {
  await openArticle(page);
  await leiJun(page).locator(SELECTOR.trigger).focus();
  await page.keyboard.press('Enter');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a low screen', () => {
  test.use({ viewport: { width: 1280, height: 220 } });

  test('a popover that scrolls is entered first, scrolls with the arrow keys, then the sides lead to its actions', async ({
    page,
  }) => {
    await stubSpeech(page, { chineseVoice: false });
    await openArticle(page);
    const term = leiJun(page);
    await term.locator(SELECTOR.trigger).focus();
    const pop = term.locator(SELECTOR.popover);
    await expect(pop).not.toContainText('Wörterbuch wird geladen');
    await page.keyboard.press('Enter');
    await expect(pop).toBeFocused();
    expect(await pop.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => pop.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await expect(pop.getByRole('button', { name: '雷军 anhören' })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(term.locator(SELECTOR.trigger)).toBeFocused();
    // Closed, it is no tab stop.
    expect(await pop.evaluate((el) => el.tabIndex)).toBe(-1);
  });
});

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
