import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { termWithId } from '@/lib/reader/dom-contract';

const seedLines = readFileSync(new URL('../../content/articles/xiaomi-2018.de.txt', import.meta.url), 'utf8')
  .split(/\r?\n/)
  .filter((line) => line.trim() !== '');

const ARTICLE = '/articles/xiaomi-2018';

for (const [locale, htmlLang, moreHeadlines, languageNote] of [
  ['de', 'de', 'Weitere Schlagzeilen', null],
  ['en', 'en', 'More headlines', 'The article is in German; the interface follows the language you chose.'],
  ['zh', 'zh-Hans', '更多标题', '文章为德语；界面语言随你的选择而变。'],
] as const) {
  test(`article in ${locale}: German text, translated chrome, Chinese marked as Chinese`, async ({ page }) => {
    await page.goto(`/${locale}${ARTICLE}`);
    await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
    const article = page.locator('article');
    await expect(article).toHaveAttribute('lang', 'de');
    // Readers in another UI language are told why the text is German, in their language.
    if (languageNote) await expect(page.getByText(languageNote)).toHaveAttribute('lang', htmlLang);
    else await expect(article.locator(`[lang="${htmlLang}"]`).filter({ hasText: /Oberfläche/ })).toHaveCount(0);
    // As a reader sees it (innerText): closed popovers are not part of the visible text.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Xiaomi will 2018 100 Millionen Smartphones ausliefern',
      { useInnerText: true },
    );
    await expect(article.getByRole('heading', { level: 2 })).toHaveText('Auslandsgeschäft wächst', {
      useInnerText: true,
    });
    await expect(article.locator('figure figcaption')).toHaveText(
      'Firmengründer, CEO und President von Xiaomi Lei Jun. (Quelle: Xiaomi)',
      { useInnerText: true },
    );

    for (const hanzi of ['小米', '雷军']) {
      await expect(article.locator(`${termWithId(hanzi)} > .term-hanzi > [lang="zh-Hans"]`).first()).toBeVisible();
    }
    // Every Han character on the page sits inside an element marked as Chinese.
    const unmarked = await article.evaluate((root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const bad: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (/\p{Script=Han}/u.test(node.textContent ?? '') && !node.parentElement?.closest('[lang^="zh"]'))
          bad.push(node.textContent!);
      }
      return bad;
    });
    expect(unmarked).toEqual([]);

    const aside = page.getByRole('complementary', { name: moreHeadlines });
    await expect(aside.getByRole('listitem')).toHaveCount(9);
    await expect(aside.getByRole('listitem').first()).toHaveText("Happy Valentine's Day");
    await expect(article).not.toContainText("Happy Valentine's Day");
  });
}

test('every line of the seed is visible on the page, in order and unaltered', async ({ browser }) => {
  // Without JavaScript: the server-rendered article alone must be complete.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/de${ARTICLE}`);
  const blocks = page.locator(
    'article h1, article header p:not(:has(time)), article > p, article figcaption, article h2, aside[aria-labelledby="more-headlines"] li',
  );
  // The text itself, without the pinyin above it and the closed popovers: what copying gives.
  const texts = await blocks.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true) as Element;
      copy.querySelectorAll('rt, rp, .term-pop').forEach((annotation) => annotation.remove());
      return (copy.textContent ?? '').trim();
    }),
  );
  expect(texts).toEqual(seedLines);
  for (let i = 0; i < seedLines.length; i++) await expect(blocks.nth(i)).toBeVisible();
  await context.close();
});

test('page title and description come from the article', async ({ page }) => {
  await page.goto(`/en${ARTICLE}`);
  await expect(page).toHaveTitle('Xiaomi will 2018 100 Millionen Smartphones ausliefern · Hanzi Reader');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    'content',
    /^Xiaomi hat sich ambitionierte Ziele gesetzt\./,
  );
});

test('a bracket or punctuation mark next to a name never starts or ends a line apart from it', async ({ page }) => {
  await page.goto('/en/articles/byd-aufstieg?print=1');
  const brokenAt: string[] = [];
  for (let width = 320; width <= 1280; width += 16) {
    await page.setViewportSize({ width, height: 900 });
    const broken = await page.locator('article').evaluate((article) => {
      const found: string[] = [];
      const range = document.createRange();
      for (const term of article.querySelectorAll<HTMLElement>('.term')) {
        const box = term.getBoundingClientRect();
        const neighbours: [Node | null, number][] = [
          [term.nextSibling, 0],
          [term.previousSibling, (term.previousSibling?.textContent?.length ?? 0) - 1],
        ];
        for (const [node, at] of neighbours) {
          if (node?.nodeType !== Node.TEXT_NODE || at < 0 || !/[()（）。，.,;:!?“”„《》]/.test(node.textContent![at]!))
            continue;
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const mark = range.getBoundingClientRect();
          // On the name's line: the mark is within the height of the name's box (which includes the ruby).
          if (mark.bottom <= box.top + 1 || mark.top >= box.bottom - 1)
            found.push(`${node.textContent![at]} ${term.dataset.termId}`);
        }
      }
      return found;
    });
    brokenAt.push(...broken.map((what) => `${width}px: ${what}`));
  }
  expect(brokenAt).toEqual([]);
});
