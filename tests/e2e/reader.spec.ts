import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { textContrasts } from './text-contrast';
import { SELECTOR, termWithId } from '@/lib/reader/dom-contract';

const ARTICLE = '/de/articles/xiaomi-2018';

const leiJun = (page: Page) =>
  page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
const popoverOf = (term: Locator) => term.locator(SELECTOR.popover);

test('hovering 雷军 shows its pinyin, meaning and kind', async ({ page }) => {
  await page.goto(ARTICLE);
  const term = leiJun(page);
  await expect(popoverOf(term)).toBeHidden();
  await term.locator(SELECTOR.trigger).hover();
  const pop = popoverOf(term);
  await expect(pop).toBeVisible();
  await expect(pop).toContainText('léi jūn');
  await expect(pop).toContainText('雷军');
  await expect(pop).toContainText('Person');
  await expect(pop).toContainText('Gründer');
  await expect(pop.getByRole('link', { name: 'Im Glossar' })).toHaveAttribute('href', '#glossary-雷军');
  // It is announced: the word is described by the popover text.
  await expect(term.locator(SELECTOR.trigger)).toHaveAccessibleDescription(/léi jūn/);
});

test('an alias names the hanzi it stands for; only one popover is open at a time', async ({ page }) => {
  await page.goto(ARTICLE);
  const alias = page
    .locator(`article ${termWithId('小米')}`)
    .filter({ has: page.locator(SELECTOR.alias) })
    .first();
  await alias.locator(SELECTOR.trigger).hover();
  await expect(popoverOf(alias)).toContainText('Xiaomi steht für 小米 xiǎo mǐ');
  await leiJun(page).locator(SELECTOR.trigger).hover();
  await expect(popoverOf(leiJun(page))).toBeVisible();
  await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(1);
});

test('Tab reaches the annotations in reading order, Escape closes and keeps focus', async ({ page }) => {
  await page.goto(ARTICLE);
  const triggers = page.locator(`article ${SELECTOR.trigger}`);
  const ids = await triggers.evaluateAll((els) => els.map((el) => el.id));
  await triggers.first().focus();
  const reached: string[] = [await page.evaluate(() => document.activeElement!.id)];
  // Tab visits each annotation, then the play button and glossary link of its open popover.
  for (let i = 0; i < 200 && reached.length < ids.length; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (id.startsWith('mention-')) reached.push(id);
  }
  expect(reached).toEqual(ids);

  const trigger = leiJun(page).locator(SELECTOR.trigger);
  await trigger.focus();
  await expect(popoverOf(leiJun(page))).toBeVisible();
  await expect(trigger).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(popoverOf(leiJun(page))).toBeHidden();
  await expect(trigger).toBeFocused();
  await expect(trigger).toHaveAttribute('aria-expanded', 'false');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a tap opens the popover inside the viewport, below or above the word, never over it', async ({ page }) => {
    await page.goto(ARTICLE);
    for (const term of [leiJun(page), page.locator(SELECTOR.documentTerm).last()]) {
      await term.locator(SELECTOR.trigger).scrollIntoViewIfNeeded();
      await term.locator(SELECTOR.trigger).tap();
      const pop = popoverOf(term);
      await expect(pop).toBeVisible();
      const box = (await pop.boundingBox())!;
      const word = (await term.locator(SELECTOR.trigger).boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      const overlaps = box.y < word.y + word.height && word.y < box.y + box.height;
      expect(overlaps).toBe(false);
    }
    // A tap elsewhere closes it.
    await page.locator('article h2').tap();
    await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(0);
  });

  test('the glossary link in a popover closes it and marks the row it leads to', async ({ page }) => {
    await page.goto(ARTICLE);
    const term = leiJun(page).first();
    await term.locator(SELECTOR.trigger).tap();
    await popoverOf(term).getByRole('link', { name: 'Im Glossar' }).tap();
    await expect(page).toHaveURL(/#glossary-/);
    const row = page.locator(`[id="glossary-雷军"]`);
    await expect(row).toBeInViewport();
    await expect(row).toHaveCSS('outline-style', 'solid');
    await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(0);
    await page.goBack();
    await expect(page.locator(`${SELECTOR.popover}:visible`)).toHaveCount(0);
  });

  test('the popover of a word low on the screen stays inside the screen, never over the word, while loading and after', async ({
    page,
  }) => {
    // Every annotated word of the article, each in two states: longer than one check.
    test.setTimeout(60_000);
    // The readings are held back until released, so the popover is checked in both of its states.
    const held: (() => void)[] = [];
    let holding = true;
    await page.route('**/api/dictionary/**', async (route) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      await route.continue();
    });
    await page.goto(ARTICLE);
    const terms = page.locator(SELECTOR.documentTerm);
    expect(await terms.count()).toBeGreaterThan(10);
    for (let i = 0; i < (await terms.count()); i++) {
      const trigger = terms.nth(i).locator(SELECTOR.ownTrigger);
      const pop = popoverOf(terms.nth(i));
      // Two thirds down the screen: no room for the popover below the word.
      await trigger.evaluate((element) => window.scrollBy(0, element.getBoundingClientRect().top - 490));
      holding = true;
      await trigger.tap();
      const label = (await trigger.textContent())!;
      const expectInsideAndBesideWord = async (state: string) => {
        const box = (await pop.boundingBox())!;
        const word = (await trigger.boundingBox())!;
        expect(box.y, `${label} ${state}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${label} ${state}`).toBeLessThanOrEqual(740);
        expect(box.y + box.height <= word.y || box.y >= word.y + word.height, `${label} ${state}`).toBe(true);
      };
      await expectInsideAndBesideWord('while loading');
      // Also a request that reaches the route only now.
      holding = false;
      held.splice(0).forEach((release) => release());
      await expect(pop).not.toContainText('Wörterbuch wird geladen');
      await expectInsideAndBesideWord('with its readings');
      await page.keyboard.press('Escape');
    }
  });
});

test('ruby modes change what is shown and survive a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  const rt = leiJun(page).locator('rt').first();
  await expect(rt).toBeVisible();
  await expect(rt).toHaveText('léi');

  const ruby = page.getByLabel('Pinyin über den Zeichen');
  await ruby.selectOption('off');
  await expect(rt).toBeHidden();
  await expect(page).toHaveURL(/ruby=off/);
  await page.goto(ARTICLE); // no query: comes back from localStorage
  await expect(rt).toBeHidden();
  await expect(page.getByLabel('Pinyin über den Zeichen')).toHaveValue('off');

  await page.getByLabel('Pinyin über den Zeichen').selectOption('hover');
  await expect(rt).toHaveCSS('visibility', 'hidden');
  await leiJun(page).locator(SELECTOR.trigger).hover();
  await expect(rt).toHaveCSS('visibility', 'visible');
});

test('tone colors change the color of syllables and survive a reload', async ({ page }) => {
  await page.goto(ARTICLE);
  const jun = leiJun(page).locator('rt.tone-1'); // jūn, first tone
  const standard = await jun.evaluate((el) => getComputedStyle(el).color);
  await page.getByLabel('Tonfarben').selectOption('pleco');
  await expect.poll(() => jun.evaluate((el) => getComputedStyle(el).color)).not.toBe(standard);
  const pleco = await jun.evaluate((el) => getComputedStyle(el).color);
  await page.getByLabel('Tonfarben').selectOption('off');
  const off = await jun.evaluate((el) => getComputedStyle(el).color);
  expect(off).not.toBe(pleco);
  // Tone marks stay whatever the colors: color is never the only signal.
  await expect(jun).toHaveText('jūn');
  await page.reload();
  await expect(page.getByLabel('Tonfarben')).toHaveValue('off');
  expect(await jun.evaluate((el) => getComputedStyle(el).color)).toBe(off);
});

test('settings in the URL win over stored ones', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByLabel('Pinyin über den Zeichen').selectOption('off');
  await page.getByLabel('Darstellung').selectOption('light');
  await page.goto(`${ARTICLE}?ruby=always&theme=dark&tones=hanping&size=xl&bogus=1`);
  await expect(leiJun(page).locator('rt').first()).toBeVisible();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByLabel('Tonfarben')).toHaveValue('hanping');
  await expect(page.getByLabel('Schriftgröße')).toHaveValue('xl');
  // Invalid values are ignored, not an error.
  await page.goto(`${ARTICLE}?ruby=sideways&size=<script>`);
  await expect(page.getByLabel('Pinyin über den Zeichen')).toHaveValue('off');
});

test('the glossary lists the terms in order, counts mentions and jumps to each in turn', async ({ page }) => {
  await page.goto(ARTICLE);
  const panel = page.getByRole('complementary', { name: 'Chinesische Begriffe' });
  const rows = panel.locator(SELECTOR.glossaryRow);
  await expect(rows.first()).toHaveAttribute('data-term-id', '小米');
  const row = panel.locator('.glossary-row[data-term-id="雷军"]');
  const mentions = page.locator(`article ${termWithId('雷军')}`);
  await expect(mentions).toHaveCount(4); // Lei Jun (雷军) in the text, "Lei" later, "Lei Jun" in the caption
  await expect(row.getByRole('link', { name: /4 Vorkommen/ })).toBeVisible();

  const next = row.getByRole('button', { name: 'Nächstes Vorkommen von 雷军' });
  await next.click();
  await expect(row.locator('output')).toHaveText('1 von 4');
  await expect(mentions.nth(0)).toHaveClass(/is-highlighted/);
  await expect(mentions.nth(0)).toBeInViewport();
  await next.click();
  await expect(row.locator('output')).toHaveText('2 von 4');
  await expect(mentions.nth(1)).toHaveClass(/is-highlighted/);
  await expect(mentions.nth(0)).not.toHaveClass(/is-highlighted/);
  await row.getByRole('button', { name: 'Vorheriges Vorkommen von 雷军' }).click();
  await expect(row.locator('output')).toHaveText('1 von 4');
});

test('the glossary filter finds terms by hanzi, pinyin in every spelling, and meaning', async ({ page }) => {
  await page.goto(ARTICLE);
  const panel = page.getByRole('complementary', { name: 'Chinesische Begriffe' });
  const filter = panel.getByLabel('Begriffe filtern');
  const visibleIds = () =>
    panel
      .locator(`${SELECTOR.glossaryRow}:visible`)
      .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.termId));
  for (const query of ['雷军', 'leijun', 'lei jun', 'léi jūn', 'lei2 jun1', 'Gründer']) {
    await filter.fill(query);
    await expect.poll(visibleIds, { message: query }).toEqual(['雷军']);
  }
  await filter.fill('xyzzy');
  await expect(panel.getByRole('status')).toHaveText('Kein Begriff passt zu diesem Filter.');
  await filter.fill('');
  await expect(panel.locator(`${SELECTOR.glossaryRow}:visible`)).toHaveCount(
    await panel.locator(SELECTOR.glossaryRow).count(),
  );
});

test('the play button says why it cannot speak when there is no Chinese voice', async ({ page }) => {
  await page.goto(ARTICLE);
  const hasVoice = await page.evaluate(() => speechSynthesis.getVoices().some((v) => /^(zh|cmn)/i.test(v.lang)));
  test.skip(hasVoice, 'this browser has a Chinese voice');
  await leiJun(page).locator(SELECTOR.trigger).hover();
  const play = popoverOf(leiJun(page)).getByRole('button', { name: '雷军 anhören' });
  await expect(play).toBeDisabled();
  await expect(play).toHaveAttribute('title', /Keine chinesische Stimme/);
  await expect(play).toHaveAccessibleDescription(/Keine chinesische Stimme/);
});

test('copying the article gives the plain text, without pinyin', async ({ page }) => {
  await page.goto(ARTICLE);
  const paragraph = page.locator('article p').filter({ hasText: 'Lei Jun' }).first();
  const copied = await paragraph.evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(copied).toContain('Laut Xiaomi-CEO und President Lei Jun (雷军) ist es ein Rekord');
  expect(copied).not.toMatch(/léi|jūn|Person|Gründer/);
});

test('without JavaScript the pinyin is on the page and the popover opens on hover', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  await expect(leiJun(page).locator('rt').first()).toBeVisible();
  await expect(leiJun(page).locator('rt')).toHaveText(['léi', 'jūn']);
  await leiJun(page).locator(SELECTOR.trigger).hover();
  await expect(popoverOf(leiJun(page))).toBeVisible();
  await expect(popoverOf(leiJun(page))).toContainText('léi jūn');
  // Controls that need JavaScript are not offered.
  await expect(page.getByLabel('Pinyin über den Zeichen')).toBeHidden();
  await context.close();
});

for (const locale of ['de', 'en', 'zh']) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violation on the article in ${locale}, ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/articles/xiaomi-2018`);
      await leiJun(page).locator(SELECTOR.trigger).hover(); // an open popover is checked too
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}

test.describe('readable colors', () => {
  const TONED = ':is(.tone-1, .tone-2, .tone-3, .tone-4, .tone-5)';

  for (const theme of ['light', 'dark']) {
    test(`a mention the reader jumped to keeps its tone colors readable (${theme})`, async ({ page }) => {
      for (const tones of ['standard', 'pleco', 'hanping']) {
        await page.goto(`${ARTICLE}?theme=${theme}&tones=${tones}`);
        // Jump through the mentions of 雷军 to one written in hanzi (the first is "Lei Jun").
        const next = page.getByRole('button', { name: 'Nächstes Vorkommen von 雷军' });
        const highlighted = page.locator(SELECTOR.highlighted);
        do await next.click();
        while (!(await highlighted.locator(SELECTOR.hanzi).count()));
        const contrasts = await textContrasts(page, `${SELECTOR.highlighted} > ${SELECTOR.trigger} ${TONED}`);
        expect(contrasts.length).toBeGreaterThan(0);
        expect(
          contrasts.filter(({ ratio }) => ratio < 4.5),
          tones,
        ).toEqual([]);
      }
    });
  }

  test('printed in the dark theme, the article is dark on white', async ({ page }) => {
    await page.goto('/en/articles/byd-aufstieg?theme=dark');
    await page.emulateMedia({ media: 'print' });
    const contrasts = await textContrasts(page, `article :is(h1, p, time, figcaption, rt, th, td, ${TONED})`);
    expect(contrasts.length).toBeGreaterThan(20);
    expect(contrasts.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
  });
});
