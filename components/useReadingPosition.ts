'use client';

import { useEffect, useRef } from 'react';
import {
  blockOnScreen,
  describePosition,
  findBlock,
  parsePosition,
  POSITION_BLOCKS,
  scrollToRestore,
  type BlockOnScreen,
} from '@/lib/reader/reading-position';
import { belowLocale } from '@/lib/routing/below-locale';

/** Where the position travels to the page in the other language (this tab only). */
const POSITION_KEY = 'hanzi-reader:position';

function blocks(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(POSITION_BLOCKS)];
}

/**
 * The document's blocks, queried once and again only after the page's elements changed (another
 * page rendered, a shared popover moved): a long text has thousands, and the list is read on
 * every scrolled frame.
 */
function watchBlocks(): { list: () => HTMLElement[]; stop: () => void } {
  let list: HTMLElement[] | null = null;
  const observer = new MutationObserver(() => (list = null));
  observer.observe(document.body, { childList: true, subtree: true });
  return { list: () => (list ??= blocks()), stop: () => observer.disconnect() };
}

// innerText: the text as shown, without the (translated, hidden) popovers inside the block.
const textsOf = (list: HTMLElement[]) => (index: number) => list[index]!.innerText;

function onScreen(list: HTMLElement[]): BlockOnScreen | null {
  return blockOnScreen(list.length, (index) => list[index]!.getBoundingClientRect());
}

/** On arrival from a language switch: the same block at the same place on the screen. */
function restorePosition(path: string) {
  let saved = null;
  try {
    saved = parsePosition(window.sessionStorage.getItem(POSITION_KEY));
    window.sessionStorage.removeItem(POSITION_KEY);
  } catch {
    return; // storage refused: the page opens at its top
  }
  if (!saved) return;
  const list = blocks();
  const scroll = scrollToRestore(
    saved,
    path,
    list[findBlock(saved, list.length, textsOf(list))]?.getBoundingClientRect().top,
  );
  if (scroll !== null) window.scrollBy(0, scroll);
}

/**
 * The reading position across a switch of the interface language (lib/reader/reading-position):
 * restored on arrival when the address has no hash of its own; the returned function keeps it for
 * the page at `target`. The switch is at the top of the page, so by the time it is clicked (or
 * focused) the page has scrolled up to it: what is kept is where the reader last was in the
 * document. `locales`: the locales, space-separated.
 */
export function useReadingPosition(locales: string): (target: string) => void {
  const lastRead = useRef<BlockOnScreen | null>(null);
  const blockList = useRef(blocks);

  useEffect(() => {
    if (!window.location.hash) restorePosition(belowLocale(window.location, locales.split(' ')));
    const watched = watchBlocks();
    blockList.current = watched.list;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        lastRead.current = onScreen(watched.list()) ?? lastRead.current;
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.cancelAnimationFrame(frame);
      watched.stop();
      blockList.current = blocks;
    };
  }, [locales]);

  return (target) => {
    const list = blockList.current();
    const block = onScreen(list) ?? lastRead.current;
    try {
      if (block)
        window.sessionStorage.setItem(POSITION_KEY, JSON.stringify(describePosition(target, block, textsOf(list))));
      else window.sessionStorage.removeItem(POSITION_KEY);
    } catch {
      // storage refused: the page opens at its top
    }
  };
}
