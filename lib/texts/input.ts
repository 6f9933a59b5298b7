import { MAX_SOURCE_URL_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, countChars, normalizeLineBreaks } from './limits';
import type { TextError } from './errors';

export interface TextInput {
  /** One line, '' when untitled. */
  title: string;
  /** Line breaks normalized to "\n". */
  text: string;
  sourceUrl: string | null;
}

export interface RawTextInput {
  title?: string | null;
  text: string;
  sourceUrl?: string | null;
}

/**
 * Lone surrogates cannot be stored as UTF-8, and PostgreSQL's text type cannot hold U+0000: both
 * become U+FFFD (as a browser submits a lone surrogate), so every store keeps the same text.
 */
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g, '\uFFFD');
}

/** A title is one line: whitespace runs (line breaks included) become one space. */
export function validateTitle(
  raw: string | null | undefined,
): { ok: true; value: string } | { ok: false; error: TextError } {
  const title = wellFormed(raw ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (countChars(title) > MAX_TITLE_CHARS) {
    return {
      ok: false,
      error: {
        status: 400,
        code: 'title_too_long',
        field: 'title',
        message: `The title has more than ${MAX_TITLE_CHARS} characters.`,
      },
    };
  }
  return { ok: true, value: title };
}

/** Only absolute http(s) links: a javascript: or data: URL is rejected, never rendered. */
export function validateSourceUrl(
  raw: string | null | undefined,
): { ok: true; value: string | null } | { ok: false; error: TextError } {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return { ok: true, value: null };
  const invalid: TextError = {
    status: 400,
    code: 'invalid_source_url',
    field: 'sourceUrl',
    message: `The source URL must be an http:// or https:// address of at most ${MAX_SOURCE_URL_CHARS} characters.`,
  };
  if (trimmed.length > MAX_SOURCE_URL_CHARS) return { ok: false, error: invalid };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: invalid };
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    return { ok: false, error: invalid };
  return { ok: true, value: url.href };
}

export function validateText(raw: string): { ok: true; value: string } | { ok: false; error: TextError } {
  const text = normalizeLineBreaks(wellFormed(raw));
  if (text.trim() === '') {
    return {
      ok: false,
      error: { status: 400, code: 'empty_text', field: 'text', message: 'The text is empty: paste or type some text.' },
    };
  }
  if (countChars(text) > MAX_TEXT_CHARS) {
    return {
      ok: false,
      error: {
        status: 413,
        code: 'text_too_long',
        field: 'text',
        message: `The text has more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters.`,
      },
    };
  }
  return { ok: true, value: text };
}

/** Every field checked, so a form can show each error next to its field at once. */
export function validateTextInput(
  raw: RawTextInput,
): { ok: true; value: TextInput } | { ok: false; errors: TextError[] } {
  const text = validateText(raw.text);
  const title = validateTitle(raw.title);
  const sourceUrl = validateSourceUrl(raw.sourceUrl);
  if (text.ok && title.ok && sourceUrl.ok)
    return { ok: true, value: { title: title.value, text: text.value, sourceUrl: sourceUrl.value } };
  const errors = [text, title, sourceUrl].flatMap((result) => (result.ok ? [] : [result.error]));
  return { ok: false, errors };
}
