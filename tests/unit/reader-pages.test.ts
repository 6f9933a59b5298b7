import { describe, expect, it } from 'vitest';
import { annotateLines, type AnnotatedLine } from '@/lib/annotated-lines';
import { pageNumber, paginateLines, termsOfPage } from '@/lib/reader/pages';

const textOf = (lines: readonly AnnotatedLine[]) => lines.map((line) => line.map((segment) => segment.text).join(''));
const mentionsOf = (lines: readonly AnnotatedLine[]) => lines.flat().filter((segment) => segment.type !== 'plain');

describe('paginateLines', () => {
  it('keeps a short text on one page, unchanged', async () => {
    const { lines } = await annotateLines(['Lei Jun (雷军) gründete Xiaomi (小米).', 'Xiaomi wächst.']);
    const pages = paginateLines(lines, { maxChars: 6000, maxMentions: 600 });
    expect(pages).toEqual([lines]);
  });

  it('cuts a long text into pages within the limits, losing nothing and keeping the mention numbers', async () => {
    const paragraph = '小米的创始人雷军说，华为和小米都在深圳和北京。'.repeat(40);
    const { lines } = await annotateLines([paragraph, 'Kurzer Absatz.', paragraph]);
    const pages = paginateLines(lines, { maxChars: 300, maxMentions: 50 });
    expect(pages.length).toBeGreaterThan(3);
    // Joined again, the pages give the text back; the mentions keep their order and numbers.
    expect(pages.flatMap((page) => textOf(page)).join('')).toBe(textOf(lines).join(''));
    expect(mentionsOf(pages.flat()).map((m) => m.occurrence)).toEqual(mentionsOf(lines).map((m) => m.occurrence));
    for (const page of pages) {
      expect(page.length).toBeGreaterThan(0);
      expect(mentionsOf(page).length).toBeLessThanOrEqual(50);
      // A page may overshoot by at most one mention's characters.
      expect(textOf(page).join('').length).toBeLessThan(300 + 10);
    }
  });

  it('cuts a long plain paragraph at code points, never inside a surrogate pair', () => {
    const line: AnnotatedLine = [{ type: 'plain', text: 'a𠀀'.repeat(500) }];
    const pages = paginateLines([line], { maxChars: 100, maxMentions: 10 });
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(textOf(page).join('')).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    expect(pages.flatMap((page) => textOf(page)).join('')).toBe('a𠀀'.repeat(500));
  });
});

describe('termsOfPage', () => {
  it('lists the terms of the page in document order, counted on the page, with their first mention there', async () => {
    const { lines, terms } = await annotateLines(['雷军 und 小米.', '小米 und 华为.', '华为 und 华为.']);
    const [page1, page2] = paginateLines(lines, { maxChars: 1000, maxMentions: 3 });
    expect(termsOfPage(page1!, terms).terms.map((term) => [term.id, term.count])).toEqual([
      ['雷军', 1],
      ['小米', 2],
    ]);
    const second = termsOfPage(page2!, terms);
    expect(second.terms.map((term) => [term.id, term.count])).toEqual([['华为', 3]]);
    expect(second.firstMention.get('华为')).toBe(3);
  });
});

describe('pageNumber', () => {
  it('reads ?page= and falls back to the first page', () => {
    expect(pageNumber('2', 3)).toBe(2);
    expect(pageNumber(['3', '1'], 3)).toBe(3);
    for (const raw of [undefined, '', '0', '4', '-1', '1.5', 'abc', '01', '9999999999'])
      expect(pageNumber(raw, 3)).toBe(1);
  });
});
