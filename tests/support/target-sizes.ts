import { expect, type Page } from '@playwright/test';
import { GLOSSARY_LAYOUT, POPOVER, READER, SELECTOR } from '@/lib/reader/dom-contract';

/** What counts as a main control: the settings, the teacher's link and its buttons, the glossary filter, the popover's actions. */
const MAIN_CONTROL = `:is(.${READER.settings}, .share-panel) :is(summary, select, button, input:not([type='checkbox'])), .${GLOSSARY_LAYOUT.panel} input, .${POPOVER.actions} > *`;

/**
 * Every visible control's size, as a finger meets it (WCAG 2.5.8). Links inside a sentence (the
 * text, the licence line) are exempt ("inline"), but not the actions of an open popover.
 */
async function controlSizes(page: Page) {
  return page.evaluate(
    ({ popover, main: mainControl }) => {
      const controls = [...document.querySelectorAll<HTMLElement>('a, button, select, input, summary')].filter(
        (control) =>
          control.checkVisibility() &&
          (!control.closest('article, footer') || control.closest(popover)) &&
          control.getAttribute('href') !== '#main',
      );
      return controls.map((control) => {
        const box = control.getBoundingClientRect();
        const main = control.matches(mainControl);
        return {
          name:
            (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().slice(0, 30) || control.tagName,
          width: box.width,
          height: box.height,
          main,
        };
      });
    },
    { popover: SELECTOR.popover, main: MAIN_CONTROL },
  );
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
