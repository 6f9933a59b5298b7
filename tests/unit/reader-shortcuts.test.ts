import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  shortcutAction,
  SHORTCUT_ACTIONS,
  SHORTCUT_KEYS,
  stepAround,
  toggledRuby,
} from '@/lib/reader/shortcuts';

const press = (
  key: string,
  extra: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean; typing: boolean }> = {},
) => shortcutAction({ key, ctrlKey: false, altKey: false, metaKey: false, typing: false, ...extra });

describe('reader shortcuts', () => {
  it('maps each key to its action, Shift+N (N) to the previous mention of the word', () => {
    expect(['j', 'k', 'o', 's', 'p', 'n', 'N', 'r', '?'].map((key) => press(key))).toEqual([
      'nextWord',
      'previousWord',
      'open',
      'save',
      'play',
      'nextSame',
      'previousSame',
      'toggleRuby',
      'help',
    ]);
    expect(['J', 'x', 'Enter', ' ', 'ArrowDown'].map((key) => press(key))).toEqual([null, null, null, null, null]);
    expect(new Set(SHORTCUT_ACTIONS.map((a) => SHORTCUT_KEYS[a])).size).toBe(SHORTCUT_ACTIONS.length);
  });

  it('never fires while typing or with Ctrl, Alt or Meta', () => {
    expect(press('j', { typing: true })).toBeNull();
    expect(press('s', { ctrlKey: true })).toBeNull();
    expect(press('r', { altKey: true })).toBeNull();
    expect(press('?', { metaKey: true })).toBeNull();
  });

  it('counts inputs, textareas, selects and editable elements as typing', () => {
    expect(['INPUT', 'TEXTAREA', 'SELECT'].map((tagName) => isTypingTarget({ tagName }))).toEqual([true, true, true]);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON', isContentEditable: false })).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });

  it('toggles the pinyin between off and above the characters', () => {
    expect(['always', 'hover', 'off'].map(toggledRuby)).toEqual(['off', 'off', 'always']);
  });

  it('steps round a list; from nowhere forward is the first, backward the last', () => {
    expect([
      stepAround(0, 1, 3),
      stepAround(2, 1, 3),
      stepAround(0, -1, 3),
      stepAround(-1, 1, 3),
      stepAround(-1, -1, 3),
      stepAround(-1, 1, 0),
    ]).toEqual([1, 0, 2, 0, 2, -1]);
  });
});
