'use client';

import { useStoredStrings } from '../storage/useStoredStrings';
import { useFormatter, useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { browserStorage } from '@/lib/browser-storage';
import {
  cardKey,
  dueCards,
  exportReviewFile,
  importReviewFile,
  nextDue,
  offeredKinds,
  parseReviewState,
  REVIEW_KEY,
  serializeReviewState,
  syncCards,
  type ReviewCard,
  type ReviewState,
} from '@/lib/review/cards';
import { isTypingTarget } from '@/lib/reader/shortcuts';
import { REVIEW_CHANGED } from '@/lib/review/keys';
import { GRADES, gradeCard, previewDue, type GradeName } from '@/lib/review/schedule';
import { speakChinese } from '@/lib/speech/chinese-voice';
import { revealVoiceHelp } from '../speech/reveal-voice-help';
import { useChineseVoice } from '../speech/useChineseVoice';
import {
  addSavedWord,
  parseSavedWords,
  readSavedWords,
  SAVED_WORDS_CHANGED,
  SAVED_WORDS_KEY,
  writeSavedWords,
  type SavedWord,
} from '@/lib/saved-words/store';

function store(state: ReviewState): boolean {
  try {
    browserStorage()?.setItem(REVIEW_KEY, serializeReviewState(state));
    window.dispatchEvent(new Event(REVIEW_CHANGED));
    return true;
  } catch {
    return false;
  }
}

const button =
  'rounded border border-stone-300 px-3 py-1.5 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800';

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
    if (!store({ ...state, cards: state.cards.map((c) => (cardKey(c) === cardKey(card) ? graded : c)) }))
      setMessage(t('storageUnavailable'));
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

  const exportState = () => {
    if (!state) return;
    const url = URL.createObjectURL(new Blob([exportReviewFile(state, words)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'hanzi-reader-review.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const importState = async (file: File | undefined) => {
    if (!file) return;
    const result = importReviewFile(await file.text());
    if (!result.ok) {
      setMessage(t(result.reason === 'not-json' ? 'importNotJson' : 'importInvalid'));
      return;
    }
    // The file's words join the saved words (those already saved stay as they are), then its cards replace the progress.
    const storage = browserStorage();
    const merged = [...result.words].reverse().reduce((list, w) => addSavedWord(list, w), readSavedWords(storage));
    const ok = writeSavedWords(storage, merged) && store(result.state);
    setMessage(ok ? t('imported', { count: result.state.cards.length }) : t('storageUnavailable'));
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
                className={`${button} mt-3 px-6 py-3 text-lg`}
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
                    className={`${button} py-3`}
                    onClick={() => grade(name)}
                    aria-keyshortcuts={String(i + 1)}
                  >
                    <span className="block font-semibold">{t(name)}</span>
                    <span className="block text-xs text-stone-600 dark:text-stone-400">
                      {format.relativeTime(previewDue(card, now)[name], now)} · {t('gradeKey', { key: i + 1 })}
                    </span>
                  </button>
                ))}
              </div>
            </>
          ) : (
            <div className="mt-6 text-center">
              <button type="button" className={`${button} px-6 py-3`} onClick={reveal} aria-keyshortcuts="Space">
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
      <section aria-labelledby="review-transfer" className="mt-10 border-t border-stone-200 pt-6 dark:border-stone-800">
        <h2 id="review-transfer" className="text-lg font-semibold">
          {t('transferHeading')}
        </h2>
        <p className="mt-1 text-sm text-stone-700 dark:text-stone-300">{t('transferHint')}</p>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" className={button} onClick={exportState} disabled={!state}>
            {t('export')}
          </button>
          <label className={`${button} cursor-pointer`}>
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
    </div>
  );
}
