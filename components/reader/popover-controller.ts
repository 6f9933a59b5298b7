import type { ReaderClass, ReaderData, ReaderId } from '@/lib/reader/dom-contract';
import { popoverKeyTarget } from '@/lib/reader/popover-keys';
import { isTypingTarget, shortcutAction } from '@/lib/reader/shortcuts';
import { showDictionary, type PopoverDictionaryLabels } from './popover-dictionary';
import { speak } from './popover-speech';
import { place } from './place-popover';
import { handleClicks } from './reader-clicks';
import { openShortcutHelp, runShortcut } from './reader-shortcuts';
import { fillSharedPopover, type WordLabels } from './shared-popover';
import { ACTIONS, actionsOf, childOf, popOf, termAt, triggerOf } from './term-parts';

/**
 * One tab stop per mention: the popover's actions leave the tab order and are reached with the
 * arrow keys once the popover is entered (Enter, Down or the open shortcut on the word). Tab from
 * there goes on to the next word. Without JavaScript they stay in the tab order. The popover
 * itself is a tab stop only while it is open and scrolls (see place), and is then entered first,
 * so that the arrow keys scroll it.
 */
function takeActionsOutOfTabOrder() {
  const popover: ReaderClass = 'term-pop';
  for (const action of document.querySelectorAll<HTMLElement>(`.${popover}, .${popover} ${ACTIONS}`))
    action.tabIndex = -1;
}

/** The popovers' labels; those that name the word are formatted in the browser once it is known. */
export type PopoverLabels = PopoverDictionaryLabels & WordLabels & { pageLabel: (word: string) => string };

/**
 * Behaviour of the server-rendered annotations: one popover at a time, opened by mouse hover,
 * keyboard focus or a tap, closed by Escape (focus goes back to the word), a tap elsewhere or
 * leaving it; the arrow keys inside it, the shortcuts, and its play buttons. `canSpeak`: whether
 * there is a voice (undefined while unknown). Returns the function that stops it all.
 */
export function attachPopovers(labels: PopoverLabels, canSpeak: () => boolean | undefined): () => void {
  let open: HTMLElement | null = null;
  let last: HTMLElement | null = null;
  // Whether the open popover was opened from the keyboard (see place).
  let byKeyboard = false;
  let closeTimer: number | undefined;
  let refocusing = false;
  takeActionsOutOfTabOrder();

  const show = (term: HTMLElement, fromKeyboard = false) => {
    window.clearTimeout(closeTimer);
    if (open === term) return;
    hide();
    open = last = term;
    byKeyboard = fromKeyboard;
    fillSharedPopover(term, labels);
    term.setAttribute('data-open' satisfies ReaderData, 'true');
    triggerOf(term)?.setAttribute('aria-expanded', 'true');
    // Every reading of the word, fetched on opening (the page carries no dictionary data). It
    // changes the popover's content ("loading…" in place of the last word's readings) before it
    // is measured, and places it again when the readings arrive.
    showDictionary(term, labels, () => open === term && place(term, byKeyboard));
    // Without a voice, the open popover says so as text (a tooltip never shows on a touch screen)
    // and links to how to get one, after the text.
    const note = document.getElementById('play-unavailable' satisfies ReaderId);
    const pop = popOf(term);
    const actions = pop && childOf(pop, 'term-pop-actions');
    if (note && actions && canSpeak() === false) {
      actions.after(note);
      note.hidden = false;
    }
    place(term, byKeyboard);
  };
  const hide = () => {
    window.clearTimeout(closeTimer);
    if (!open) return;
    open.removeAttribute('data-open' satisfies ReaderData);
    triggerOf(open)?.setAttribute('aria-expanded', 'false');
    const pop = popOf(open);
    if (pop) pop.tabIndex = -1;
    open = null;
  };
  const enter = (term: HTMLElement) => {
    show(term, true);
    const pop = popOf(term);
    if (pop && pop.scrollHeight > pop.clientHeight) pop.focus();
    else actionsOf(term)[0]?.focus();
  };
  const shortcuts = { current: () => open ?? termAt(document.activeElement) ?? last, enter, show };

  const onPointerOver = (e: PointerEvent) => {
    const term = termAt(e.target);
    if (term && e.pointerType === 'mouse') show(term);
  };
  const onPointerOut = (e: PointerEvent) => {
    const term = termAt(e.target);
    if (!term || term !== open || e.pointerType !== 'mouse' || term.contains(e.relatedTarget as Node | null)) return;
    if (term.contains(document.activeElement)) return;
    closeTimer = window.setTimeout(hide, 200);
  };
  const onFocusIn = (e: FocusEvent) => {
    const term = termAt(e.target);
    // A tap focuses the word too: only keyboard focus (focus-visible) counts as from the keyboard.
    if (term && !refocusing) show(term, e.target instanceof Element && e.target.matches(':focus-visible'));
    else if (!term) hide();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (open && !open.contains(e.target as Node)) hide();
  };
  const stopClicks = handleClicks({
    trigger: (trigger, e) => {
      const term = termAt(trigger);
      // A tap on a touch screen opens; Enter or Space (a click without a pointer) goes into the popover.
      if (term) (e.detail === 0 ? enter : show)(term);
    },
    shortcutsOpen: openShortcutHelp,
    play: speak,
    // The link to the glossary row: the reader moves on there, and focusing the row (the browser
    // scrolls to it) closes the popover through onFocusIn.
    popoverPageLink: (link) =>
      document
        .getElementById(decodeURIComponent((link as HTMLAnchorElement).hash.slice(1)))
        ?.focus({ preventScroll: true }),
  });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      const trigger = triggerOf(open);
      hide();
      refocusing = true;
      trigger?.focus();
      refocusing = false;
      return;
    }
    const target = e.target instanceof HTMLElement ? e.target : null;
    const term = termAt(target);
    if (term && !e.altKey && !e.ctrlKey && !e.metaKey && moveInPopover(term, target!, e.key)) {
      e.preventDefault();
      return;
    }
    if (document.querySelector('dialog[open]')) return;
    const action = shortcutAction({
      key: e.key,
      ctrlKey: e.ctrlKey,
      altKey: e.altKey,
      metaKey: e.metaKey,
      typing: isTypingTarget(target),
    });
    if (action && runShortcut(action, shortcuts)) e.preventDefault();
  };
  /** Arrow keys: from the word into its popover, and from action to action round the popover (lib/reader/popover-keys). */
  const moveInPopover = (term: HTMLElement, from: HTMLElement, key: string) => {
    const actions = actionsOf(term);
    const at = from === triggerOf(term) ? 'trigger' : from === popOf(term) ? 'popover' : actions.indexOf(from);
    const next = popoverKeyTarget(at, key, actions.length);
    if (next === 'enter') enter(term);
    else if (next !== null) actions[next]?.focus();
    return next !== null;
  };
  const onResize = () => open && place(open);

  document.addEventListener('pointerover', onPointerOver);
  document.addEventListener('pointerout', onPointerOut);
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPointerDown);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('resize', onResize);
  // A link to a place in the text (#mention-N: the review's "see it in the text", a shared link):
  // that word, open, also when it was focused before this listened.
  const linked = document.getElementById(window.location.hash.slice(1));
  if (linked?.classList.contains('term-trigger' satisfies ReaderClass)) linked.focus();
  const focused = termAt(document.activeElement);
  if (focused) show(focused);
  return () => {
    hide();
    stopClicks();
    document.removeEventListener('pointerover', onPointerOver);
    document.removeEventListener('pointerout', onPointerOut);
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPointerDown);
    document.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('resize', onResize);
  };
}
