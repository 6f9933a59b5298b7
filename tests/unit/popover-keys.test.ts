import { describe, expect, it } from 'vitest';
import { popoverKeyTarget } from '@/lib/reader/popover-keys';

describe('arrow keys in a popover', () => {
  it('Down on the word enters its popover; other keys on the word are not the popover’s', () => {
    expect(popoverKeyTarget('trigger', 'ArrowDown', 4)).toBe('enter');
    expect(['ArrowUp', 'ArrowRight', 'Home', 'j'].map((key) => popoverKeyTarget('trigger', key, 4))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('goes round the actions both ways, Home and End to the ends', () => {
    expect(popoverKeyTarget(0, 'ArrowRight', 4)).toBe(1);
    expect(popoverKeyTarget(1, 'ArrowDown', 4)).toBe(2);
    expect(popoverKeyTarget(3, 'ArrowRight', 4)).toBe(0);
    expect(popoverKeyTarget(0, 'ArrowLeft', 4)).toBe(3);
    expect(popoverKeyTarget(2, 'ArrowUp', 4)).toBe(1);
    expect(popoverKeyTarget(2, 'Home', 4)).toBe(0);
    expect(popoverKeyTarget(1, 'End', 4)).toBe(3);
    expect(popoverKeyTarget(1, 'Tab', 4)).toBeNull();
  });

  it('from a scrolling popover, the sides go to the first and last action and Up and Down scroll it', () => {
    expect(popoverKeyTarget('popover', 'ArrowRight', 3)).toBe(0);
    expect(popoverKeyTarget('popover', 'ArrowLeft', 3)).toBe(2);
    expect(popoverKeyTarget('popover', 'ArrowDown', 3)).toBeNull();
    expect(popoverKeyTarget('popover', 'ArrowUp', 3)).toBeNull();
  });

  it('leaves keys alone where the focus is in the popover but on no action', () => {
    expect(popoverKeyTarget(-1, 'ArrowRight', 3)).toBeNull();
  });
});
