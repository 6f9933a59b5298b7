import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { TextError } from '@/lib/texts/errors';
import { MAX_CORRECTIONS, MAX_MEANING_CHARS } from '@/lib/texts/correction-types';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from '@/lib/texts/limits';
import { MAX_OVERRIDES } from '@/lib/texts/readings';

/** The limit an error message names, by error code (the text's length otherwise). */
const MAX_BY_CODE: Partial<Record<TextError['code'], number>> = {
  title_too_long: MAX_TITLE_CHARS,
  too_many_overrides: MAX_OVERRIDES,
  meaning_too_long: MAX_MEANING_CHARS,
  too_many_corrections: MAX_CORRECTIONS,
};

/** Translates text errors (English in the API) into the UI language, for the forms. */
export async function textErrorTranslator(locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: 'Texts.errors' });
  return (error: TextError, { count = 0 }: { count?: number } = {}) => {
    const max = MAX_BY_CODE[error.code] ?? MAX_TEXT_CHARS;
    return t(error.code, { max, count, seconds: error.retryAfterSeconds ?? 0 });
  };
}

/** The form's errors by field; an error without a field (rate limit, conflict) belongs to the whole form. */
export function errorsByField<Field extends string>(
  errors: readonly TextError[],
  translate: (error: TextError) => string,
) {
  const byField: Partial<Record<Field | 'form', string>> = {};
  for (const error of errors) byField[(error.field ?? 'form') as Field | 'form'] ??= translate(error);
  return byField;
}
