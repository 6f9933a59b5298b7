'use client';

import { useTranslations } from 'next-intl';
import { browserStorage } from '@/lib/browser-storage';
import { exportReviewFile, importReviewFile, writeReviewState, type ReviewState } from '@/lib/review/cards';
import { addSavedWord, readSavedWords, writeSavedWords, type SavedWord } from '@/lib/saved-words/store';
import { outlineButton } from '../button-styles';
import { downloadFile } from '../download-file';

/**
 * Moving the progress to another browser: export the saved words and their cards as a file,
 * import such a file. `onMessage` tells the outcome (the session shows it in its status line).
 */
export function ReviewTransfer({
  state,
  words,
  onMessage,
}: {
  state: ReviewState | null;
  words: readonly SavedWord[];
  onMessage: (message: string) => void;
}) {
  const t = useTranslations('Review');

  const exportState = () => {
    if (!state) return;
    downloadFile('hanzi-reader-review.json', 'application/json', exportReviewFile(state, words));
  };

  const importState = async (file: File | undefined) => {
    if (!file) return;
    const result = importReviewFile(await file.text());
    if (!result.ok) {
      onMessage(t(result.reason === 'not-json' ? 'importNotJson' : 'importInvalid'));
      return;
    }
    // The file's words join the saved words (those already saved stay as they are), then its cards replace the progress.
    const storage = browserStorage();
    const merged = [...result.words].reverse().reduce((list, w) => addSavedWord(list, w), readSavedWords(storage));
    const ok = writeSavedWords(storage, merged) && writeReviewState(storage, result.state);
    onMessage(ok ? t('imported', { count: result.state.cards.length }) : t('storageUnavailable'));
  };

  return (
    <section aria-labelledby="review-transfer" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
      <h2 id="review-transfer" className="text-lg font-semibold">
        {t('transferHeading')}
      </h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{t('transferHint')}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button type="button" className={outlineButton} onClick={exportState} disabled={!state}>
          {t('export')}
        </button>
        <label className={`${outlineButton} cursor-pointer`}>
          {t('import')}
          <input
            type="file"
            accept="application/json,.json"
            className="sr-only"
            onChange={(e) => void importState(e.target.files?.[0])}
          />
        </label>
      </div>
    </section>
  );
}
