import type { ReaderClass } from '@/lib/reader/dom-contract';
import { placePopover } from '@/lib/reader/popover-placement';
import { popOf, triggerOf } from './term-parts';

/** Places the open popover of `term` (lib/reader/popover-placement): measured with no limits first. */
export function place(term: HTMLElement, scrollToFit = false): void {
  const pop = popOf(term);
  const trigger = triggerOf(term);
  if (!pop || !trigger) return;
  pop.style.left = '0px';
  pop.style.maxHeight = '';
  pop.classList.remove('term-pop-above' satisfies ReaderClass);
  const root = document.documentElement;
  const placement = placePopover({
    trigger: trigger.getBoundingClientRect(),
    anchorLeft: term.getBoundingClientRect().left,
    popover: pop.getBoundingClientRect(),
    // clientHeight, not innerHeight: on a phone a popover that sticks out to the right while it is
    // measured widens the layout viewport, and innerHeight grows with it.
    viewport: { width: root.clientWidth, height: root.clientHeight },
    scrollToFit,
  });
  if ('scrollBy' in placement) {
    window.scrollBy({ top: placement.scrollBy, behavior: 'instant' });
    return place(term);
  }
  if (placement.above) pop.classList.add('term-pop-above' satisfies ReaderClass);
  if (placement.maxHeight !== null) pop.style.maxHeight = `${placement.maxHeight}px`;
  // A popover that scrolls is a tab stop while it is open (after its word), so the keyboard can scroll it.
  pop.tabIndex = placement.scrolls ? 0 : -1;
  pop.style.left = `${placement.left}px`;
}
