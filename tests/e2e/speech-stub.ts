import type { Page } from '@playwright/test';

/**
 * The browser boundary for speech: replaces speechSynthesis in the page with one that has a zh-CN
 * voice (or no voice at all) and records what it is asked to say in `window.spoken`.
 */
export async function stubSpeech(page: Page, { chineseVoice }: { chineseVoice: boolean }) {
  await page.addInitScript((withVoice) => {
    const spoken: string[] = [];
    const voices = withVoice
      ? [{ lang: 'zh-CN', name: 'Test Mandarin', default: false, localService: true, voiceURI: 'test' }]
      : [];
    Object.assign(window, { spoken });
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      constructor(public text: string) {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: Object.assign(new EventTarget(), {
        getVoices: () => voices,
        cancel() {},
        speak: (u: Utterance) => spoken.push(u.text),
      }),
    });
  }, chineseVoice);
}

export const spokenIn = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
