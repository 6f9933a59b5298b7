import type { Locator } from '@playwright/test';

/** The small language label ("EN") the stylesheet puts before a meaning in another language than the page; "" when none. */
export const languageLabel = (meaning: Locator): Promise<string> =>
  meaning.evaluate((el) => getComputedStyle(el, '::before').content.match(/^"(\w+)"/)?.[1] ?? '');
