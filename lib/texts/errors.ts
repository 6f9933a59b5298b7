/** A failure a person can act on: HTTP status, a stable code, an English message (the UI translates by code). */
export interface TextError {
  status: 400 | 403 | 404 | 409 | 410 | 413 | 415 | 429;
  code: TextErrorCode;
  message: string;
  /** The form field the error belongs to, if any. */
  field?: 'title' | 'text' | 'sourceUrl' | 'hanzi' | 'reading' | 'meaning' | 'split';
  retryAfterSeconds?: number;
}

export type TextErrorCode =
  | 'empty_text'
  | 'text_too_long'
  | 'title_too_long'
  | 'invalid_source_url'
  | 'invalid_term'
  | 'term_not_in_text'
  | 'invalid_reading'
  | 'reading_not_applied'
  | 'correction_not_found'
  | 'too_many_overrides'
  | 'rate_limited'
  | 'edit_rate_limited'
  | 'forbidden'
  | 'not_found'
  | 'gone'
  | 'conflict'
  | 'version_conflict'
  | 'word_not_found'
  | 'ambiguous_reading'
  | 'meaning_too_long'
  | 'invalid_split'
  | 'nothing_to_merge'
  | 'correction_not_applied'
  | 'too_many_corrections'
  | 'nothing_to_undo';

export type Result<T> = { ok: true; value: T } | { ok: false; error: TextError };

export const textError = (error: TextError): Result<never> => ({ ok: false, error });

export const NOT_FOUND: TextError = { status: 404, code: 'not_found', message: 'There is no text with this id.' };
export const GONE: TextError = { status: 410, code: 'gone', message: 'This text was deleted by its owner.' };
export const FORBIDDEN: TextError = {
  status: 403,
  code: 'forbidden',
  message: 'The manage token is missing or wrong.',
};
export const CONFLICT: TextError = {
  status: 409,
  code: 'conflict',
  message: 'The text was changed by another request at the same time. Try again.',
};

/** The form was filled in on an older version: what it would change may no longer fit, so nothing was written. */
export const VERSION_CONFLICT: TextError = {
  status: 409,
  code: 'version_conflict',
  message:
    'The text was changed in another tab or window since this page was opened. Nothing was saved; reload the page to see the change.',
};
