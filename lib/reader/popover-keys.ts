/**
 * The arrow-key model of an open popover: from the word into its popover, and from action to
 * action round it. Pure: the browser code (components/reader/popover-controller.ts) finds where
 * the focus is and moves it.
 */
import { stepAround } from './shortcuts';

/** Where the focus is: the word's trigger, the (scrolling) popover itself, or its action at an index (-1: elsewhere in it). */
export type PopoverFocus = 'trigger' | 'popover' | number;

const STEPS: Readonly<Record<string, 1 | -1>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * What a key does: 'enter' the popover (from its word), focus the action at the returned index
 * (when there is one: the key is the popover's either way), or null (not the popover's key).
 */
export function popoverKeyTarget(from: PopoverFocus, key: string, actionCount: number): 'enter' | number | null {
  if (from === 'trigger') return key === 'ArrowDown' ? 'enter' : null;
  // From a scrolling popover itself, Up and Down scroll; the sides go to the first and last action.
  if (from === 'popover') return key === 'ArrowRight' ? 0 : key === 'ArrowLeft' ? actionCount - 1 : null;
  if (from < 0) return null;
  if (key === 'Home') return 0;
  if (key === 'End') return actionCount - 1;
  const step = STEPS[key];
  return step ? stepAround(from, step, actionCount) : null;
}
