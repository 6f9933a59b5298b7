'use client';

import { useId } from 'react';
import { speakChinese } from '@/lib/speech/chinese-voice';
import { useChineseVoice } from '../speech/useChineseVoice';
import { outlineButtonDisablable } from '../button-styles';

/**
 * Says the term with the browser's speech synthesis in a Chinese (zh-CN first) voice, no network.
 * Without such a voice the button stays focusable but disabled, and says why.
 */
export function SpeakButton({
  text,
  label,
  ariaLabel,
  unavailable,
}: {
  text: string;
  label: string;
  ariaLabel: string;
  unavailable: string;
}) {
  // undefined: not known yet (voices load asynchronously); null: none.
  const voice = useChineseVoice();
  const reasonId = useId();

  const speak = () => {
    if (voice) speakChinese(text, voice);
  };

  return (
    <span className="js-only inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={speak}
        aria-label={ariaLabel}
        aria-disabled={voice ? undefined : 'true'}
        aria-describedby={voice === null ? reasonId : undefined}
        className={outlineButtonDisablable}
      >
        <span aria-hidden="true">▶</span> {label}
      </button>
      {voice === null && (
        <span id={reasonId} className="text-sm text-stone-600 dark:text-stone-400">
          {unavailable}
        </span>
      )}
    </span>
  );
}
