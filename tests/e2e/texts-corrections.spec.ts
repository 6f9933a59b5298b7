import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';

/**
 * Has 还钱 (twice: 他还钱不够用 means "he still has too little money", hái; 还钱的事 is paying
 * back, huán), 还小, 他还, 每个月都会公开 and 银行将. The engine already cuts 都会 here into 都 + 会
 * and reads 银行 as one word, so the split is shown on 行将结束 and the join on 小 + 明.
 */
const PARAGRAPH = '小明还小，他还钱不够用，每个月都会公开账目。还钱的事以后再说。银行将提高利率。这个项目行将结束。';
const SAVING = { timeout: 30_000 };

test.describe.configure({ timeout: 120_000 });

const randomClient = () => `203.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': randomClient() });
});

/** Pastes the paragraph in the form and follows the manage link the text's page offers. */
async function pasteAndManage(page: Page): Promise<{ id: string; managePath: string }> {
  await page.goto('/en/texts/new');
  await page.getByLabel('Text', { exact: true }).fill(PARAGRAPH);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await expect(page).toHaveURL(/\/en\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  const id = new URL(page.url()).pathname.split('/')[3]!;
  await page
    .getByRole('region', { name: 'Your link to manage this text' })
    .getByRole('link', { name: /^Manage link/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage text');
  const url = new URL(page.url());
  return { id, managePath: `${url.pathname}${url.search}` };
}

const words = (page: Page) => page.locator('#manage-words > div[lang] a');
/** The `nth` word written `text` on the manage page. */
const word = (page: Page, text: string, nth = 0) =>
  words(page)
    .filter({ has: page.locator(`xpath=./ruby[starts-with(normalize-space(text()), "${text}")]`) })
    .filter({ hasText: new RegExp(`^${text}[a-zü]`) })
    .nth(nth);
const editor = (page: Page) => page.locator('#word-editor');
const status = (page: Page) => page.getByRole('status');

/** The readings of the words written `text` on the text's page, in order. */
async function readingsOf(page: Page, text: string): Promise<string[]> {
  return page.locator(`main .term[data-term-id="${text}"] rt`).allTextContents();
}

async function openWord(page: Page, text: string, nth = 0) {
  await word(page, text, nth).click();
  await expect(editor(page)).toBeVisible();
}

async function correctAll(page: Page) {
  // 还 in 他还钱不够用 only: "still", not "pay back".
  await openWord(page, '还', 1);
  await expect(editor(page).getByRole('heading', { level: 3 })).toHaveText('Correct 还 (huán)');
  await editor(page).getByRole('radio', { name: /^hái/ }).check();
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);

  await openWord(page, '行将结束');
  await editor(page).getByLabel('Split into').selectOption({ label: '行将 | 结束' });
  await editor(page).getByRole('button', { name: 'Split word' }).click();
  await expect(status(page)).toHaveText('The word was split.', SAVING);

  await openWord(page, '小', 0);
  await editor(page).getByRole('button', { name: 'Join 小 with 明' }).click();
  await expect(status(page)).toHaveText('The words were joined.', SAVING);

  await openWord(page, '账目');
  await editor(page).getByLabel('Meaning (English)').fill('the accounts (of the class)');
  await editor(page).getByRole('radio', { name: 'Every occurrence in the text' }).check();
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);
}

async function expectCorrectedForAFreshReader(browser: Browser, baseURL: string, id: string) {
  const fresh = await browser.newContext({ baseURL });
  try {
    const reader = await fresh.newPage();
    await reader.goto(`/en/texts/${id}`);
    expect(await readingsOf(reader, '还')).toEqual(['hái', 'hái', 'huán']);
    expect(await readingsOf(reader, '小明')).toEqual(['xiǎo', 'míng']);
    expect(await readingsOf(reader, '行将')).toEqual(['xíng', 'jiāng']);
    expect(await readingsOf(reader, '结束')).toEqual(['jié', 'shù']);
    await expect(reader.locator('main .term[data-term-id="行将结束"]')).toHaveCount(0);
    await expect(reader.locator('[id="glossary-desc-账目"] .glossary-meaning')).toHaveText(
      'the accounts (of the class)',
    );
  } finally {
    await fresh.close();
  }
}

test('a teacher corrects one 还, splits, joins and gives a meaning; a fresh browser sees all four', async ({
  page,
  browser,
  baseURL,
}) => {
  const { id } = await pasteAndManage(page);
  // The engine's reading first: both 还 before 钱 read huán.
  expect(await words(page).allTextContents()).toContain('还huán');
  await correctAll(page);
  // The other 还 keep their readings: 还小 hái, 还钱的事 huán.
  await expect(word(page, '还', 0)).toHaveText('还hái');
  await expect(word(page, '还', 1)).toHaveText('还hái');
  await expect(word(page, '还', 2)).toHaveText('还huán');
  await expectCorrectedForAFreshReader(browser, baseURL!, id);
});

test('editing the text keeps the corrections of untouched sentences and lists the others; undo brings them back', async ({
  page,
}) => {
  await pasteAndManage(page);
  await correctAll(page);
  const body = page.getByLabel('Text', { exact: true });
  await body.fill(`新的一句。${PARAGRAPH.replace('这个项目', '这个计划')}`);
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(status(page)).toHaveText('The text was saved.', SAVING);
  // 还 (hái) in the unchanged first sentence, 小明 and 账目's meaning stay; the split of 行将结束 is gone and listed.
  await expect(word(page, '新')).toBeVisible();
  await expect(word(page, '还', 1)).toHaveText('还hái');
  await expect(word(page, '小明')).toHaveText('小明xiǎo míng');
  await expect(word(page, '行将结束')).toBeVisible();
  const lost = page.getByRole('region', { name: 'Corrections that no longer apply' });
  await expect(lost.getByRole('listitem')).toHaveText(['行将结束 → 行将 | 结束 (split)']);

  await page.getByRole('button', { name: 'Undo the last change' }).click();
  await expect(status(page)).toHaveText('The last change was undone.', SAVING);
  await expect(word(page, '新')).toHaveCount(0);
  await expect(word(page, '行将')).toHaveText('行将xíng jiāng');
  await expect(body).toHaveValue(PARAGRAPH);
});

test('two tabs: corrections of different words are both kept; a stale text edit is refused and keeps what was typed', async ({
  page,
  context,
}) => {
  const { managePath } = await pasteAndManage(page);
  const second = await context.newPage();
  await second.goto(managePath);
  await openWord(page, '还', 1);
  await openWord(second, '账目');

  await editor(page).getByRole('radio', { name: /^hái/ }).check();
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);

  // The second tab still shows the version before: its correction of another word is saved as well.
  await editor(second).getByLabel('Meaning (English)').fill('accounts');
  await editor(second).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(second)).toHaveText('The correction was saved.', SAVING);
  await expect(word(second, '还', 1)).toHaveText('还hái');

  // Now both tabs edit the text; the one saving second was opened on an older version.
  await page.reload();
  const typed = `${PARAGRAPH}老师说：好。`;
  await second.getByLabel('Text', { exact: true }).fill(`${PARAGRAPH}这是第二个标签页。`);
  await page.getByLabel('Text', { exact: true }).fill(typed);
  await page.getByRole('button', { name: 'Save text' }).click();
  await expect(status(page)).toHaveText('The text was saved.', SAVING);
  await second.getByRole('button', { name: 'Save text' }).click();
  await expect(second.locator('form p[role="alert"]')).toContainText(
    'The text was changed in another tab or window',
    SAVING,
  );
  await expect(second.getByLabel('Text', { exact: true })).toHaveValue(`${PARAGRAPH}这是第二个标签页。`);
  await page.reload();
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(typed);
});

test('bad input gets a message in the editor and keeps what was typed', async ({ page }) => {
  await pasteAndManage(page);
  await openWord(page, '还', 1);
  const reading = editor(page).getByLabel('Or type the reading');
  await reading.fill('hai2 qian2');
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(reading).toHaveAttribute('aria-invalid', 'true', SAVING);
  await expect(reading).toHaveValue('hai2 qian2');
  await expect(reading).toBeFocused();
  // Toneless, the dictionary has one reading written "huan": accepted.
  await reading.fill('hai');
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);
  await expect(word(page, '还', 1)).toHaveText('还hái');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each word links to its editor, and the forms save', async ({ page }) => {
    await pasteAndManage(page);
    await openWord(page, '行将结束');
    await editor(page).getByLabel('Split into').selectOption({ label: '行将 | 结束' });
    await editor(page).getByRole('button', { name: 'Split word' }).click();
    await expect(status(page)).toHaveText('The word was split.', SAVING);
    await openWord(page, '还', 1);
    await editor(page).getByLabel('Or type the reading').fill('hái');
    await editor(page).getByRole('button', { name: 'Save correction' }).click();
    await expect(status(page)).toHaveText('The correction was saved.', SAVING);
    await expect(word(page, '还', 1)).toHaveText('还hái');
    await expect(word(page, '行将')).toHaveText('行将xíng jiāng');
  });
});

test('the manage page with a word editor open: keyboard, axe, and a 360 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await pasteAndManage(page);
  await word(page, '账目').focus();
  await page.keyboard.press('Enter');
  await expect(editor(page)).toBeVisible();
  await expect(word(page, '账目')).toHaveAttribute('aria-current', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

/** `count` hanzi from U+4E00 on, the same for a seed (every character a term, as in scripts/bench-abuse.ts). */
function randomHan(count: number, seed: number): string {
  let state = seed;
  let text = '';
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCodePoint(0x4e00 + (state % 0x5000));
  }
  return text;
}

test('a 100 000-character text: the manage page is paged like the reader, its HTML as bounded, and a word of page 2 is corrected there', async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  const created = await request.post('/api/texts', {
    data: { title: '长文', text: randomHan(100_000, 20) },
    headers: { 'x-forwarded-for': randomClient() },
    timeout: 120_000,
  });
  expect(created.status()).toBe(201);
  const { id, manageUrl } = (await created.json()) as { id: string; manageUrl: string };
  const token = new URL(manageUrl).searchParams.get('token')!;
  const manage = `/en/texts/${id}/manage?token=${token}`;
  const measure = async (path: string) => {
    const started = Date.now();
    const html = await (await request.get(path, { timeout: 120_000 })).text();
    return { bytes: Buffer.byteLength(html), ms: Date.now() - started };
  };
  // Each first (cold) and then again, so that both the cold and the warm cost are reported.
  const reader = [await measure(`/en/texts/${id}`), await measure(`/en/texts/${id}`)];
  const managed = [await measure(manage), await measure(manage), await measure(`${manage}&page=2`)];
  test.info().annotations.push({
    type: 'sizes',
    description: `reader ${JSON.stringify(reader)}; manage (page 1 twice, page 2) ${JSON.stringify(managed)}`,
  });
  // The bound the reader's page is held to (scripts/bench-abuse.ts: ≤ 5 MB).
  for (const { bytes } of [...reader, ...managed]) expect(bytes).toBeLessThan(5_000_000);

  await page.goto(manage);
  const nav = page.getByRole('navigation', { name: 'Pages', exact: true });
  await expect(nav).toContainText(/Page 1 of \d{3}/);
  // At most 500 words of the text on a page, as in the reader, and the title's one (长文).
  expect(await words(page).count()).toBeLessThanOrEqual(501);
  await nav.getByRole('link', { name: 'Next page' }).click();
  await expect(nav).toContainText(/Page 2 of \d{3}/);
  // Numbered as in the whole text: page 2 goes on where page 1 ended.
  const first = words(page).first();
  const occurrence = Number((await first.getAttribute('id'))!.replace('word-', ''));
  expect(occurrence).toBeGreaterThanOrEqual(499);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`page=2&edit=${occurrence}#word-editor$`));
  await expect(editor(page)).toBeVisible();
  await editor(page).getByLabel('Meaning (English)').fill('a word of page two');
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);
  // Back on page 2, the word corrected there.
  await expect(nav).toContainText(/Page 2 of \d{3}/);
  await expect(page.locator(`#word-${occurrence}`)).toHaveClass(/underline/);
});

test("a meaning corrected for the second occurrence only shows in that occurrence's popover on the shared page; the first keeps the dictionary's", async ({
  page,
  browser,
  baseURL,
  request,
}) => {
  const created = await request.post('/api/texts', {
    data: { text: '我们学习中文。我们喜欢中文。', locale: 'en' },
    headers: { 'x-forwarded-for': randomClient() },
  });
  expect(created.status()).toBe(201);
  const { id, manageUrl } = (await created.json()) as { id: string; manageUrl: string };
  const manage = new URL(manageUrl);
  await page.goto(`${manage.pathname}${manage.search}`);
  await openWord(page, '中文', 1);
  await editor(page).getByLabel('Meaning (English)').fill('the language we love');
  await editor(page).getByRole('button', { name: 'Save correction' }).click();
  await expect(status(page)).toHaveText('The correction was saved.', SAVING);

  const fresh = await browser.newContext({ baseURL });
  try {
    const reader = await fresh.newPage();
    await reader.goto(`/en/texts/${id}`);
    const dictionary = (await reader.locator('[id="glossary-desc-中文"] .glossary-meaning').textContent())!;
    expect(dictionary).not.toBe('');
    expect(dictionary).not.toContain('the language we love');
    const occurrences = reader.locator('main .term[data-term-id="中文"] .term-trigger');
    const popover = reader.locator('#term-pop');
    await occurrences.nth(1).click();
    await expect(popover).toBeVisible();
    await expect(popover.locator('.term-pop-meaning')).toHaveText('the language we love');
    await expect(popover.locator('.term-pop-pinyin')).toHaveText('zhōng wén');
    await occurrences.nth(0).click();
    await expect(popover.locator('.term-pop-meaning')).toHaveText(dictionary);
    // Screen readers hear each occurrence described as its popover shows it.
    await expect(occurrences.nth(1)).toHaveAccessibleDescription(/the language we love/);
    await expect(occurrences.nth(0)).not.toHaveAccessibleDescription(/the language we love/);
  } finally {
    await fresh.close();
  }
});
