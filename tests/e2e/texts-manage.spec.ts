import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const GERMAN = 'Der chinesische Konzern 华为 wurde 1987 von 任正非 in Shenzhen gegründet.';
// Saving annotates the text; the first one in a fresh server also loads the dictionary.
const SAVING = { timeout: 30_000 };
const EDITS_PER_MINUTE = 20;

test.describe.configure({ timeout: 90_000 });

const randomClient = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** Each test is its own client for the rate limits. */
let client: string;
test.beforeEach(async ({ context }) => {
  client = randomClient();
  await context.setExtraHTTPHeaders({ 'x-forwarded-for': client });
});

/** A text created through the API: its id, token and manage page path. */
async function apiText(request: APIRequestContext, text = GERMAN) {
  const created = await request.post('/api/texts', {
    data: { text, locale: 'en' },
    headers: { 'x-forwarded-for': client },
  });
  expect(created.status()).toBe(201);
  const { id, manageUrl } = (await created.json()) as { id: string; manageUrl: string };
  const url = new URL(manageUrl);
  return { id, token: url.searchParams.get('token')!, managePath: `${url.pathname}${url.search}` };
}

async function pasteText(page: Page, origin = '') {
  await page.goto(`${origin}/en/texts/new`);
  await page.getByLabel('Text', { exact: true }).fill(GERMAN);
  await page.getByRole('button', { name: 'Annotate and save' }).click();
  await expect(page).toHaveURL(/\/en\/texts\/[A-Za-z0-9_-]{22}$/, SAVING);
  return page.url();
}

const noticeOf = (page: Page) => page.getByRole('region', { name: 'Your link to manage this text' });

test('the manage link works on whatever host the site was reached at', async ({ page, baseURL }) => {
  const otherHost = baseURL!.replace('localhost', '127.0.0.1');
  const textUrl = await pasteText(page, otherHost);
  const link = noticeOf(page).getByRole('link', { name: /^Manage link/ });
  const id = new URL(textUrl).pathname.split('/')[3];
  await expect(link).toHaveAttribute('href', new RegExp(`^/en/texts/${id}/manage\\?token=[A-Za-z0-9_-]{43}$`));
  // The address to copy is at the configured public origin (SITE_URL, here the test server's).
  await expect(link).toContainText(new RegExp(`^Manage link: ${baseURL}/en/texts/${id}/manage\\?token=`));
  await link.click();
  await expect(page).toHaveURL(new RegExp(`^${otherHost}/en/texts/${id}/manage\\?token=`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manage text');
});

test('only the latest created text keeps its manage link in the browser, in one cookie', async ({ page, context }) => {
  const first = await pasteText(page);
  await expect(noticeOf(page)).toBeVisible();
  const second = await pasteText(page);
  await pasteText(page);
  const latest = await pasteText(page);
  const manageCookies = (await context.cookies()).filter((cookie) => cookie.name !== 'NEXT_LOCALE');
  expect(manageCookies.map((cookie) => `${cookie.name} ${cookie.path} ${cookie.httpOnly} ${cookie.sameSite}`)).toEqual([
    'text_manage /en/texts true Strict',
  ]);
  expect(manageCookies[0]!.value.startsWith(`${new URL(latest).pathname.split('/')[3]}.`)).toBe(true);
  await expect(noticeOf(page)).toBeVisible();
  for (const earlier of [first, second]) {
    await page.goto(earlier);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled text');
    await expect(noticeOf(page)).toHaveCount(0);
  }
});

test('the manage forms say when edits come too fast', async ({ page, request }) => {
  const { id, token, managePath } = await apiText(request);
  for (let i = 0; i < EDITS_PER_MINUTE; i++) {
    const edited = await request.patch(`/api/texts/${id}`, {
      data: { title: `Nr. ${i}` },
      headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client },
    });
    expect(edited.status()).toBe(200);
  }
  await page.goto(managePath);
  await page.getByRole('textbox', { name: 'Title' }).fill('Noch einer');
  await page.getByRole('button', { name: 'Save title' }).click();
  // (Next's route announcer is an alert too.)
  await expect(page.getByRole('alert').filter({ hasText: 'Many changes' })).toHaveText(
    /^Many changes were just saved from your connection\. Please wait [1-6]?\d seconds? and try again\.$/,
  );
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Noch einer');
  await expect(page.getByRole('status')).toHaveText('');
});

test('removing a correction that is already gone says so instead of "removed"', async ({ page, context, request }) => {
  const { id, token, managePath } = await apiText(request);
  const corrected = await request.patch(`/api/texts/${id}`, {
    data: { overrides: { 任正非: 'ren4 zheng4 fei1' } },
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client },
  });
  expect(corrected.status()).toBe(200);
  const other = await context.newPage();
  await other.goto(managePath);
  await page.goto(managePath);
  await page.getByRole('button', { name: 'Remove the correction of 任正非' }).click();
  await expect(page.getByRole('status')).toHaveText('The correction was removed.');
  await expect(page.getByRole('button', { name: 'Remove the correction of 任正非' })).toHaveCount(0);

  // The second tab still shows the correction; removing it again changes nothing and says why.
  const remove = other.getByRole('button', { name: 'Remove the correction of 任正非' });
  await remove.click();
  await expect(other.getByRole('alert').filter({ hasText: 'no corrected reading' })).toHaveText(
    'This term has no corrected reading to remove.',
  );
  await expect(remove).toHaveAccessibleDescription('This term has no corrected reading to remove.');
  await expect(other.getByRole('status')).toHaveText('');
  await expectNoAxeViolations(other);
});

test('the term and the pinyin each show their own error', async ({ page, request }) => {
  const { managePath } = await apiText(request);
  await page.goto(managePath);
  const term = page.getByLabel('Term');
  const pinyin = page.getByLabel('Correct pinyin (with tones)');
  await pinyin.fill('hua2');
  await page.getByRole('button', { name: 'Save reading' }).click();
  await expect(pinyin).toHaveAttribute('aria-invalid', 'true');
  await expect(pinyin).toHaveAccessibleDescription(
    /^One syllable per character .* Give one pinyin syllable with its tone per character/,
  );
  await expect(term).not.toHaveAttribute('aria-invalid');

  // A term that is no longer in the text (e.g. changed in another tab): the error is the term's.
  await term.evaluate((select: HTMLSelectElement) => {
    select.options[0]!.value = '小米';
    select.selectedIndex = 0;
  });
  await pinyin.fill('xiao3 mi3');
  await page.getByRole('button', { name: 'Save reading' }).click();
  await expect(term).toHaveAttribute('aria-invalid', 'true');
  await expect(term).toHaveAccessibleDescription(
    'This term does not occur in the text. Choose one of the terms in the list.',
  );
  await expect(pinyin).not.toHaveAttribute('aria-invalid');
  await expect(pinyin).toHaveValue('xiao3 mi3');
  await expectNoAxeViolations(page);
});

test('a form being sent keeps the focus on its button and is not sent twice', async ({ page, request }) => {
  const { managePath } = await apiText(request);
  let posts = 0;
  // The first POST is held until the test has tried to send the form again (not for a fixed time,
  // which a slow machine can outlast).
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname.endsWith('/manage'),
    async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      await released;
      return route.continue();
    },
  );
  await page.goto(managePath);
  await page.getByRole('textbox', { name: 'Title' }).fill('Einmal');
  const save = page.getByRole('button', { name: 'Save title' });
  await save.focus();
  await page.keyboard.press('Enter');
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  await expect(save).toBeFocused();
  await page.keyboard.press('Enter');
  await save.click({ force: true });
  await expect(save).toHaveAttribute('aria-disabled', 'true');
  release();
  await expect(page.getByRole('status')).toHaveText('The title was saved.');
  expect(posts).toBe(1);
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const javaScriptEnabled of [true, false]) {
  test(`"saved" is not shown next to the error of a later attempt (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async ({
    browser,
    request,
  }) => {
    const { managePath } = await apiText(request);
    const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { 'x-forwarded-for': client } });
    const page = await context.newPage();
    await page.goto(managePath);
    const title = page.getByRole('textbox', { name: 'Title' });
    await title.fill('New');
    await page.getByRole('button', { name: 'Save title' }).click();
    const saved = page.getByText('The title was saved.');
    await expect(saved).toBeVisible();

    await title.fill('x'.repeat(201));
    await page.getByRole('button', { name: 'Save title' }).click();
    await expect(page.getByText('The title is too long', { exact: false })).toBeVisible();
    await expect(title).toHaveValue('x'.repeat(201));
    // With JavaScript the keyboard is back where the fix is; its error is the field's description.
    if (javaScriptEnabled) await expect(title).toBeFocused();
    await expect(saved).toBeHidden();
    await context.close();
  });
}

test('a manage page left open while its text was deleted leads to the "deleted" page, not an error', async ({
  page,
  request,
}) => {
  const { id, token, managePath } = await apiText(request);
  await page.goto(managePath);
  const deleted = await request.delete(`/api/texts/${id}`, {
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': client },
  });
  expect(deleted.status()).toBe(204);
  await page.getByRole('textbox', { name: 'Title' }).fill('Too late');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Text deleted');
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
});
