import type { Locale, Meanings } from '../annotate';

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

/**
 * A meaning without the headword it may open with ("雷军，小米创始人" → "小米创始人"), for texts
 * that name the term already ("雷军（léi jūn）：…"). Chinese meanings start with the hanzi.
 */
export function meaningWithoutHeadword(meaning: string, headword: string): string {
  if (!meaning.startsWith(headword)) return meaning;
  const rest = meaning.slice(headword.length).replace(/^[，,、：:]\s*/u, '');
  return rest && rest !== meaning.slice(headword.length) ? rest : meaning;
}
