import type { ReaderSelector } from '@/lib/reader/dom-contract';

/**
 * The reader's one click listener: clicks are delegated from the document (the markup is the
 * server's; thousands of mentions get no listener each) and dispatched by the contract's
 * selectors to the handler each part of the page registered: the popovers (ReaderInteractions),
 * the glossary's jump controls (GlossaryPanelControls) and the save toggles (SavedWordToggles).
 */
const ROLES = {
  /** A word: opens its popover. */
  trigger: '.term-trigger' satisfies ReaderSelector,
  shortcutsOpen: '[data-shortcuts-open]' satisfies ReaderSelector,
  play: '.term-play' satisfies ReaderSelector,
  /** A popover's link to its glossary row. */
  popoverPageLink: '.term-pop a[href^="#"]' satisfies ReaderSelector,
  jump: '[data-jump]' satisfies ReaderSelector,
  save: '[data-save]' satisfies ReaderSelector,
} as const;

export type ClickRole = keyof typeof ROLES;
/** Called with the element of the role the click was in. */
export type ClickHandler = (element: HTMLElement, event: MouseEvent) => void;

const handlers: Partial<Record<ClickRole, ClickHandler>> = {};

function dispatch(event: MouseEvent) {
  if (!(event.target instanceof Element)) return;
  for (const role of Object.keys(ROLES) as ClickRole[]) {
    const handler = handlers[role];
    const element = handler && event.target.closest<HTMLElement>(ROLES[role]);
    if (element) handler(element, event);
  }
}

/** Handles clicks on the given roles until the returned function is called. */
export function handleClicks(roles: Partial<Record<ClickRole, ClickHandler>>): () => void {
  if (Object.keys(handlers).length === 0) document.addEventListener('click', dispatch);
  Object.assign(handlers, roles);
  return () => {
    for (const role of Object.keys(roles) as ClickRole[]) if (handlers[role] === roles[role]) delete handlers[role];
    if (Object.keys(handlers).length === 0) document.removeEventListener('click', dispatch);
  };
}
