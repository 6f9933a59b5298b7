import type { Page } from '@playwright/test';

/**
 * The contrast ratio (WCAG 2) of each visible element's text (or border) against the background it is drawn on (the
 * nearest opaque background up the tree), as the browser computes the colors. Colors go through a
 * canvas, so any CSS color syntax (oklch, lab) comes back as sRGB.
 */
export async function textContrasts(
  page: Page,
  selector: string,
  of: 'text' | 'border' = 'text',
): Promise<{ text: string; ratio: number }[]> {
  // A border is drawn on what is around the element: its contrast is against the parent's background.
  return page.locator(selector).evaluateAll((elements, of) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
    };
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r!) + 0.7152 * linear(g!) + 0.0722 * linear(b!);
    };
    const backgroundOf = (element: Element) => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const color = rgba(getComputedStyle(at).backgroundColor);
        if (color[3] === 255) return color;
      }
      return rgba('#fff'); // the canvas of a page without a background
    };
    // What is not drawn (a closed popover, print-hidden parts) is not read either.
    return elements
      .filter((element) => element.checkVisibility())
      .map((element) => {
        const style = getComputedStyle(element);
        const [text, background] =
          of === 'border'
            ? [luminance(rgba(style.borderTopColor)), luminance(backgroundOf(element.parentElement ?? element))]
            : [luminance(rgba(style.color)), luminance(backgroundOf(element))];
        const ratio = (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
        return { text: (element.textContent ?? '').trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 };
      });
  }, of);
}
