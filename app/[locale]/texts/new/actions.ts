'use server';

import { cookies, headers } from 'next/headers';
import { textErrorTranslator, errorsByField } from '@/i18n/text-errors';
import { redirect } from '@/i18n/navigation';
import { formLocale } from '@/i18n/page-locale';
import { formString, type NewTextField, type NewTextFormState } from '@/lib/texts/form-state';
import { countChars } from '@/lib/texts/limits';
import { MANAGE_COOKIE, MANAGE_COOKIE_SECONDS, manageCookiePath, manageCookieValue, textPath } from '@/lib/texts/paths';
import { requesterOf } from '@/lib/texts/requester';
import { createText } from '@/lib/texts/service';
import { getTextStore } from '@/lib/texts/store';

/** The paste form: stores the text and opens it, or returns the form as typed with the errors. */
export async function createTextAction(previous: NewTextFormState, data: FormData): Promise<NewTextFormState> {
  const localeValue = formString(data, 'locale');
  const locale = formLocale(localeValue);
  const values = {
    title: formString(data, 'title'),
    text: formString(data, 'text'),
    sourceUrl: formString(data, 'sourceUrl'),
  };
  const requestHeaders = await headers();
  const created = await createText(getTextStore(), values, requesterOf(requestHeaders));
  if (!created.ok) {
    const translate = await textErrorTranslator(locale);
    const errors = errorsByField<NewTextField>(created.errors, (error) =>
      translate(error, { count: countChars(values.text) }),
    );
    return { attempt: previous.attempt + 1, values, errors };
  }
  const { id, token } = created.value;
  // One cookie, replaced by each creation, sent only to this language's text pages.
  (await cookies()).set(MANAGE_COOKIE, manageCookieValue(id, token), {
    httpOnly: true,
    sameSite: 'strict',
    secure: requestHeaders.get('x-forwarded-proto') === 'https',
    maxAge: MANAGE_COOKIE_SECONDS,
    path: manageCookiePath(locale),
  });
  return redirect({ href: textPath(id), locale });
}
