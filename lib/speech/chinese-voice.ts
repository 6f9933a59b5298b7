/** The voice the reader and the term page speak with: Mandarin as spoken in mainland China first, then any Chinese. */
export function pickChineseVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  return voices.find((v) => /^zh[-_]CN/i.test(v.lang)) ?? voices.find((v) => /^(zh|cmn)\b/i.test(v.lang));
}

/**
 * Says Chinese text with the browser's speech synthesis (no network), a little slower than
 * normal for learners; cuts off whatever was still being said. Browser only.
 */
export function speakChinese(text: string, voice: SpeechSynthesisVoice): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'zh-CN';
  utterance.voice = voice;
  utterance.rate = 0.8;
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
