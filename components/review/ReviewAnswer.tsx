'use client';

import { useFormatter, useTranslations } from 'next-intl';
import type { Ref } from 'react';
import { Link } from '@/i18n/navigation';
import type { ReviewCard } from '@/lib/review/cards';
import { GRADES, previewDue, type GradeName } from '@/lib/review/schedule';
import type { SavedWord } from '@/lib/saved-words/store';
import { outlineButton } from '../button-styles';

/**
 * The answer of a card (the word, its pinyin, meaning and the sentence it was met in) and the four
 * grades, each with when the card would come back.
 */
export function ReviewAnswer({
  word,
  card,
  now,
  answerRef,
  onGrade,
}: {
  word: SavedWord;
  card: ReviewCard;
  now: Date;
  answerRef: Ref<HTMLDivElement>;
  onGrade: (name: GradeName) => void;
}) {
  const t = useTranslations('Review');
  const format = useFormatter();
  const due = previewDue(card, now);
  return (
    <>
      <div
        ref={answerRef}
        tabIndex={-1}
        className="review-answer mt-6 border-t border-stone-200 pt-4 text-center dark:border-stone-800"
      >
        <p lang="zh-Hans" className="text-4xl">
          {word.hanzi}
        </p>
        <p className="mt-1 text-xl">{word.pinyin}</p>
        {word.meaning && (
          <p lang={word.meaningLang} className="mt-1">
            {word.meaning}
          </p>
        )}
        {word.sentence && (
          <p className="mt-3 text-stone-700 dark:text-stone-300">
            <span className="text-sm text-stone-600 dark:text-stone-400">{t('inSentence')}: </span>
            <span lang={word.lang ?? 'de'}>{word.sentence}</span>
            {word.source && (
              <>
                {' '}
                <Link href={word.source} className="text-sm whitespace-nowrap underline underline-offset-2">
                  {t('inText')}
                </Link>
              </>
            )}
          </p>
        )}
      </div>
      <div role="group" aria-label={t('gradeLabel')} className="mt-6 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((name, i) => (
          <button
            key={name}
            type="button"
            className={`${outlineButton} py-3`}
            onClick={() => onGrade(name)}
            aria-keyshortcuts={String(i + 1)}
          >
            <span className="block font-semibold">{t(name)}</span>
            <span className="block text-xs text-stone-600 dark:text-stone-400">
              {format.relativeTime(due[name], now)} · {t('gradeKey', { key: i + 1 })}
            </span>
          </button>
        ))}
      </div>
    </>
  );
}
