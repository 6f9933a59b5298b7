import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { hydrated } from '../support/hydrated';
import { termWithId } from '@/lib/reader/dom-contract';

const GLOSSARY = '/de/glossary';
const LEI_JUN = `/de/glossary/${encodeURIComponent('雷军')}`;

const visibleIds = (page: Page) =>
  page.locator('.glossary-entry:visible').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.termId));
const row = (page: Page, id: string) => page.locator(`.glossary-entry[data-term-id="${id}"]`);

test('the glossary shows every term with forms, pinyin, kind, meaning and its articles', async ({ page }) => {
  await page.goto(GLOSSARY);
  await expect(page.getByRole('heading', { level: 1, name: 'Glossar' })).toBeVisible();
  // Grouped by initial letter, in pinyin order: ā lǐ bā bā first.
  await expect(page.getByRole('heading', { level: 3 }).first()).toHaveText('A');
  await expect(page.locator('.glossary-entry').first()).toHaveAttribute('data-term-id', '阿里巴巴');
  const leiJun = row(page, '雷军');
  await expect(leiJun.getByRole('link', { name: '雷军' })).toHaveAttribute('href', LEI_JUN);
  await expect(leiJun.locator('[lang="zh-Hant"]')).toHaveText('雷軍');
  await expect(leiJun.locator('.tone-2')).toHaveText('léi');
  await expect(leiJun.locator('.tone-1')).toHaveText('jūn');
  await expect(leiJun).toContainText('Person');
  await expect(leiJun).toContainText('Lei Jun, Gründer, CEO und Vorsitzender von Xiaomi');
  const article = leiJun.getByRole('link', { name: /Xiaomi will 2018 100 Millionen Smartphones ausliefern/ });
  await expect(article).toHaveAttribute('href', '/de/articles/xiaomi-2018#mention-8');
  await expect(leiJun).toContainText('4 Vorkommen');
  // The link lands on the first mention in the article.
  await article.click();
  await expect(page).toHaveURL(/\/de\/articles\/xiaomi-2018#mention-8$/);
  // Its first mention is the name written in Latin letters, "Lei Jun (雷军)".
  await expect(page.locator(termWithId('雷军')).first().locator('#mention-8')).toHaveText('Lei Jun');
});

test('the meaning follows the UI language', async ({ page }) => {
  await page.goto('/zh/glossary');
  await expect(row(page, '雷军')).toContainText('雷军，小米创始人、董事长兼首席执行官');
  await page.goto('/en/glossary');
  await expect(row(page, '雷军')).toContainText('Lei Jun, founder, CEO and chairman of Xiaomi');
});

test('search filters as you type: hanzi, pinyin in every spelling, initials, meaning', async ({ page }) => {
  await page.goto(GLOSSARY);
  const search = page.getByRole('searchbox', { name: 'Begriffe suchen' });
  for (const query of ['雷军', 'leijun', 'lei jun', 'Lei Jun', 'léi jūn', 'lei2 jun1']) {
    await search.fill(query);
    await expect.poll(() => visibleIds(page), { message: query }).toEqual(['雷军']);
  }
  for (const query of ['lj', 'Gründer', 'founder', '创始人']) {
    await search.fill(query);
    await expect.poll(() => visibleIds(page), { message: query }).toContain('雷军');
    await expect.poll(() => visibleIds(page).then((ids) => ids.length), { message: query }).toBeLessThan(10);
  }
  // The URL follows, so a reload shows the same.
  await expect(page).toHaveURL(/\/de\/glossary\?q=%E5%88%9B%E5%A7%8B%E4%BA%BA$/);
  await search.fill('xyzzy');
  await expect(page.getByRole('status')).toHaveText('Kein Begriff passt zu dieser Suche.');
  await search.fill('');
  const total = await page.locator('.glossary-entry').count();
  await expect(page.getByRole('status')).toHaveText(`${total} von ${total} Begriffen`);
  await expect(page.locator('.glossary-entry:visible')).toHaveCount(total);
});

test('ordering by kind groups persons, companies, places …', async ({ page }) => {
  await page.goto(`${GLOSSARY}?q=lei`);
  await hydrated(page);
  await page.getByLabel('Ordnen nach').selectOption('kind');
  await expect(page).toHaveURL(/\?q=lei&sort=kind$/);
  await expect(page.locator('[data-glossary-group]:visible h3').first()).toHaveText('Person');
  await expect.poll(() => visibleIds(page)).toContain('雷军');
  await expect(page.getByRole('searchbox', { name: 'Begriffe suchen' })).toHaveValue('lei');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('?q= renders the results on the server', async ({ page }) => {
    for (const query of ['leijun', 'lei2 jun1', 'Lei Jun']) {
      await page.goto(`${GLOSSARY}?q=${encodeURIComponent(query)}`);
      expect(await visibleIds(page), query).toEqual(['雷军']);
    }
    for (const query of ['lj', 'Gründer']) {
      await page.goto(`${GLOSSARY}?q=${encodeURIComponent(query)}`);
      expect(await visibleIds(page), query).toContain('雷军');
    }
    await expect(page.getByRole('status')).toHaveText(/^\d von \d+ Begriffen$/);
  });

  test('the search form submits to the server', async ({ page }) => {
    await page.goto(GLOSSARY);
    await page.getByRole('searchbox', { name: 'Begriffe suchen' }).fill('leijun');
    await page.getByLabel('Ordnen nach').selectOption('kind');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/de\/glossary\?q=leijun&sort=kind$/);
    expect(await visibleIds(page)).toEqual(['雷军']);
    await expect(page.locator('[data-glossary-group]:visible h3')).toHaveText(['Person']);
  });
});

test('the term page: forms, pinyin, meanings, example sentences, stroke order from our origin', async ({
  page,
  baseURL,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      foreign.push(request.url());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const strokeData = page.waitForResponse(
    (response) => response.url() === `${baseURL}/api/stroke-data/${encodeURIComponent('雷')}`,
  );

  // Reached from the glossary, through the encoded link.
  await page.goto(GLOSSARY);
  await row(page, '雷军').getByRole('link', { name: '雷军' }).click();
  await expect(page).toHaveURL(`${baseURL}${LEI_JUN}`);
  await expect(page).toHaveTitle('雷军 (léi jūn) · Hanzi Reader');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('雷军');
  await expect(heading).toContainText('léi jūn');
  await expect(page.locator('[lang="zh-Hant"]')).toHaveText('雷軍');
  await expect(page.locator('dd[lang="en"]')).toHaveText('Lei Jun, founder, CEO and chairman of Xiaomi');
  await expect(page.locator('dd[lang="zh-Hans"]')).toHaveText('雷军，小米创始人、董事长兼首席执行官');

  const example = page.locator('blockquote[lang="de"]').first();
  await expect(example).toHaveText(
    'Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord für das Unternehmen.',
  );
  await expect(example.locator('mark')).toHaveText(['Lei Jun', '雷军']);
  await expect(
    page.getByRole('link', { name: 'aus „Xiaomi will 2018 100 Millionen Smartphones ausliefern“' }).first(),
  ).toHaveAttribute('href', '/de/articles/xiaomi-2018#mention-8');

  expect((await strokeData).status()).toBe(200);
  for (const character of ['雷', '军']) {
    const box = page.getByRole('img', { name: `Strichfolge von ${character}` });
    await expect(box).toHaveAttribute('data-state', 'ready');
    await expect(box.locator('svg path').first()).toBeAttached();
  }
  await page.getByRole('button', { name: 'Strichfolge von 雷 abspielen' }).click();
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('the term page says why it cannot speak without a Chinese voice', async ({ page }) => {
  await page.goto(LEI_JUN);
  const hasVoice = await page.evaluate(() => speechSynthesis.getVoices().some((v) => /^(zh|cmn)/i.test(v.lang)));
  test.skip(hasVoice, 'this browser has a Chinese voice');
  const play = page.getByRole('button', { name: '雷军 anhören' });
  await expect(play).toBeDisabled();
  await expect(play).toHaveAccessibleDescription(/Keine chinesische Stimme/);
});

test('an unknown term is a 404 page in the reader’s language', async ({ page }) => {
  // 雷银吼 is no word of the dictionary (雷 alone has a page: tests/e2e/dictionary.spec.ts).
  for (const path of [`/de/glossary/${encodeURIComponent('雷银吼')}`, '/en/glossary/nope', '/de/glossary/%E9%9B']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
});

test('hanzi-writer loads only on the term page', async ({ page }) => {
  // Every script the page has loaded so far, read back from the server: the page's own list of
  // resources (nothing to miss, unlike response events, whose bodies can be gone once read late).
  const loadedScripts = async () => {
    const urls = await page.evaluate(() => [
      ...new Set([
        ...Array.from(document.scripts, (script) => script.src),
        ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ]),
    ]);
    const origin = new URL(page.url()).origin;
    const scripts = urls.filter((url) => url.startsWith(`${origin}/`) && new URL(url).pathname.endsWith('.js'));
    return Promise.all(scripts.map(async (url) => ({ url, source: await (await page.request.get(url)).text() })));
  };
  // An option name of hanzi-writer that survives minification.
  const isHanziWriter = ({ source }: { source: string }) => source.includes('strokeAnimationSpeed');

  await page.goto(LEI_JUN);
  // Drawn: hanzi-writer has been loaded and has run.
  await expect(page.locator('[data-stroke-order]').first()).toHaveAttribute('data-state', 'ready');
  expect((await loadedScripts()).some(isHanziWriter)).toBe(true);

  for (const path of ['/de/articles/xiaomi-2018', GLOSSARY]) {
    await page.goto(path, { waitUntil: 'load' });
    // Hydrated (the glossary's filter and the reader's popovers are client components) and idle:
    // any script loaded on demand at start would have been requested by now.
    await page.waitForLoadState('networkidle');
    expect(
      (await loadedScripts()).filter(isHanziWriter).map(({ url }) => url),
      path,
    ).toEqual([]);
  }
});

test('the stroke data route answers with JSON errors', async ({ request }) => {
  expect((await request.get(`/api/stroke-data/${encodeURIComponent('军')}`)).headers()['content-type']).toContain(
    'application/json',
  );
  const invalid = await request.get('/api/stroke-data/abc');
  expect(invalid.status()).toBe(400);
  expect(await invalid.json()).toEqual({
    error: { code: 'invalid_character', message: 'Expected exactly one Chinese character.' },
  });
  expect((await request.get(`/api/stroke-data/${encodeURIComponent('𠀀')}`)).status()).toBe(404);
});

for (const path of [GLOSSARY, `${GLOSSARY}?q=lj&sort=kind`, LEI_JUN, `/zh/glossary/${encodeURIComponent('比亚迪')}`]) {
  test(`no accessibility violations on ${decodeURIComponent(path)}`, async ({ page }) => {
    // The whole glossary is the largest page (≈1 250 elements, every curated and article term); axe's
    // time grows with it: 28 s were measured for this one check on a shared, busy 2-core machine
    // (the article page, 740 elements: 13 s), against a default of 30 s per test.
    if (!path.includes('/glossary/')) test.setTimeout(90_000);
    await page.goto(path);
    if (path.includes('/glossary/'))
      await expect(page.locator('[data-stroke-order]').first()).toHaveAttribute('data-state', 'ready');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations).toEqual([]);
  });
}
