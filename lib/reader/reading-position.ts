/**
 * The reading position kept across a switch of the interface language: the block of the document
 * at the top of the screen and how far from the top it was. The page in the other language has the
 * same document but other labels around it (and notes of its own, such as "the article is in
 * German"), so neither a scroll offset nor a block's index would land in the same place: the block
 * is named by its text. Client-safe, no dependencies.
 */

/** The document's blocks. */
export const POSITION_BLOCKS = 'article :is(h1, h2, h3, p, li, blockquote, figcaption)';

/** Enough of a block's text to tell it from the others; `nth` tells apart blocks with the same start. */
const KEY_LENGTH = 80;

export interface BlockOnScreen {
  /** Index in the list of POSITION_BLOCKS. */
  block: number;
  /** The block's top relative to the top of the screen, in CSS pixels. */
  top: number;
}

export interface ReadingPosition {
  /** The address below its locale, without the hash ("/articles/x?ruby=off"). */
  path: string;
  /** The start of the block's text, and how many blocks before it start the same way. */
  text: string;
  nth: number;
  top: number;
}

/**
 * The first block that reaches below the top of the screen (the last one when the reader is past
 * the document); null when nothing is scrolled past yet. `boxOf(i)` measures block i; blocks are
 * in document order, so a long text's thousands of blocks take a dozen measurements.
 */
export function blockOnScreen(
  count: number,
  boxOf: (index: number) => { top: number; bottom: number },
): BlockOnScreen | null {
  if (count === 0 || boxOf(0).top >= 0) return null;
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (boxOf(middle).bottom > 0) high = middle;
    else low = middle + 1;
  }
  return { block: low, top: Math.round(boxOf(low).top) };
}

const keyOf = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, KEY_LENGTH);

/** The position of a block on screen, named so that the other page finds it. */
export function describePosition(
  path: string,
  { block, top }: BlockOnScreen,
  textOf: (index: number) => string,
): ReadingPosition {
  const text = keyOf(textOf(block));
  let nth = 0;
  for (let index = 0; index < block; index++) if (keyOf(textOf(index)) === text) nth++;
  return { path, text, nth, top };
}

/** The index of the block a position names on this page, or -1. */
export function findBlock(position: ReadingPosition, count: number, textOf: (index: number) => string): number {
  let seen = 0;
  for (let index = 0; index < count; index++) {
    if (keyOf(textOf(index)) !== position.text) continue;
    if (seen === position.nth) return index;
    seen++;
  }
  return -1;
}

export function parsePosition(json: string | null): ReadingPosition | null {
  if (!json) return null;
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return null;
    const { path, text, nth, top } = value as Record<string, unknown>;
    if (
      typeof path !== 'string' ||
      typeof text !== 'string' ||
      !Number.isInteger(nth) ||
      (nth as number) < 0 ||
      typeof top !== 'number' ||
      !Number.isFinite(top)
    )
      return null;
    return { path, text, nth: nth as number, top };
  } catch {
    return null;
  }
}

/** How far to scroll so that the block is where it was: null when the position is of another page. */
export function scrollToRestore(saved: ReadingPosition, path: string, blockTop: number | undefined): number | null {
  if (saved.path !== path || blockTop === undefined) return null;
  return blockTop - saved.top;
}
