'use server';

import { headers } from 'next/headers';
import { errorsByField, textErrorTranslator } from '@/i18n/text-errors';
import { redirect } from '@/i18n/navigation';
import { formLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import type { Result } from '@/lib/texts/errors';
import {
  formString,
  type ReadingFormState,
  type RemoveReadingFormState,
  type SavedChange,
  type TitleFormState,
} from '@/lib/texts/form-state';
import { managePath, textPath } from '@/lib/texts/paths';
import { requesterOf } from '@/lib/texts/requester';
import { deleteText, editText, type TextChanges } from '@/lib/texts/service';
import { getTextStore } from '@/lib/texts/store';

/** Every manage form carries the locale, the text id and the manage token (checked again here). */
function target(data: FormData): { locale: AppLocale; id: string; token: string } {
  const locale = formString(data, 'locale');
  return { locale: formLocale(locale), id: formString(data, 'id'), token: formString(data, 'token') };
}

function backToManage({ locale, id, token }: ReturnType<typeof target>, saved?: SavedChange): never {
  return redirect({ href: `${managePath(id, token)}${saved ? `&saved=${saved}` : ''}`, locale });
}

/** Applies the changes as the requesting client (edits are rate-limited per client). */
async function edit(where: ReturnType<typeof target>, changes: TextChanges) {
  return editText(getTextStore(), where.id, where.token, changes, requesterOf(await headers()));
}

async function failed<Field extends string>(result: Extract<Result<unknown>, { ok: false }>, locale: AppLocale) {
  // Not the owner, or the text is gone: the manage page itself answers 403/404/410.
  return ['forbidden', 'not_found', 'gone'].includes(result.error.code)
    ? null
    : errorsByField<Field>([result.error], await textErrorTranslator(locale));
}

export async function saveTitleAction(previous: TitleFormState, data: FormData): Promise<TitleFormState> {
  const where = target(data);
  const values = { title: formString(data, 'title') };
  const result = await edit(where, { title: values.title });
  if (result.ok) return backToManage(where, 'title');
  const errors = await failed<'title'>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values, errors };
}

export async function saveReadingAction(previous: ReadingFormState, data: FormData): Promise<ReadingFormState> {
  const where = target(data);
  const values = { hanzi: formString(data, 'hanzi'), reading: formString(data, 'reading') };
  const result = await edit(where, { readings: { [values.hanzi]: values.reading } });
  if (result.ok) return backToManage(where, 'reading');
  const errors = await failed<'hanzi' | 'reading'>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values, errors };
}

/** "Removed" only when a correction was removed; otherwise the form says why not (none, conflict, limit). */
export async function removeReadingAction(
  previous: RemoveReadingFormState,
  data: FormData,
): Promise<RemoveReadingFormState> {
  const where = target(data);
  const values = { hanzi: formString(data, 'hanzi') };
  const result = await edit(where, { readings: { [values.hanzi]: null } });
  if (result.ok) return backToManage(where, 'removed');
  const errors = await failed<'hanzi'>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values, errors };
}

export async function deleteTextAction(data: FormData): Promise<void> {
  const where = target(data);
  if (formString(data, 'confirm') !== 'yes') backToManage(where);
  const result = await deleteText(getTextStore(), where.id, where.token);
  // Deleted: the text's page now answers 410 "deleted". Otherwise the manage page says why not.
  if (result.ok) redirect({ href: textPath(where.id), locale: where.locale });
  backToManage(where);
}
