import { detectPlatform } from '@/lib/speech/platform';

/** Shows a VoiceHelp, with only the instructions for this system when it is known. Browser only. */
export function revealVoiceHelp(help: HTMLElement): void {
  const platform = detectPlatform(navigator.userAgent, navigator.maxTouchPoints);
  for (const item of help.querySelectorAll<HTMLElement>('[data-os]'))
    item.hidden = platform !== null && item.dataset.os !== platform;
  help.hidden = false;
}
