import { expect, type Page } from '@playwright/test';

/**
 * Every visible control's size, as a finger meets it (WCAG 2.5.8). Links inside a sentence (the
 * text, the licence line) are exempt ("inline"), but not the actions of an open popover.
 */
async function controlSizes(page: Page) {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('a, button, select, input, summary')].filter(
      (control) =>
        control.checkVisibility() &&
        (!control.closest('article, footer') || control.closest('.term-pop')) &&
        control.getAttribute('href') !== '#main',
    );
    return controls.map((control) => {
      const box = control.getBoundingClientRect();
      // The settings, the teacher's link and its buttons, the glossary filter, the popover's actions.
      const main = control.matches(
        ":is(.reader-settings, .share-panel) :is(summary, select, button, input:not([type='checkbox'])), .glossary-panel input, .term-pop-actions > *",
      );
      return {
        name: (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 30) || control.tagName,
        width: box.width,
        height: box.height,
        main,
      };
    });
  });
}

/**
 * Every control is at least 24 × 24 px, the reader's main ones 44 px high. The counts make sure the
 * controls looked at are there: at least `controls` in all, `main` of them main ones.
 */
export async function expectFingerSizedControls(page: Page, atLeast: { controls: number; main: number }) {
  const sizes = await controlSizes(page);
  expect(sizes.length).toBeGreaterThanOrEqual(atLeast.controls);
  expect(sizes.filter((size) => size.width < 24 || size.height < 24).map((size) => size.name)).toEqual([]);
  expect(sizes.filter((size) => size.main).length).toBeGreaterThanOrEqual(atLeast.main);
  expect(sizes.filter((size) => size.main && size.height < 44).map((size) => size.name)).toEqual([]);
}
