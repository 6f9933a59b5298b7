'use client';

import { useEffect } from 'react';
import type { ReaderData, ReaderEvent, ReaderSelector } from '@/lib/reader/dom-contract';
import {
  addSavedWord,
  browserStorage,
  isSaved,
  mentionSource,
  readSavedWords,
  removeSavedWord,
  SAVED_WORDS_KEY,
  toSavedWord,
  writeSavedWords,
} from '@/lib/saved-words/store';
import { sentenceAround } from '@/lib/sentences';
import { handleClicks } from '../reader/reader-clicks';

/**
 * The sentence around a reader mention: the text of its paragraph (or heading, caption) as read,
 * without the pinyin above the hanzi or the popovers' text, cut to the sentence that holds it.
 */
function sentenceOfMention(button: Element): string {
  const term = button.closest('.term' satisfies ReaderSelector);
  const block = term?.parentElement?.closest('p, h1, h2, h3, li, figcaption, blockquote, dd, td');
  if (!term || !block) return '';
  let text = '';
  let start = -1;
  let end = -1;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest(`rt, rp, ${'.term-pop' satisfies ReaderSelector}`)) continue;
    const inTerm = term.contains(node);
    if (inTerm && start < 0) start = text.length;
    text += node.nodeValue ?? '';
    if (inTerm) end = text.length;
  }
  const range = sentenceAround(text, Math.max(start, 0), Math.max(end, 0));
  return text.slice(range.start, range.end);
}

/** The language of the text around a reader mention (its popover, in the UI language, does not count). */
function langOfMention(button: Element): string | undefined {
  return (
    button
      .closest('.term' satisfies ReaderSelector)
      ?.parentElement?.closest('[lang]')
      ?.getAttribute('lang') ?? undefined
  );
}

/** Shows which words are saved on every save button of the page, and saves or removes on a click. */
export function SavedWordToggles({ unavailable }: { unavailable: string }) {
  useEffect(() => {
    const storage = browserStorage();
    const sync = () => {
      const words = readSavedWords(storage);
      for (const button of document.querySelectorAll<HTMLElement>('[data-save]' satisfies ReaderSelector)) {
        button.setAttribute(
          'aria-pressed',
          String(isSaved(words, button.getAttribute('data-save-hanzi' satisfies ReaderData) ?? '')),
        );
        if (!storage) {
          button.setAttribute('aria-disabled', 'true');
          button.title = unavailable;
        }
      }
    };
    const toggle = (button: HTMLElement) => {
      if (!storage) return;
      const data = (name: ReaderData) => button.getAttribute(name) ?? undefined;
      const words = readSavedWords(storage);
      const hanzi = data('data-save-hanzi') ?? '';
      let next = removeSavedWord(words, hanzi);
      if (next.length === words.length) {
        const fromMention = data('data-save-sentence') === undefined;
        const term = button.closest('.term' satisfies ReaderSelector);
        const word = toSavedWord({
          hanzi,
          pinyin: data('data-save-pinyin'),
          meaning: data('data-save-meaning'),
          meaningLang: data('data-save-meaning-lang'),
          sentence: fromMention ? sentenceOfMention(button) : data('data-save-sentence'),
          lang: fromMention ? langOfMention(button) : data('data-save-lang'),
          // The way back to this place in the text (the review answer links there).
          source: fromMention
            ? mentionSource(
                window.location,
                term?.querySelector(':scope > .term-trigger' satisfies ReaderSelector)?.id ?? '',
              )
            : undefined,
        });
        if (word) next = addSavedWord(words, word);
      }
      writeSavedWords(storage, next);
      sync();
    };
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_WORDS_KEY || event.key === null) sync();
    };
    sync();
    const stopClicks = handleClicks({ save: toggle });
    // The shared popover of a long text shows another word's save button.
    document.addEventListener('reader:popover-filled' satisfies ReaderEvent, sync);
    window.addEventListener('storage', onStorage);
    return () => {
      stopClicks();
      document.removeEventListener('reader:popover-filled' satisfies ReaderEvent, sync);
      window.removeEventListener('storage', onStorage);
    };
  }, [unavailable]);
  return null;
}
