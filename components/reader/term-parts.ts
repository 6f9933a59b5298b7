import type { ReaderClass, ReaderData, ReaderSelector } from '@/lib/reader/dom-contract';

/** A mention's (.term's) own trigger. */
export const triggerOf = (term: Element) =>
  term.querySelector<HTMLElement>(':scope > .term-trigger' satisfies ReaderSelector);

/** A mention's popover: its own, or the shared one while it is moved there. */
export const popOf = (term: Element) => term.querySelector<HTMLElement>(':scope > .term-pop' satisfies ReaderSelector);

/** A child of `parent` with the given class of the contract (a part of a popover or a glossary row). */
export const childOf = (parent: Element, className: ReaderClass) =>
  parent.querySelector<HTMLElement>(`:scope > .${className}`);

/** The term id of a mention or a glossary row. */
export const termIdOf = (element: Element) => element.getAttribute('data-term-id' satisfies ReaderData) ?? '';

/** The mention an event happened in, if any. */
export const termAt = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('.term' satisfies ReaderSelector) : null;

/** A popover's actions that the arrow keys go round (play, save, glossary, dictionary, the voice note's link). */
export const ACTIONS = ':is(.term-pop-actions > :is(button, a), .term-pop-voice a)' satisfies ReaderSelector;

/** The open popover's actions that are shown. */
export function actionsOf(term: Element) {
  return [...term.querySelectorAll<HTMLElement>(`${':scope > .term-pop' satisfies ReaderSelector} ${ACTIONS}`)].filter(
    (action) => !action.hidden,
  );
}
