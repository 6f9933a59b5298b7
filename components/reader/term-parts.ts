import { SELECTOR } from '@/lib/reader/dom-contract';

/** A mention's (.term's) own trigger. */
export const triggerOf = (term: Element) => term.querySelector<HTMLElement>(SELECTOR.ownTrigger);

/** A mention's popover: its own, or the shared one while it is moved there. */
export const popOf = (term: Element) => term.querySelector<HTMLElement>(SELECTOR.ownPopover);

/** The mention an event happened in, if any. */
export const termAt = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>(SELECTOR.term) : null;

/** The open popover's actions (play, save, glossary, dictionary, the voice note's link) that are shown. */
export function actionsOf(term: Element) {
  return [...term.querySelectorAll<HTMLElement>(`${SELECTOR.ownPopover} ${SELECTOR.popoverActions}`)].filter(
    (action) => !action.hidden,
  );
}
