import { SHORTCUTS_DIALOG_ID, stepAround, toggledRuby, type ShortcutAction } from '@/lib/reader/shortcuts';
import type { ReaderSelector } from '@/lib/reader/dom-contract';
import { readRootSettings } from '@/lib/reader/settings';
import { changeReaderSetting } from './change-setting';
import { termIdOf, triggerOf } from './term-parts';

/** What the popover logic (popover-controller.ts) lends the shortcuts. */
export interface ShortcutContext {
  /** The word the shortcuts act on: the open one, else the focused one, else the last one opened. */
  current(): HTMLElement | null;
  /** Opens the word's popover and moves focus to its first action. */
  enter(term: HTMLElement): void;
  /** Opens the word's popover (fills the shared one), focus stays where it is. */
  show(term: HTMLElement): void;
}

const mentionsIn = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

function focusMention(term: HTMLElement | undefined) {
  const trigger = term && triggerOf(term);
  if (!trigger) return;
  trigger.focus({ preventScroll: true });
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  trigger.scrollIntoView({ block: 'nearest', behavior: reduceMotion ? 'auto' : 'smooth' });
}

function step(list: HTMLElement[], current: HTMLElement | null, by: 1 | -1) {
  focusMention(list[stepAround(current ? list.indexOf(current) : -1, by, list.length)]);
}

/** Tab goes round inside the dialog (a modal dialog alone lets it leave for the browser's toolbar). */
function keepTabInside(this: HTMLDialogElement, event: KeyboardEvent) {
  if (event.key !== 'Tab') return;
  const focusable = [...this.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea')];
  const edge = focusable[event.shiftKey ? 0 : focusable.length - 1];
  if (document.activeElement === edge || !this.contains(document.activeElement)) {
    event.preventDefault();
    focusable[event.shiftKey ? focusable.length - 1 : 0]?.focus();
  }
}

/** Opens the shortcut help as a modal dialog; focus goes back where it was when it closes. */
export function openShortcutHelp() {
  const dialog = document.getElementById(SHORTCUTS_DIALOG_ID);
  if (!(dialog instanceof HTMLDialogElement) || dialog.open) return;
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener('keydown', keepTabInside);
  dialog.addEventListener(
    'close',
    () => {
      dialog.removeEventListener('keydown', keepTabInside);
      before?.focus({ preventScroll: true });
    },
    { once: true },
  );
  dialog.showModal();
}

/** Carries out one shortcut; true when it did something (the key press is then the reader's). */
export function runShortcut(action: ShortcutAction, context: ShortcutContext): boolean {
  const current = context.current();
  switch (action) {
    case 'nextWord':
    case 'previousWord':
      step(mentionsIn('article .term' satisfies ReaderSelector), current, action === 'nextWord' ? 1 : -1);
      return true;
    case 'nextSame':
    case 'previousSame':
      if (!current) return false;
      step(
        mentionsIn(`${'article .term' satisfies ReaderSelector}[data-term-id="${CSS.escape(termIdOf(current))}"]`),
        current,
        action === 'nextSame' ? 1 : -1,
      );
      return true;
    case 'toggleRuby':
      changeReaderSetting('ruby', toggledRuby(readRootSettings(document.documentElement).ruby));
      return true;
    case 'help':
      openShortcutHelp();
      return true;
  }
  if (!current) return false;
  if (action === 'open') {
    context.enter(current);
    return true;
  }
  // Save and play press the popover's own buttons, so they behave as a click there would.
  context.show(current);
  const button = current.querySelector<HTMLElement>(
    `${':scope > .term-pop' satisfies ReaderSelector} ${(action === 'save' ? '[data-save]' : '.term-play') satisfies ReaderSelector}`,
  );
  button?.click();
  return !!button;
}
