import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { TextError } from '@/lib/texts/errors';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '@/lib/texts/limits';
import { MAX_OVERRIDES } from '@/lib/texts/readings';

/** Translates text errors (English in the API) into the UI language, for the forms. */
export async function textErrorTranslator(locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: 'Texts.errors' });
  return (error: TextError, { count = 0 }: { count?: number } = {}) => {
    const max = error.code === 'title_too_long' ? MAX_TITLE_CHARS : error.code === 'too_many_overrides' ? MAX_OVERRIDES : MAX_TEXT_CHARS;
    return t(error.code, { max, count, seconds: error.retryAfterSeconds ?? 0 });
  };
}

/** The form's errors by field; an error without a field (rate limit, conflict) belongs to the whole form. */
export function errorsByField<Field extends string>(errors: readonly TextError[], translate: (error: TextError) => string) {
  const byField: Partial<Record<Field | 'form', string>> = {};
  for (const error of errors) byField[(error.field ?? 'form') as Field | 'form'] ??= translate(error);
  return byField;
}
