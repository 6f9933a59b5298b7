'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { markSyllable } from '@/lib/pinyin/spelling';
import type { Tone } from '@/lib/pinyin/tone';
import { isTypingTarget } from '@/lib/reader/shortcuts';
import { checkTones, DRILL_TONES, drillWords, toneOfKey, type SyllableResult } from '@/lib/review/tone-drill';
import { parseSavedWords, SAVED_WORDS_CHANGED, SAVED_WORDS_KEY } from '@/lib/saved-words/store';
import { useStoredStrings } from '../storage/useStoredStrings';
import { outlineButtonDisablable } from '../button-styles';

/**
 * The tone drill: one saved word at a time, its syllables without tones; the learner picks each
 * syllable's tone by button or key (1–4, 5 or 0 neutral), checks (Enter) and sees per syllable
 * right or wrong and the correct pinyin, in the reader's tone colors.
 */
export function ToneDrill() {
  const t = useTranslations('ToneDrill');
  const stored = useStoredStrings([SAVED_WORDS_KEY], [SAVED_WORDS_CHANGED]);
  const words = useMemo(
    () => (stored === null ? null : drillWords(parseSavedWords(stored === 'unavailable' ? null : (stored[0] ?? null)))),
    [stored],
  );
  const [index, setIndex] = useState(0);
  const [picked, setPicked] = useState<Tone[]>([]);
  const [results, setResults] = useState<SyllableResult[] | null>(null);
  const [score, setScore] = useState({ right: 0, done: 0 });
  const promptRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const word = words && words.length > 0 ? words[index % words.length] : undefined;
  const complete = !!word && picked.length === word.syllables.length && picked.every(Boolean);

  const pick = (syllable: number, tone: Tone) => {
    if (results) return;
    setPicked((current) => Object.assign([...current], { [syllable]: tone }));
  };

  const check = () => {
    if (!word || !complete || results) return;
    const checked = checkTones(word.syllables, picked);
    setResults(checked);
    setScore((s) => ({ right: s.right + (checked.every((r) => r.right) ? 1 : 0), done: s.done + 1 }));
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  const next = () => {
    setIndex((i) => i + 1);
    setPicked([]);
    setResults(null);
    requestAnimationFrame(() => promptRef.current?.focus());
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (
        !word ||
        isTypingTarget(event.target instanceof HTMLElement ? event.target : null) ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey
      )
        return;
      const tone = toneOfKey(event.key);
      if (tone && !results) {
        // The first syllable without a tone; with all chosen, the last one changes.
        const open = word.syllables.findIndex((_, i) => !picked[i]);
        const at = open < 0 ? word.syllables.length - 1 : open;
        event.preventDefault();
        pick(at, tone);
      } else if (event.key === 'Backspace' && !results && picked.length > 0) {
        event.preventDefault();
        setPicked((current) => current.slice(0, -1));
      } else if (
        event.key === 'Enter' &&
        !(event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement)
      ) {
        event.preventDefault();
        if (results) next();
        else check();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  if (words === null) return null;
  if (stored === 'unavailable' || words.length === 0 || !word) {
    return (
      <p className="mt-6">
        {t('noWords')}{' '}
        <Link href="/glossary" className="underline underline-offset-2">
          {t('toGlossary')}
        </Link>
      </p>
    );
  }

  const allRight = results?.every((r) => r.right);
  return (
    <section
      aria-labelledby="tone-drill-word"
      className="mt-6 rounded-lg border border-stone-200 p-6 dark:border-stone-800"
    >
      <h2 id="tone-drill-word" className="text-sm text-stone-600 dark:text-stone-400">
        {t('position', { current: (index % words.length) + 1, total: words.length })}
      </h2>
      <div ref={promptRef} tabIndex={-1} className="mt-3 text-center">
        <p lang="zh-Hans" className="text-5xl">
          {word.hanzi}
        </p>
        {word.meaning && (
          <p lang={word.meaningLang} className="mt-2 text-stone-700 dark:text-stone-300">
            {word.meaning}
          </p>
        )}
        <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">{t('prompt')}</p>
      </div>
      <div className="mt-4 flex flex-wrap justify-center gap-4">
        {word.syllables.map((syllable, i) => (
          <fieldset key={i} className="tone-drill-syllable rounded border border-stone-200 p-3 dark:border-stone-800">
            <legend className="px-1 text-lg">
              {syllable.hanzi && (
                <span lang="zh-Hans" className="mr-1">
                  {syllable.hanzi}
                </span>
              )}
              {syllable.toneless}
            </legend>
            <div className="flex gap-1">
              {DRILL_TONES.map((tone) => (
                <button
                  key={tone}
                  type="button"
                  className={`${outlineButtonDisablable} min-w-11 px-2 aria-pressed:border-2 aria-pressed:border-stone-900 aria-pressed:font-bold dark:aria-pressed:border-stone-100`}
                  aria-pressed={picked[i] === tone}
                  aria-label={
                    tone === 5
                      ? t('neutralLabel', { syllable: syllable.toneless })
                      : t('toneLabel', { syllable: markSyllable(syllable.toneless, tone), tone })
                  }
                  disabled={!!results}
                  onClick={() => pick(i, tone)}
                >
                  <span className={`block text-lg tone-${tone}`}>{markSyllable(syllable.toneless, tone)}</span>
                  <span className="block text-xs">{tone === 5 ? t('neutralShort') : tone}</span>
                </button>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      {results ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          className="tone-drill-result mt-6 border-t border-stone-200 pt-4 text-center dark:border-stone-800"
        >
          <p className="font-semibold">
            {allRight
              ? t('allRight')
              : t('someWrong', { right: results.filter((r) => r.right).length, total: results.length })}
          </p>
          <ul className="mt-2 space-y-1">
            {results.map((result, i) => (
              <li key={i} data-right={result.right}>
                {result.right ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {t('syllableRight', { syllable: result.correct })}
                  </>
                ) : (
                  <>
                    <span aria-hidden="true">✗ </span>
                    {t('syllableWrong', { chosen: result.chosen, correct: result.correct })}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-2xl">
            <span className="sr-only">{t('correctPinyin')}: </span>
            <span className="tone-drill-pinyin">
              {word.syllables.map((s, i) => (
                <span key={i}>
                  {i > 0 && ' '}
                  <span className={`tone-${s.tone}`}>{s.marked}</span>
                </span>
              ))}
            </span>
          </p>
          <button type="button" className={`${outlineButtonDisablable} mt-4 px-6 py-3`} onClick={next}>
            {t('next')} <span className="text-xs text-stone-600 dark:text-stone-400">(Enter)</span>
          </button>
        </div>
      ) : (
        <div className="mt-6 text-center">
          <button type="button" className={`${outlineButtonDisablable} px-6 py-3`} onClick={check} disabled={!complete}>
            {t('check')} <span className="text-xs text-stone-600 dark:text-stone-400">(Enter)</span>
          </button>
        </div>
      )}
      <p role="status" className="mt-4 text-center text-sm text-stone-600 dark:text-stone-400">
        {score.done > 0 && t('score', { right: score.right, done: score.done })}
      </p>
      <p className="mt-2 text-center text-xs text-stone-600 dark:text-stone-400">{t('keysHint')}</p>
    </section>
  );
}
