/**
 * The attribute on <html> that switches the page to the worksheet view (styles: components/share/share.css).
 * The boot script (lib/reader/boot-script.ts) sets it for `?print=1` before the article is parsed.
 */
export const PRINT_ATTRIBUTE = 'data-print';
