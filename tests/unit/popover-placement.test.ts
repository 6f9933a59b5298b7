import { describe, expect, it } from 'vitest';
import { placePopover, POPOVER_MARGIN, type PlacementInput } from '@/lib/reader/popover-placement';

const viewport = { width: 400, height: 800 };
/** A word 20 px high whose top is at `top`, at `left`; its mention box starts at the same place. */
const at = (top: number, height: number, extra: Partial<PlacementInput> = {}): PlacementInput => ({
  trigger: { top, bottom: top + 20, left: 100 },
  anchorLeft: 100,
  popover: { width: 200, height },
  viewport,
  scrollToFit: false,
  ...extra,
});

describe('popover placement', () => {
  it('goes below its word when there is room, aligned with it', () => {
    expect(placePopover(at(100, 300))).toEqual({ above: false, maxHeight: null, scrolls: false, left: 0 });
  });

  it('goes above when there is no room below but there is above', () => {
    expect(placePopover(at(600, 300))).toMatchObject({ above: true, maxHeight: null, scrolls: false });
  });

  it('stays inside the viewport at the right and left edges', () => {
    const right = placePopover(at(100, 100, { trigger: { top: 100, bottom: 120, left: 350 }, anchorLeft: 350 }));
    expect(right).toMatchObject({ left: viewport.width - 200 - POPOVER_MARGIN - 350 });
    const left = placePopover(at(100, 100, { trigger: { top: 100, bottom: 120, left: 2 }, anchorLeft: 2 }));
    expect(left).toMatchObject({ left: POPOVER_MARGIN - 2 });
  });

  it('taller than either side: on the larger side, limited to its room, and it scrolls', () => {
    // Below: 800 - 420 - 8 = 372; above: 400 - 8 = 392.
    expect(placePopover(at(400, 1000))).toEqual({ above: true, maxHeight: 392, scrolls: true, left: 0 });
    expect(placePopover(at(300, 1000))).toEqual({ above: false, maxHeight: 472, scrolls: true, left: 0 });
  });

  it('opened from the keyboard, scrolls its word up when that makes room, instead of scrolling the popover', () => {
    // 600 px: fits neither below (372) nor above (392), but below once the word moves up by 384.
    expect(placePopover(at(400, 600, { scrollToFit: true }))).toEqual({ scrollBy: 400 - 2 * POPOVER_MARGIN });
    // Too tall even then: it scrolls where it is.
    expect(placePopover(at(400, 1000, { scrollToFit: true }))).toMatchObject({ scrolls: true });
  });
});
