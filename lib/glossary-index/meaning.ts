import type { Locale, Meanings } from '../annotate/types';

/**
 * The meaning in the UI language, else English, else German (like the reader's popovers), with
 * the language it is in, so the page can mark a fallback with the right `lang`.
 */
export function localizedMeaning(meanings: Meanings, locale: Locale): { text: string; locale: Locale } | undefined {
  for (const candidate of [locale, 'en', 'de'] as const) {
    const text = meanings[candidate];
    if (text) return { text, locale: candidate };
  }
  return undefined;
}
