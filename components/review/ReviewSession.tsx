'use client';

import { useStoredStrings } from '../storage/useStoredStrings';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { browserStorage } from '@/lib/browser-storage';
import {
  cardKey,
  dueCards,
  nextDue,
  offeredKinds,
  parseReviewState,
  REVIEW_KEY,
  syncCards,
  writeReviewState,
  type ReviewCard,
} from '@/lib/review/cards';
import { isTypingTarget } from '@/lib/reader/shortcuts';
import { REVIEW_CHANGED } from '@/lib/review/keys';
import { GRADES, gradeCard, type GradeName } from '@/lib/review/schedule';
import { speakChinese } from '@/lib/speech/chinese-voice';
import { revealVoiceHelp } from '../speech/reveal-voice-help';
import { useChineseVoice } from '../speech/useChineseVoice';
import { parseSavedWords, SAVED_WORDS_CHANGED, SAVED_WORDS_KEY, type SavedWord } from '@/lib/saved-words/store';
import { ReviewAnswer } from './ReviewAnswer';
import { ReviewTransfer } from './ReviewTransfer';
import { outlineButton } from '../button-styles';

/**
 * One review session: the due cards one at a time, answer on demand, graded by button or keys 1–4.
 * Listening cards only where the browser has a Chinese voice; elsewhere `voiceHelp` (a VoiceHelp)
 * says how to get one.
 */
export function ReviewSession({ voiceHelp }: { voiceHelp: ReactNode }) {
  const t = useTranslations('Review');
  const format = useFormatter();
  const stored = useStoredStrings([SAVED_WORDS_KEY, REVIEW_KEY], [SAVED_WORDS_CHANGED, REVIEW_CHANGED]);
  const [shown, setShown] = useState(false);
  const [message, setMessage] = useState('');
  const [now, setNow] = useState(() => new Date());
  const answerRef = useRef<HTMLDivElement>(null);
  const promptRef = useRef<HTMLDivElement>(null);
  const voiceHelpRef = useRef<HTMLDivElement>(null);
  const voice = useChineseVoice();
  const kinds = offeredKinds(!!voice);

  const { words, state } = useMemo(() => {
    if (stored === null || stored === 'unavailable') return { words: [] as SavedWord[], state: null };
    const [savedRaw = null, reviewRaw = null] = stored;
    const saved = parseSavedWords(savedRaw);
    // Saved oldest first, so that new cards come in the order the words were met.
    return {
      words: saved,
      state: syncCards(
        parseReviewState(reviewRaw),
        [...saved].reverse().map((w) => w.hanzi),
        now,
        offeredKinds(!!voice),
      ),
    };
  }, [stored, now, voice]);

  const due = state ? dueCards(state, now, kinds) : [];
  const card: ReviewCard | undefined = due[0];
  const word = card && words.find((w) => w.hanzi === card.hanzi);

  const grade = (name: GradeName) => {
    if (!state || !card) return;
    const at = new Date();
    const graded = gradeCard(card, name, at);
    const cards = state.cards.map((c) => (cardKey(c) === cardKey(card) ? graded : c));
    if (!writeReviewState(browserStorage(), { ...state, cards })) setMessage(t('storageUnavailable'));
    setShown(false);
    setNow(at);
    promptRef.current?.focus();
  };

  const reveal = () => {
    setShown(true);
    // After rendering: the answer is read out and the grades are next in tab order.
    requestAnimationFrame(() => answerRef.current?.focus());
  };

  const listen = () => {
    if (voice && word) speakChinese(word.hanzi, voice);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        isTypingTarget(event.target instanceof HTMLElement ? event.target : null) ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        !card
      )
        return;
      if (
        !shown &&
        (event.key === ' ' || event.key === 'Enter') &&
        !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
      ) {
        event.preventDefault();
        reveal();
      } else if (shown && /^[1-4]$/.test(event.key)) {
        event.preventDefault();
        grade(GRADES[Number(event.key) - 1]!);
      } else if (event.key === 'p' && card.kind === 'listen') {
        event.preventDefault();
        listen();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // A listening card speaks when it comes up (browsers allow it after the key or click that led here).
  const listening = card?.kind === 'listen' ? cardKey(card) : null;
  useEffect(() => {
    if (listening) listen();
    // Once per card, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [listening]);

  useEffect(() => {
    const help = voiceHelpRef.current?.querySelector<HTMLElement>('.voice-help');
    if (help && voice === null) revealVoiceHelp(help);
  }, [voice, stored]);

  // After an import the clock is read again, so that the imported cards due by now show.
  const transferred = (outcome: string) => {
    setMessage(outcome);
    setNow(new Date());
  };

  if (stored === null) return null;
  const next = state && !card ? nextDue(state, now, kinds) : null;

  return (
    <div className="mt-6">
      {stored === 'unavailable' && <p className="rounded border border-amber-400 p-3">{t('storageUnavailable')}</p>}
      <p role="status" className="min-h-6 text-stone-700 dark:text-stone-300">
        {message}
      </p>
      {words.length === 0 ? (
        <p className="mt-3">
          {t('noWords')}{' '}
          <Link href="/glossary" className="underline underline-offset-2">
            {t('toGlossary')}
          </Link>
        </p>
      ) : card && word ? (
        <section
          aria-labelledby="review-due"
          className="mt-3 rounded-lg border border-stone-200 p-6 dark:border-stone-800"
        >
          <h2 id="review-due" className="text-sm text-stone-600 dark:text-stone-400">
            {t('due', { count: due.length })}
          </h2>
          <div ref={promptRef} tabIndex={-1} className="mt-4 text-center" data-card-kind={card.kind}>
            <p className="text-sm text-stone-600 dark:text-stone-400">{t(`${card.kind}Prompt`)}</p>
            {card.kind === 'listen' ? (
              <button
                type="button"
                className={`${outlineButton} mt-3 px-6 py-3 text-lg`}
                onClick={listen}
                aria-keyshortcuts="p"
              >
                <span aria-hidden="true">▶</span> {t('listenAgain')}
              </button>
            ) : card.kind === 'recognize' ? (
              <p lang="zh-Hans" className="review-hanzi mt-2 text-5xl">
                {word.hanzi}
              </p>
            ) : (
              <p lang={word.meaningLang} className="mt-2 text-2xl">
                {word.meaning || word.pinyin}
              </p>
            )}
          </div>
          {shown ? (
            <ReviewAnswer word={word} card={card} now={now} answerRef={answerRef} onGrade={grade} />
          ) : (
            <div className="mt-6 text-center">
              <button type="button" className={`${outlineButton} px-6 py-3`} onClick={reveal} aria-keyshortcuts="Space">
                {t('showAnswer')}{' '}
                <span className="text-xs text-stone-600 dark:text-stone-400">({t('showAnswerKey')})</span>
              </button>
            </div>
          )}
        </section>
      ) : (
        <p className="mt-3">
          {t('nothingDue')}{' '}
          {next && t('nextDue', { date: format.dateTime(next, { dateStyle: 'medium', timeStyle: 'short' }) })}
        </p>
      )}
      {voice === null && (
        <div
          ref={voiceHelpRef}
          className="mt-8 rounded border border-stone-300 p-4 text-stone-700 dark:border-stone-700 dark:text-stone-300"
        >
          <p className="font-medium">{t('listeningUnavailable')}</p>
          {voiceHelp}
        </div>
      )}
      <ReviewTransfer state={state} words={words} onMessage={transferred} />
    </div>
  );
}
