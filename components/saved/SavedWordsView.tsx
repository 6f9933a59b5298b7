'use client';

import { useStoredStrings } from '../storage/useStoredStrings';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import {
  ANKI_FILE_NAME,
  CSV_FILE_NAME,
  savedWordsToAnki,
  savedWordsToCsv,
  type CsvHeaders,
} from '@/lib/saved-words/export';
import {
  browserStorage,
  parseSavedWords,
  removeSavedWord,
  SAVED_WORDS_CHANGED,
  SAVED_WORDS_KEY,
  writeSavedWords,
  type SavedWord,
} from '@/lib/saved-words/store';
import { outlineButtonDisablable } from '../button-styles';
import { downloadFile } from '../download-file';

export interface SavedWordsLabels {
  columns: CsvHeaders;
  empty: string;
  toGlossary: string;
  listHeading: string;
  remove: string;
  clear: string;
  clearConfirm: string;
  cleared: string;
  exportHeading: string;
  exportCsv: string;
  exportAnki: string;
  exportHint: string;
  storageUnavailable: string;
}

// Words saved before the language was recorded all came from the German articles.
const LEGACY_SENTENCE_LANG = 'de';

/** The saved words from localStorage, with remove, clear and the CSV and Anki downloads. */
export function SavedWordsView({
  labels,
  locale,
  termIds,
}: {
  labels: SavedWordsLabels;
  locale: string;
  termIds: readonly string[];
}) {
  const t = useTranslations('Saved');
  const stored = useStoredStrings([SAVED_WORDS_KEY], [SAVED_WORDS_CHANGED]);
  const words = useMemo<SavedWord[] | null>(
    () => (stored === null ? null : parseSavedWords(stored === 'unavailable' ? null : (stored[0] ?? null))),
    [stored],
  );
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const rows = useRef<HTMLUListElement>(null);
  // Where focus goes once a change has rendered: a word's remove button, or the heading (null).
  const focusAfterChange = useRef<string | null | undefined>(undefined);

  useEffect(() => {
    const target = focusAfterChange.current;
    if (target === undefined) return;
    focusAfterChange.current = undefined;
    const row = [...(rows.current?.querySelectorAll<HTMLElement>('.saved-word') ?? [])].find(
      (item) => item.dataset.hanzi === target,
    );
    (row?.querySelector('button') ?? heading.current)?.focus();
  }, [stored]);

  /** Stores the list; the removed row's button is gone, so focus moves to `focusNext`'s (or the heading). */
  const update = (next: SavedWord[], message: string, focusNext: string | null) => {
    if (writeSavedWords(browserStorage(), next)) focusAfterChange.current = focusNext;
    setAnnouncement(message);
  };

  const known = new Set(termIds);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const list = words ?? [];

  return (
    <div className="mt-6">
      {stored === 'unavailable' && <p className="rounded border border-amber-400 p-3">{labels.storageUnavailable}</p>}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {words !== null && (
        <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
          {labels.listHeading}
        </h2>
      )}
      {words !== null && list.length === 0 && (
        <p className="mt-3 text-stone-700 dark:text-stone-300">
          {labels.empty}{' '}
          <Link href="/glossary" className="underline underline-offset-2">
            {labels.toGlossary}
          </Link>
        </p>
      )}
      {list.length > 0 && (
        <>
          <ul
            ref={rows}
            className="mt-3 divide-y divide-stone-200 dark:divide-stone-800"
            aria-label={labels.listHeading}
          >
            {list.map((word, index) => (
              <li
                key={word.hanzi}
                className="saved-word flex flex-wrap items-start justify-between gap-3 py-4"
                data-hanzi={word.hanzi}
              >
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-baseline gap-x-3">
                    {known.has(word.hanzi) ? (
                      <Link
                        href={`/glossary/${encodeURIComponent(word.hanzi)}`}
                        lang="zh-Hans"
                        className="text-2xl underline-offset-4 hover:underline"
                      >
                        {word.hanzi}
                      </Link>
                    ) : (
                      <span lang="zh-Hans" className="text-2xl">
                        {word.hanzi}
                      </span>
                    )}
                    <span className="text-lg">{word.pinyin}</span>
                  </p>
                  {word.meaning && (
                    <p className="mt-1" lang={word.meaningLang}>
                      {word.meaning}
                    </p>
                  )}
                  {word.sentence && (
                    <blockquote
                      lang={word.lang ?? LEGACY_SENTENCE_LANG}
                      className="mt-2 border-l-4 border-stone-300 pl-3 font-serif text-stone-700 dark:border-stone-700 dark:text-stone-300"
                    >
                      {word.sentence}
                    </blockquote>
                  )}
                  <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">
                    {labels.columns.savedAt}: <time dateTime={word.savedAt}>{date.format(new Date(word.savedAt))}</time>
                  </p>
                </div>
                <button
                  type="button"
                  className={outlineButtonDisablable}
                  aria-label={t('removeLabel', { term: word.hanzi })}
                  onClick={() =>
                    update(
                      removeSavedWord(list, word.hanzi),
                      t('removed', { term: word.hanzi }),
                      (list[index + 1] ?? list[index - 1])?.hanzi ?? null,
                    )
                  }
                >
                  {labels.remove}
                </button>
              </li>
            ))}
          </ul>
          <h2 className="mt-8 text-xl font-semibold">{labels.exportHeading}</h2>
          <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">{labels.exportHint}</p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              className={outlineButtonDisablable}
              onClick={() =>
                downloadFile(CSV_FILE_NAME, 'text/csv;charset=utf-8', savedWordsToCsv(list, labels.columns))
              }
            >
              {labels.exportCsv}
            </button>
            <button
              type="button"
              className={outlineButtonDisablable}
              onClick={() => downloadFile(ANKI_FILE_NAME, 'text/plain;charset=utf-8', savedWordsToAnki(list))}
            >
              {labels.exportAnki}
            </button>
            <button
              type="button"
              className={outlineButtonDisablable}
              onClick={() => window.confirm(labels.clearConfirm) && update([], labels.cleared, null)}
            >
              {labels.clear}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
