/**
 * Share links: the article's address with the reader settings and an optional focused term in the
 * query. Client-safe: no dependencies beyond the settings module.
 */
import { DISPLAY_NAMES, type Display } from '../reader/display-options';
import { writeSettingsToQuery, type ReaderSettings } from '../reader/settings';

const TERM_PARAM = 'term';
export const PRINT_PARAM = 'print';

/** Term ids are the simplified hanzi of a name or word: short, never control characters or markup. */
const MAX_TERM_LENGTH = 24;
const TERM_ID = /^[^\p{Cc}\p{Cf}\s<>"'&]+$/u;

interface ShareLinkInput {
  /** "https://reader.example" (no trailing slash). */
  origin: string;
  /** The UI language to open in; null lets the proxy pick the visitor's. */
  locale: string | null;
  /** Locale-free path of the page: "/articles/xiaomi-2018". */
  path: string;
  settings: ReaderSettings;
  /** How the text is written (reading form, script): the page shows what the server rendered. */
  display: Display;
  /** Term id to focus on opening (its simplified hanzi), if any. */
  term?: string | null;
  /**
   * Index of the term's first mention on the page: the link ends in #mention-N, so that without
   * JavaScript the browser scrolls there and the stylesheet opens its popover.
   */
  termMention?: number;
}

/** The absolute link: every setting written in, so the view is the same whatever the student had stored. */
export function buildShareLink({ origin, locale, path, settings, display, term, termMention }: ShareLinkInput): string {
  const params = new URLSearchParams(writeSettingsToQuery('', settings));
  for (const name of DISPLAY_NAMES) params.set(name, display[name]);
  const focused = Boolean(term && isTermId(term));
  if (focused) params.set(TERM_PARAM, term!);
  const hash =
    focused && termMention !== undefined && Number.isInteger(termMention) && termMention >= 0
      ? `#mention-${termMention}`
      : '';
  return `${origin}${locale ? `/${locale}` : ''}${path}?${params.toString()}${hash}`;
}

function isTermId(value: string): boolean {
  return value.length > 0 && [...value].length <= MAX_TERM_LENGTH && TERM_ID.test(value);
}

/** The term a link asks to focus, or null when absent or malformed (never an error). */
export function readFocusTerm(search: string | URLSearchParams): string | null {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const value = params.get(TERM_PARAM)?.trim();
  return value && isTermId(value) ? value : null;
}

/** `?print=1` asks for the worksheet view; any other value is ignored. */
export function isPrintRequested(search: string | URLSearchParams): boolean {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return params.get(PRINT_PARAM) === '1';
}

/** The same query without the worksheet switch (the "back to the reader" link). */
export function withoutPrint(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(PRINT_PARAM);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The same query with the worksheet switch on. */
export function withPrint(search: string): string {
  const params = new URLSearchParams(search);
  params.set(PRINT_PARAM, '1');
  return `?${params.toString()}`;
}
