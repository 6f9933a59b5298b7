'use client';

import { useCallback, useEffect, useRef } from 'react';
import { useTranslations } from 'next-intl';
import type { ReaderClass, ReaderId } from '@/lib/reader/dom-contract';
import type { PopoverDictionaryLabels } from './popover-dictionary';
import { attachPopovers } from './popover-controller';
import { useSpeechAvailability } from './popover-speech';

export type { PopoverDictionaryLabels } from './popover-dictionary';

/**
 * The behaviour of the server-rendered annotations (components/reader/popover-controller.ts) and
 * their play buttons (popover-speech.ts). Renders the popovers' note that there is no voice,
 * which the open popover takes in.
 */
export function ReaderInteractions({
  playUnavailable,
  voiceHowTo,
  dictionary,
}: {
  playUnavailable: string;
  voiceHowTo: string;
  dictionary: PopoverDictionaryLabels;
}) {
  // Known once the voices are: whether the play buttons can speak.
  const canSpeak = useRef<boolean | undefined>(undefined);
  const t = useTranslations('Reader');
  const tSaved = useTranslations('Saved');
  useEffect(
    () =>
      attachPopovers(
        {
          ...dictionary,
          pageLabel: (word) => t('dictionaryPageLabel', { term: word }),
          play: (word) => t('playLabel', { term: word }),
          save: (word) => tSaved('saveLabel', { term: word }),
        },
        () => canSpeak.current,
      ),
    [dictionary, t, tSaved],
  );
  useSpeechAvailability(
    playUnavailable,
    useCallback((available: boolean) => {
      canSpeak.current = available;
    }, []),
  );

  return (
    <span
      id={'play-unavailable' satisfies ReaderId}
      className={`${'term-pop-voice' satisfies ReaderClass} mt-2 block`}
      hidden
    >
      {playUnavailable}{' '}
      <a
        href={`#${'voice-help' satisfies ReaderId}`}
        tabIndex={-1}
        className="inline-flex min-h-6 items-center underline underline-offset-2"
      >
        {voiceHowTo}
      </a>
    </span>
  );
}
