/**
 * Where a popover goes: below its word (above when there is no room below), inside the viewport.
 * Pure: the browser code measures (components/reader/place-popover.ts) and applies the result.
 */

/** Distance kept from the viewport's edges, in CSS pixels. */
export const POPOVER_MARGIN = 8;

export interface PlacementInput {
  /** The word's box, relative to the viewport. */
  trigger: { top: number; bottom: number; left: number };
  /** Left edge of the box the popover is positioned in (the mention). */
  anchorLeft: number;
  /** The popover's size as laid out, before any height limit. */
  popover: { width: number; height: number };
  /** The viewport without scroll bars (clientWidth, clientHeight). */
  viewport: { width: number; height: number };
  /** Opened from the keyboard: the page may scroll to make room (see placePopover). */
  scrollToFit: boolean;
}

export type Placement =
  /** Scroll the page by this much first, then place again without scrollToFit. */
  | { scrollBy: number }
  | {
      above: boolean;
      /** The height limit when the popover is taller than its room (it then scrolls), else null. */
      maxHeight: number | null;
      /** Whether it scrolls: it is then a tab stop, so the keyboard can scroll it. */
      scrolls: boolean;
      /** Its left edge relative to the anchor's. */
      left: number;
    };

export function placePopover({ trigger, anchorLeft, popover, viewport, scrollToFit }: PlacementInput): Placement {
  const below = viewport.height - trigger.bottom - POPOVER_MARGIN;
  const above = trigger.top - POPOVER_MARGIN;
  // Opened from the keyboard, a popover too tall for either side gets room by scrolling its word
  // up the screen: a popover that scrolls would be one more tab stop.
  const shift = trigger.top - 2 * POPOVER_MARGIN;
  if (scrollToFit && popover.height > Math.max(below, above) && shift > 0 && popover.height <= below + shift)
    return { scrollBy: shift };
  const isAbove = popover.height > below && (popover.height <= above || above > below);
  // Taller than the room on either side (every reading of a word, on a phone): it scrolls.
  const room = Math.floor(isAbove ? above : below);
  const scrolls = popover.height > room;
  const left = Math.max(POPOVER_MARGIN, Math.min(trigger.left, viewport.width - popover.width - POPOVER_MARGIN));
  return { above: isAbove, maxHeight: scrolls ? Math.max(room, 0) : null, scrolls, left: left - anchorLeft };
}
