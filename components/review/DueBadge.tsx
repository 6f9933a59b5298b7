'use client';

import { useSyncExternalStore } from 'react';
import { useTranslations } from 'next-intl';
import { browserStorage } from '@/lib/browser-storage';
import { dueCount } from '@/lib/review/due-count';
import { offeredKinds, REVIEW_CHANGED } from '@/lib/review/keys';
import { useChineseVoice } from '../speech/useChineseVoice';
import { SAVED_WORDS_CHANGED } from '@/lib/saved-words/store';

// Re-read when another tab changes the lists, and every minute (cards fall due as time passes).
function subscribe(onChange: () => void) {
  window.addEventListener('storage', onChange);
  window.addEventListener(REVIEW_CHANGED, onChange);
  window.addEventListener(SAVED_WORDS_CHANGED, onChange);
  const timer = window.setInterval(onChange, 60_000);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(REVIEW_CHANGED, onChange);
    window.removeEventListener(SAVED_WORDS_CHANGED, onChange);
    window.clearInterval(timer);
  };
}

function count(canListen: boolean): number {
  try {
    const storage = browserStorage();
    return storage ? dueCount(storage, new Date(), offeredKinds(canListen)) : 0;
  } catch {
    return 0;
  }
}

/** "3 due" beside the Review link of the header; nothing when nothing is due (or without JavaScript). */
export function DueBadge() {
  const t = useTranslations('Header');
  // Listening cards count where the browser has a Chinese voice (the review page offers them there).
  const canListen = !!useChineseVoice();
  const due = useSyncExternalStore(
    subscribe,
    () => count(canListen),
    () => 0,
  );
  if (due === 0) return null;
  return (
    <span className="ml-1 rounded-full bg-amber-700 px-1.5 text-xs font-semibold text-white dark:bg-amber-300 dark:text-stone-900">
      <span aria-hidden="true">{due}</span>
      <span className="sr-only"> ({t('dueCount', { count: due })})</span>
    </span>
  );
}
