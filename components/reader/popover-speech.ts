import { useEffect } from 'react';
import type { ReaderData, ReaderId, ReaderSelector } from '@/lib/reader/dom-contract';
import { pickChineseVoice, speakChinese } from '@/lib/speech/chinese-voice';
import { revealVoiceHelp } from '../speech/reveal-voice-help';

/**
 * Tells `known` whether the play buttons can speak (a zh-CN voice, no network) once the voices are
 * known, and again when they change. Without a voice the buttons say so, and the voice help after
 * the text shows.
 */
export function useSpeechAvailability(playUnavailable: string, known: (canSpeak: boolean) => void): void {
  useEffect(() => {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    const update = () => {
      const available = !!synth && !!pickChineseVoice(synth.getVoices());
      known(available);
      const help = document.getElementById('voice-help' satisfies ReaderId);
      if (help && !available) revealVoiceHelp(help);
      else help?.setAttribute('hidden', '');
      if (available) document.getElementById('play-unavailable' satisfies ReaderId)?.setAttribute('hidden', '');
      for (const button of document.querySelectorAll<HTMLButtonElement>('.term-play' satisfies ReaderSelector)) {
        if (available) {
          button.removeAttribute('aria-disabled');
          button.removeAttribute('aria-describedby');
          button.title = button.dataset.title ?? '';
        } else {
          button.dataset.title ??= button.title;
          button.setAttribute('aria-disabled', 'true');
          button.setAttribute('aria-describedby', 'play-unavailable' satisfies ReaderId);
          button.title = playUnavailable;
        }
      }
    };
    update();
    synth?.addEventListener('voiceschanged', update);
    return () => synth?.removeEventListener('voiceschanged', update);
  }, [playUnavailable, known]);
}

/** A play button's click: speaks its data-speak text, unless it is disabled. */
export function speak(button: HTMLElement): void {
  if (button.getAttribute('aria-disabled') === 'true' || !('speechSynthesis' in window)) return;
  const voice = pickChineseVoice(window.speechSynthesis.getVoices());
  const text = button.getAttribute('data-speak' satisfies ReaderData);
  if (voice && text) speakChinese(text, voice);
}
