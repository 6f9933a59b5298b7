/**
 * The reader's keyboard shortcuts: which key does what, for the key handler in the browser and
 * for the help dialog that lists them (one table, so the two cannot disagree). Client-safe.
 */

/** The id of the help dialog that lists the shortcuts. */
export const SHORTCUTS_DIALOG_ID = 'reader-shortcuts';

export const SHORTCUT_ACTIONS = [
  'nextWord',
  'previousWord',
  'open',
  'save',
  'play',
  'nextSame',
  'previousSame',
  'toggleRuby',
  'help',
] as const;
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number];

/**
 * Letters rather than arrows or brackets: arrows move inside an open popover, and brackets need
 * AltGr (Ctrl+Alt) on German keyboards, which a shortcut must never need.
 */
export const SHORTCUT_KEYS: Readonly<Record<ShortcutAction, string>> = {
  nextWord: 'j',
  previousWord: 'k',
  open: 'o',
  save: 's',
  play: 'p',
  nextSame: 'n',
  previousSame: 'N',
  toggleRuby: 'r',
  help: '?',
};

const ACTION_OF_KEY = new Map(SHORTCUT_ACTIONS.map((action) => [SHORTCUT_KEYS[action], action]));

/** What a key press means to the reader; `typing` when it went to a field (input, textarea, select, contenteditable). */
export interface ShortcutKeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  typing: boolean;
}

/** The action of a key press, or null: never while typing in a field, never with Ctrl, Alt or Meta (the browser's and the system's). */
export function shortcutAction(press: ShortcutKeyPress): ShortcutAction | null {
  if (press.typing || press.ctrlKey || press.altKey || press.metaKey) return null;
  return ACTION_OF_KEY.get(press.key) ?? null;
}

/** Whether a key press went to a place where the reader types (where letters must stay letters). */
export function isTypingTarget(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  if (!target) return false;
  return target.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName ?? '');
}

/** The ruby setting after the toggle: pinyin off, or back on (above the characters) from off. */
export function toggledRuby(current: string): 'always' | 'off' {
  return current === 'off' ? 'always' : 'off';
}

/**
 * The index `step` places from `from` in a list of `length`, going round at either end; from
 * nowhere (-1), forward starts at the first and backward at the last.
 */
export function stepAround(from: number, step: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (from < 0) return step === 1 ? 0 : length - 1;
  return (from + step + length) % length;
}
