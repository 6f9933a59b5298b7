'use client';

import { useEffect, useState } from 'react';
import { pickChineseVoice } from '@/lib/speech/chinese-voice';

/**
 * The browser's Chinese voice, kept current (voices load asynchronously and can change):
 * undefined while not known yet (and on the server), null when there is none.
 */
export function useChineseVoice(): SpeechSynthesisVoice | null | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null | undefined>(undefined);
  useEffect(() => {
    const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
    const update = () => setVoice((synth && pickChineseVoice(synth.getVoices())) ?? null);
    update();
    synth?.addEventListener('voiceschanged', update);
    return () => synth?.removeEventListener('voiceschanged', update);
  }, []);
  return voice;
}
