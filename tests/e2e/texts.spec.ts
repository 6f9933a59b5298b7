import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

const GERMAN =
  'Der chinesische Konzern 华为 wurde 1987 von 任正非 in Shenzhen gegründet.\nHeute beschäftigt 华为 weltweit fast 200 000 Menschen.';

test.describe.configure({ timeout: 90_000 });

// Saving annotates the text; the first one in a fresh server also loads the dictionary.
const SAVING = { timeout: 30_000 };

/** Each test is its own client for the rate limit (30 creations a minute per address). */
test.beforeEach(async ({ context }) => {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': `198.18.${octet()}.${octet()}` });
});

async function expectPinyin(page: Page, termId: string, pinyin: string) {
  const term = page
    .locator(`article ${termWithId(termId)}`)
    .filter({ has: page.locator(SELECTOR.hanzi) })
    .first();
  await term.locator(SELECTOR.trigger).hover();
  await expect(term.locator(SELECTOR.popover)).toContainText(pinyin);
  await expect(
    page.getByRole('complementary', { name: 'Chinesische Begriffe' }).locator(`[data-term-id="${termId}"]`),
  ).toContainText(pinyin);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('paste a text, read it with pinyin, open its link elsewhere, correct a reading, delete it', async ({
  page,
  browser,
}) => {
  await page.goto('/de/texts/new');
  await page.getByLabel('Titel (optional)').fill('Ein Konzern und sein Gründer');
  await page.getByLabel('Text', { exact: true }).fill(GERMAN);
  await expect(page.getByText(`${[...GERMAN].length} von 100.000 Zeichen`)).toBeVisible();
  await page.getByRole('button', { name: 'Annotieren und speichern' }).click();

  await expect(page).toHaveURL(/\/de\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  const textUrl = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ein Konzern und sein Gründer');
  await expectPinyin(page, '华为', 'huá wéi');
  await expectPinyin(page, '任正非', 'rén zhèng fēi');
  // One paragraph per line of the text.
  await expect(page.locator('article > p')).toHaveCount(2);
  const notice = page.getByRole('region', { name: 'Dein Link zum Verwalten dieses Textes' });
  // Linked relatively (it works on any host), shown absolutely (to copy).
  const manageHref = await notice.getByRole('link', { name: /^Verwaltungslink/ }).getAttribute('href');
  expect(manageHref).toMatch(new RegExp(`^${new URL(textUrl).pathname}/manage\\?token=[A-Za-z0-9_-]{43}$`));
  await expect(notice.getByRole('link', { name: /^Verwaltungslink/ })).toContainText(
    new URL(manageHref!, textUrl).href,
  );
  const manageUrl = new URL(manageHref!, textUrl).href;

  // Somebody else opens the shared link: the same reader, no manage link.
  const elsewhere = await browser.newContext();
  const reader = await elsewhere.newPage();
  await reader.goto(textUrl);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Ein Konzern und sein Gründer');
  await expectPinyin(reader, '任正非', 'rén zhèng fēi');
  await expect(reader.getByRole('region', { name: 'Dein Link zum Verwalten dieses Textes' })).toHaveCount(0);

  // The owner corrects a reading with the manage link, also from another browser.
  const owner = await elsewhere.newPage();
  await owner.goto(manageUrl);
  await owner.getByLabel('Begriff').selectOption('任正非');
  // Typed as a learner writes it: tone marks, the given name run together.
  await owner.getByLabel('Richtiges Pinyin (mit Tönen)').fill('Rèn Zhèngfēi');
  await owner.getByRole('button', { name: 'Lesung speichern' }).click();
  await expect(owner.getByRole('status')).toHaveText('Die Lesung wurde gespeichert.');
  await expect(owner.getByRole('listitem').filter({ hasText: '任正非' })).toContainText('rèn zhèng fēi');
  await reader.reload();
  await expectPinyin(reader, '任正非', 'rèn zhèng fēi');
  await expectPinyin(reader, '华为', 'huá wéi');

  // A wrong token is refused.
  const refused = await reader.goto(`${textUrl}/manage?token=${'A'.repeat(43)}`);
  expect(refused?.status()).toBe(403);
  await expect(reader.getByRole('heading', { name: 'Zugriff verweigert' })).toBeVisible();

  await owner.getByLabel('Ja, diesen Text endgültig löschen').check();
  await owner.getByRole('button', { name: 'Text löschen' }).click();
  await expect(owner.getByRole('heading', { name: 'Text gelöscht' })).toBeVisible();
  const gone = await reader.goto(textUrl);
  expect(gone?.status()).toBe(410);
  await expect(reader.getByRole('heading', { name: 'Text gelöscht' })).toBeVisible();
  expect((await reader.goto(manageUrl))?.status()).toBe(410);
  await elsewhere.close();
});

test('an unknown text id is a 404 page', async ({ page }) => {
  const response = await page.goto('/en/texts/AAAAAAAAAAAAAAAAAAAAAA');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('HTML and script in title, text and source URL show as text and never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  // From the OWASP XSS filter evasion cheat sheet.
  const vectors = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<svg/onload=alert(1)>',
    '"><script>alert(1)</script>',
    `<IMG SRC="javascript:alert('XSS');">`,
    `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
    '<a href="javascript:alert(1)">klick</a>',
    '<iframe src="javascript:alert(1)"></iframe>',
    "<BODY ONLOAD=alert('XSS')>",
    '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
    '<IMG """><SCRIPT>alert("XSS")</SCRIPT>"\\>',
    '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
    '<details open ontoggle=alert(1)>',
    `';alert(String.fromCharCode(88,83,83))//';alert(String.fromCharCode(88,83,83))//";`,
    '{{constructor.constructor("alert(1)")()}}',
  ];
  const title = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.goto('/de/texts/new');
  await page.getByLabel('Titel (optional)').fill(title);
  await page.getByLabel('Text', { exact: true }).fill(vectors.join('\n'));
  await page.getByLabel('Quelle (optional)').fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Annotieren und speichern' }).click();
  // A javascript: source is refused; everything typed is still there.
  await expect(page.getByLabel('Quelle (optional)')).toHaveAccessibleDescription(
    /Gib eine Webadresse ein, die mit http:\/\/ oder https:\/\/ beginnt/,
  );
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue(vectors.join('\n'));
  await expect(page.getByLabel('Titel (optional)')).toHaveValue(title);
  await page.getByLabel('Quelle (optional)').fill('https://example.org/?q=<script>alert(3)</script>');
  await page.getByRole('button', { name: 'Annotieren und speichern' }).click();

  await expect(page).toHaveURL(/\/de\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(`${title} · Hanzi Reader`);
  await expect(page.locator('article > p')).toHaveText(vectors);
  await expect(page.locator('article > p').locator('img, svg, iframe, script, details, a, body')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'example.org' })).toHaveAttribute(
    'href',
    'https://example.org/?q=%3Cscript%3Ealert(3)%3C/script%3E',
  );
  await page.waitForLoadState('networkidle');
  expect(dialogs).toEqual([]);
});

test('the form keeps the text and explains limits in the UI language', async ({ page, request }) => {
  await page.goto('/de/texts/new');
  const text = page.getByLabel('Text', { exact: true });
  await text.fill('x'.repeat(100_001));
  await expect(page.getByText('100.001 von 100.000 Zeichen')).toBeVisible();
  await expect(page.getByText('1 Zeichen zu viel')).toBeVisible();
  await page.getByRole('button', { name: 'Annotieren und speichern' }).click();
  await expect(text).toHaveAccessibleDescription(
    /Der Text ist zu lang: höchstens 100.000 Zeichen, jetzt sind es 100.001\./,
  );
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  expect(await text.inputValue()).toHaveLength(100_001);
  await expectNoAxeViolations(page);

  // The 31st creation within a minute from one address is refused, in the UI language.
  const client = `198.19.${Math.floor(Math.random() * 250)}.7`;
  for (let i = 0; i < 30; i++) {
    const created = await request.post('/api/texts', {
      data: { text: `Nr. ${i}` },
      headers: { 'x-forwarded-for': client },
    });
    expect(created.status()).toBe(201);
  }
  await page.context().setExtraHTTPHeaders({ 'x-forwarded-for': client });
  await page.goto('/zh/texts/new');
  await page.getByLabel('文本', { exact: true }).fill('华为');
  await page.getByRole('button', { name: '标注并保存' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '文本未保存。' })).toContainText(
    /你的网络连接刚刚创建了过多文本。请等待 [1-6]?\d 秒后再试。/,
  );
  await expect(page.getByLabel('文本', { exact: true })).toHaveValue('华为');
});

test('the English form counts characters over the limit in the singular and the plural', async ({ page }) => {
  await page.goto('/en/texts/new');
  const text = page.getByLabel('Text', { exact: true });
  await text.fill('x'.repeat(100_001));
  await expect(page.getByText('100,001 of 100,000 characters')).toBeVisible();
  await expect(page.getByText('1 character over the limit')).toBeVisible();
  await text.press('End');
  await text.press('x');
  await expect(page.getByText('2 characters over the limit')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form reports errors next to the fields, keeps the input, and saves', async ({ page }) => {
    await page.goto('/en/texts/new');
    await page.getByLabel('Title (optional)').fill('<b>Mein Text</b>');
    await page.getByLabel('Text', { exact: true }).fill('   ');
    await page.getByLabel('Source URL (optional)').fill('javascript:alert(1)');
    await page.getByRole('button', { name: 'Annotate and save' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'The text was not saved.' })).toBeVisible();
    await expect(page.getByLabel('Text', { exact: true })).toHaveAccessibleDescription(
      /The text is empty\. Please paste or type a text\./,
    );
    await expect(page.getByLabel('Source URL (optional)')).toHaveAccessibleDescription(
      /Enter a web address starting with http:\/\/ or https:\/\//,
    );
    await expect(page.getByLabel('Title (optional)')).toHaveValue('<b>Mein Text</b>');
    await expect(page.getByLabel('Source URL (optional)')).toHaveValue('javascript:alert(1)');

    await page.getByLabel('Text', { exact: true }).fill(GERMAN);
    await page.getByLabel('Source URL (optional)').fill('https://example.org/huawei');
    await page.getByRole('button', { name: 'Annotate and save' }).click();
    await expect(page).toHaveURL(/\/en\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('<b>Mein Text</b>');
    const glossary = page.getByRole('complementary', { name: 'Chinese terms' });
    await expect(glossary.locator('[data-term-id="华为"]')).toContainText('huá wéi');
    await expect(glossary.locator('[data-term-id="任正非"]')).toContainText('rén zhèng fēi');
    const manageUrl = await page
      .getByRole('region', { name: 'Your link to manage this text' })
      .getByRole('link', { name: /^Manage link/ })
      .getAttribute('href');
    const textUrl = page.url();

    // The manage page works without JavaScript too.
    await page.goto(manageUrl!);
    await page.getByLabel('Correct pinyin (with tones)').fill('hua2');
    await page.getByRole('button', { name: 'Save reading' }).click();
    await expect(page.getByLabel('Correct pinyin (with tones)')).toHaveAccessibleDescription(
      /Give one pinyin syllable with its tone per character/,
    );
    await expect(page.getByLabel('Correct pinyin (with tones)')).toHaveValue('hua2');
    await page.getByLabel('Correct pinyin (with tones)').fill('hua4 wei2');
    await page.getByRole('button', { name: 'Save reading' }).click();
    await expect(page.getByRole('status')).toHaveText('The reading was saved.');
    await page.goto(textUrl);
    await expect(glossary.locator('[data-term-id="华为"]')).toContainText('huà wéi');
    await page.goto(manageUrl!);
    await page.getByLabel('Yes, delete this text for good').check();
    await page.getByRole('button', { name: 'Delete text' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Text deleted');
    expect((await page.goto(textUrl))?.status()).toBe(410);
  });

  test('a text far over 1 MB comes back to the form with an explanation, not an error page', async ({ page }) => {
    await page.goto('/en/texts/new');
    await page.getByLabel('Text', { exact: true }).fill('华'.repeat(360_000));
    await page.getByRole('button', { name: 'Annotate and save' }).click();
    await expect(page).toHaveURL(/\/en\/texts\/new#too-large$/);
    await expect(page.getByText('Your text was not saved: it was larger than 1 MB.')).toBeVisible();
  });
});

test('the text pages pass axe', async ({ page }) => {
  await page.goto('/de/texts/new');
  await expectNoAxeViolations(page);
  await page.getByLabel('Text', { exact: true }).fill(GERMAN);
  await page.getByRole('button', { name: 'Annotieren und speichern' }).click();
  await expect(page).toHaveURL(/\/de\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Text ohne Titel');
  await expect(page).toHaveTitle('Text ohne Titel · Hanzi Reader');
  await expectNoAxeViolations(page);
  const manageUrl = (await page
    .getByRole('region', { name: 'Dein Link zum Verwalten dieses Textes' })
    .getByRole('link', { name: /^Verwaltungslink/ })
    .getAttribute('href'))!;
  await page.goto(manageUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Text verwalten');
  await expectNoAxeViolations(page);
  await page.goto(`${manageUrl.replace(/token=.*/, 'token=wrong')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zugriff verweigert');
  await expectNoAxeViolations(page);
  await page.goto(manageUrl);
  await page.getByLabel('Ja, diesen Text endgültig löschen').check();
  await page.getByRole('button', { name: 'Text löschen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Text gelöscht');
  await expectNoAxeViolations(page);
});

test('a long URL or word in a pasted text does not make the page scroll sideways on a phone', async ({
  browser,
  request,
}) => {
  const text = `Quelle: https://example.com/${'x'.repeat(120)} und die Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft von 华为.`;
  const created = await request.post('/api/texts', {
    data: { text, locale: 'de' },
    headers: { 'x-forwarded-for': `198.19.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
  });
  const { url } = await created.json();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.getByText('Quelle:', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await context.close();
});
