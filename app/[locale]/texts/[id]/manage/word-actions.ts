'use server';

import { headers } from 'next/headers';
import { errorsByField, textErrorTranslator } from '@/i18n/text-errors';
import { redirect } from '@/i18n/navigation';
import { formLocale } from '@/i18n/page-locale';
import type { AppLocale } from '@/i18n/routing';
import type { Result } from '@/lib/texts/errors';
import {
  formString,
  type BodyFormState,
  type SavedChange,
  type SegmentFormState,
  type UndoFormState,
  type WordFormState,
} from '@/lib/texts/form-state';
import { managePath } from '@/lib/texts/paths';
import { requesterOf } from '@/lib/texts/requester';
import { getTextStore } from '@/lib/texts/store';
import { editBody, undoLastChange } from '@/lib/texts/text-versions';
import { changeWord, type WordChange, type WordTarget } from '@/lib/texts/word-edits';

/** Every form of the word editor carries the text, the version it was shown in and where the word stood. */
function target(data: FormData) {
  const locale = formString(data, 'locale');
  const number = (name: string) => (/^\d{1,9}$/.test(formString(data, name)) ? Number(formString(data, name)) : -1);
  const word: WordTarget = {
    version: number('version'),
    line: number('line'),
    start: number('start'),
    text: formString(data, 'word'),
  };
  // The page of the text the word was on (a word's forms only): the owner comes back to it.
  const page = number('page') > 1 ? `&page=${number('page')}` : '';
  return {
    locale: formLocale(locale),
    id: formString(data, 'id'),
    token: formString(data, 'token'),
    version: number('version'),
    word,
    page,
  };
}

function backToManage(
  { locale, id, token, page }: ReturnType<typeof target>,
  saved?: SavedChange,
  fragment = '',
): never {
  return redirect({ href: `${managePath(id, token)}${page}${saved ? `&saved=${saved}` : ''}${fragment}`, locale });
}

const options = async () => requesterOf(await headers());

async function failed<Field extends string>(result: Extract<Result<unknown>, { ok: false }>, locale: AppLocale) {
  // Not the owner, or the text is gone: the manage page itself answers 403/404/410.
  return ['forbidden', 'not_found', 'gone'].includes(result.error.code)
    ? null
    : errorsByField<Field>([result.error], await textErrorTranslator(locale));
}

async function saveWordChange<Field extends string>(
  data: FormData,
  change: WordChange,
  saved: SavedChange,
  previous: { attempt: number },
  values: Record<Field, string>,
) {
  const where = target(data);
  const result = await changeWord(getTextStore(), where.id, where.token, where.word, change, await options());
  if (result.ok) return backToManage(where, saved, '#manage-words');
  const errors = await failed<Field>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values, errors };
}

export async function saveWordAction(previous: WordFormState, data: FormData): Promise<WordFormState> {
  const values = {
    reading: formString(data, 'reading'),
    choice: formString(data, 'choice'),
    meaning: formString(data, 'meaning'),
    scope: formString(data, 'scope') === 'all' ? 'all' : 'one',
  };
  const { locale } = target(data);
  return saveWordChange(
    data,
    { kind: 'correct', ...values, scope: values.scope === 'all' ? 'all' : 'one', locale },
    'word',
    previous,
    values,
  );
}

export async function splitWordAction(previous: SegmentFormState, data: FormData): Promise<SegmentFormState> {
  const values = { split: formString(data, 'split') };
  return saveWordChange(
    data,
    { kind: 'split', at: /^\d{1,3}$/.test(values.split) ? Number(values.split) : 0 },
    'split',
    previous,
    values,
  );
}

export async function mergeWordAction(previous: SegmentFormState, data: FormData): Promise<SegmentFormState> {
  return saveWordChange(data, { kind: 'merge' }, 'merged', previous, { split: '' });
}

export async function saveBodyAction(previous: BodyFormState, data: FormData): Promise<BodyFormState> {
  const where = target(data);
  const values = { text: formString(data, 'text') };
  const result = await editBody(
    getTextStore(),
    where.id,
    where.token,
    { version: where.version, body: values.text },
    await options(),
  );
  if (result.ok) return backToManage(where, 'text');
  const errors = await failed<'text'>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values, errors };
}

export async function undoAction(previous: UndoFormState, data: FormData): Promise<UndoFormState> {
  const where = target(data);
  const result = await undoLastChange(getTextStore(), where.id, where.token, where.version, await options());
  if (result.ok) return backToManage(where, 'undone');
  const errors = await failed<never>(result, where.locale);
  if (!errors) return backToManage(where);
  return { attempt: previous.attempt + 1, values: {}, errors };
}
