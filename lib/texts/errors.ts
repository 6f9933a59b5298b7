/** A failure a person can act on: HTTP status, a stable code, an English message (the UI translates by code). */
export interface TextError {
  status: 400 | 403 | 404 | 409 | 410 | 413 | 415 | 429;
  code: TextErrorCode;
  message: string;
  /** The form field the error belongs to, if any. */
  field?: 'title' | 'text' | 'sourceUrl' | 'hanzi' | 'reading';
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
  | 'conflict';

export type Result<T> = { ok: true; value: T } | { ok: false; error: TextError };

export const textError = (error: TextError): Result<never> => ({ ok: false, error });

export const NOT_FOUND: TextError = { status: 404, code: 'not_found', message: 'There is no text with this id.' };
export const GONE: TextError = { status: 410, code: 'gone', message: 'This text was deleted by its owner.' };
export const FORBIDDEN: TextError = { status: 403, code: 'forbidden', message: 'The manage token is missing or wrong.' };
export const CONFLICT: TextError = { status: 409, code: 'conflict', message: 'The text was changed by another request at the same time. Try again.' };
