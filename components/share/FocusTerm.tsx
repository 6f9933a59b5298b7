'use client';

import { useEffect } from 'react';
import type { ReaderClass, ReaderSelector } from '@/lib/reader/dom-contract';
import { isPrintRequested, readFocusTerm } from '@/lib/share/link';

/**
 * Opens a shared link's focused term (`?term=雷军`): highlights its first mention, scrolls to it and
 * focuses it, which opens its popover (ReaderInteractions opens a popover on focus). A term the page
 * does not have, or a malformed value, is ignored.
 */
export function FocusTerm() {
  useEffect(() => {
    const id = readFocusTerm(window.location.search);
    if (!id) return;
    const mention = [...document.querySelectorAll<HTMLElement>('article .term' satisfies ReaderSelector)].find(
      (term) => term.dataset.termId === id,
    );
    if (!mention) return;
    mention.classList.add('is-highlighted' satisfies ReaderClass);
    if (isPrintRequested(window.location.search)) return; // a worksheet shows no popovers
    // After this commit's effects, so the popover behaviour is already listening for focus.
    const frame = window.requestAnimationFrame(() => {
      mention.scrollIntoView({ block: 'center' });
      mention
        .querySelector<HTMLElement>(':scope > .term-trigger' satisfies ReaderSelector)
        ?.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, []);
  return null;
}
