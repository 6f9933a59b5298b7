import { expect, test, type Locator, type Page } from '@playwright/test';
import { createNewsText, NEWS } from '../support/news-text';
import { READER_ID, SELECTOR, termWithId } from '@/lib/reader/dom-contract';

/**
 * Per-character ruby, measured in the browser: each syllable centred over its own character, no two
 * syllables on a line closer than 2 px, no line break inside a word, pinyin of at least 12 px, and
 * a size setting that scales text, ruby, popover and glossary panel together.
 */

const SEED = '/de/articles/xiaomi-2018';
const BYD = '/de/articles/byd-aufstieg';

interface RubyLayout {
  rts: number;
  /** Largest distance between an rt's centre and its base character's centre. */
  maxCentreOffset: number;
  /** Smallest horizontal gap between neighbouring rt boxes on one line (negative: overlap). */
  minGap: number;
  minGapBetween: string;
  minFontSize: number;
  /** Words whose characters (or syllables) are not all on one line. */
  brokenWords: string[];
  worst: string;
}

/** Measures every shown rt of the document (in `article`). */
function measureRuby(rts: Locator): Promise<RubyLayout> {
  return rts.evaluateAll((elements) => {
    const boxes = elements
      .filter((rt) => getComputedStyle(rt).display !== 'none' && getComputedStyle(rt).visibility === 'visible')
      .map((rt) => {
        let base = rt.previousElementSibling;
        while (base && (base.tagName === 'RP' || base.tagName === 'RT')) base = base.previousElementSibling;
        const range = document.createRange();
        range.selectNodeContents(base!);
        const b = range.getBoundingClientRect();
        const r = rt.getBoundingClientRect();
        return {
          rt,
          text: `${base!.textContent} ${rt.textContent}`,
          left: r.left,
          right: r.right,
          top: r.top,
          offset: Math.abs((r.left + r.right) / 2 - (b.left + b.right) / 2),
          baseTop: b.top,
          size: parseFloat(getComputedStyle(rt).fontSize),
        };
      });
    // Lines: rts whose tops are within 4 px of each other.
    const byTop = [...boxes].sort((a, b) => a.top - b.top || a.left - b.left);
    const lines: (typeof boxes)[] = [];
    for (const box of byTop) {
      const line = lines.at(-1);
      if (line && Math.abs(line[0]!.top - box.top) < 4) line.push(box);
      else lines.push([box]);
    }
    let minGap = Infinity;
    let minGapBetween = '';
    for (const line of lines) {
      line.sort((a, b) => a.left - b.left);
      for (let i = 1; i < line.length; i++) {
        const gap = line[i]!.left - line[i - 1]!.right;
        if (gap < minGap) [minGap, minGapBetween] = [gap, `${line[i - 1]!.text} | ${line[i]!.text}`];
      }
    }
    const brokenWords = [...new Set(boxes.map((box) => box.rt.closest('.term')!))]
      .filter((term) => {
        const mine = boxes.filter((box) => term.contains(box.rt));
        return mine.some((box) => Math.abs(box.top - mine[0]!.top) > 1 || Math.abs(box.baseTop - mine[0]!.baseTop) > 1);
      })
      .map((term) => term.textContent ?? '');
    const worst = boxes.reduce((a, b) => (b.offset > a.offset ? b : a), boxes[0]!);
    return {
      rts: boxes.length,
      maxCentreOffset: Math.max(...boxes.map((box) => box.offset)),
      minGap,
      minGapBetween,
      minFontSize: Math.min(...boxes.map((box) => box.size)),
      brokenWords,
      worst: `${worst.text} (${worst.offset.toFixed(2)} px)`,
    };
  });
}

async function expectLegibleRuby(page: Page, minRts: number) {
  const rts = page.locator('article rt');
  await expect(rts.first()).toBeVisible();
  const layout = await measureRuby(rts);
  test.info().annotations.push({ type: 'ruby layout', description: JSON.stringify(layout) });
  expect(layout.rts, 'shown syllables').toBeGreaterThanOrEqual(minRts);
  expect(layout.maxCentreOffset, `rt centred over its character, worst: ${layout.worst}`).toBeLessThanOrEqual(2);
  expect(layout.minGap, `neighbouring syllables apart: ${layout.minGapBetween}`).toBeGreaterThanOrEqual(2);
  expect(layout.minFontSize, 'pinyin size').toBeGreaterThanOrEqual(12);
  expect(layout.brokenWords, 'words broken across lines').toEqual([]);
  // The page does not scroll sideways.
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  return layout;
}

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('the seed article: each syllable over its character, apart from its neighbours, ≥ 12 px', async ({ page }) => {
      await page.goto(SEED);
      await expectLegibleRuby(page, 4);
    });

    test('the BYD article: the same', async ({ page }) => {
      await page.goto(BYD);
      await expectLegibleRuby(page, 4);
    });

    test('a pasted Chinese news text: the same, with long-pinyin words such as 深圳 行长 状况', async ({
      page,
      request,
    }) => {
      await page.goto(await createNewsText(request));
      const layout = await expectLegibleRuby(page, 350);
      expect(layout.rts).toBeLessThanOrEqual(NEWS.length + 20);
      for (const word of ['深圳', '行长', '重新', '创新', '状况', '双方']) {
        await expect(page.locator(`article ${termWithId(word)}`).first()).toBeVisible();
      }
    });
  });
}

/** Font sizes (px) of the document text, a syllable, the open popover and the glossary panel's text. */
async function sizes(page: Page, open: () => Promise<Locator>) {
  const px = async (locator: Locator) => {
    await expect(locator).toBeVisible();
    return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  };
  const text = await px(page.locator('article'));
  const rt = await px(page.locator('article rt').first());
  const meaning = await px(page.locator('.glossary-meaning').first());
  const pop = await open();
  const popText = await px(pop.locator('.term-pop-meaning'));
  const popHanzi = await px(pop.locator('.term-pop-hanzi'));
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  return { text, rt, meaning, popText, popHanzi };
}

async function expectSizeScalesEverything(page: Page, open: () => Promise<Locator>) {
  const medium = await sizes(page, open);
  expect(medium.text).toBe(18);
  expect(medium.rt).toBeGreaterThanOrEqual(12);

  const size = page.getByLabel('Schriftgröße');
  await size.selectOption('xl');
  await expect(size).toHaveValue('xl');
  const large = await sizes(page, open);
  for (const part of ['text', 'rt', 'meaning', 'popText', 'popHanzi'] as const) {
    expect(large[part], `${part} grows with the size setting`).toBeGreaterThan(medium[part] * 1.25);
  }

  await size.selectOption('s');
  await expect(size).toHaveValue('s');
  const small = await sizes(page, open);
  for (const part of ['text', 'meaning', 'popText', 'popHanzi'] as const) {
    expect(small[part], `${part} shrinks with the size setting`).toBeLessThan(medium[part]);
  }
  expect(small.rt, 'pinyin stays legible at the small size').toBeGreaterThanOrEqual(12);
}

test('the size setting scales text, ruby, popover and glossary panel together (article)', async ({ page }) => {
  await page.goto(SEED);
  await expectSizeScalesEverything(page, async () => {
    const term = page.locator(`article ${termWithId('雷军')}`).filter({ has: page.locator(SELECTOR.hanzi) });
    await term.locator(SELECTOR.trigger).click();
    const pop = term.locator(SELECTOR.popover);
    await expect(pop).toBeVisible();
    return pop;
  });
});

test('the size setting scales the shared popover and the panel of a pasted text', async ({ page, request }) => {
  await page.goto(await createNewsText(request));
  await expectSizeScalesEverything(page, async () => {
    const trigger = page.locator('article .term[data-term-id="深圳"] .term-trigger').first();
    await trigger.click();
    const pop = page.locator(`#${READER_ID.sharedPopover}`);
    await expect(pop).toBeVisible();
    await expect(pop.locator('.term-pop-hanzi')).toHaveText('深圳');
    return pop;
  });
});
