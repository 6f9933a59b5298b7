/**
 * "My texts": the texts this browser created (or opened with their manage link), with the manage
 * link, kept in localStorage. The link is the only key to edit or delete a text: the list keeps
 * it where the person can find it again, and nowhere else. Client-safe: no dependencies; what is
 * read back is checked field by field, a damaged entry is dropped.
 */
import { readStored, writeStored } from '../browser-storage';
import { parseStoredList, serializeStoredList } from '../stored-list';
import { isTextId } from './paths';

export interface MyText {
  id: string;
  /** As it was when the text was created or last managed here; may be empty. */
  title: string;
  /** The manage page, locale-free: "/texts/{id}/manage?token=…". */
  managePath: string;
  /** ISO 8601: when it joined the list. */
  addedAt: string;
}

export const MY_TEXTS_KEY = 'hanzi-reader:my-texts';
/** Fired on the window after this page changed the list (the storage event only reaches other tabs). */
export const MY_TEXTS_CHANGED = 'hanzi-reader:my-texts-changed';
export const MAX_MY_TEXTS = 500;
const MAX_TITLE = 200;
const MANAGE_PATH = /^\/texts\/([A-Za-z0-9_-]{22})\/manage\?token=[A-Za-z0-9_%-]{20,200}$/;

function toMyText(input: unknown, now: () => Date): MyText | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const { id, title, managePath, addedAt } = input as Record<keyof MyText, unknown>;
  if (typeof id !== 'string' || !isTextId(id) || typeof managePath !== 'string') return undefined;
  if (MANAGE_PATH.exec(managePath)?.[1] !== id) return undefined;
  const cleanTitle = typeof title === 'string' ? title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE) : '';
  const date = typeof addedAt === 'string' && !Number.isNaN(Date.parse(addedAt)) ? addedAt : now().toISOString();
  return { id, title: cleanTitle, managePath, addedAt: date };
}

/** The stored list, newest first; empty when nothing or something unreadable is stored. */
export function parseMyTexts(raw: string | null, now: () => Date = () => new Date()): MyText[] {
  return parseStoredList(raw, {
    field: 'texts',
    max: MAX_MY_TEXTS,
    toItem: (item) => toMyText(item, now),
    keyOf: (text) => text.id,
  });
}

export function serializeMyTexts(texts: readonly MyText[]): string {
  return serializeStoredList('texts', texts);
}

/** The list in `storage` (empty when there is none or it cannot be read). Never throws. */
export function readMyTexts(storage: Pick<Storage, 'getItem'> | null | undefined): MyText[] {
  return parseMyTexts(readStored(storage, MY_TEXTS_KEY));
}

/** Stores the list and tells the page's listeners; false when it could not be stored. */
export function writeMyTexts(storage: Pick<Storage, 'setItem'> | null | undefined, texts: readonly MyText[]): boolean {
  return writeStored(storage, MY_TEXTS_KEY, serializeMyTexts(texts), MY_TEXTS_CHANGED);
}

/**
 * Adds a text or refreshes its title and link (a new token replaces an old one); a text already
 * listed keeps its place. Undefined input (a malformed link) leaves the list as it is.
 */
export function rememberText(
  texts: readonly MyText[],
  input: { id: string; title: string; managePath: string },
  now: () => Date = () => new Date(),
): MyText[] {
  const text = toMyText({ ...input, addedAt: now().toISOString() }, now);
  if (!text) return [...texts];
  const at = texts.findIndex((t) => t.id === text.id);
  if (at >= 0) return texts.map((t, i) => (i === at ? { ...text, addedAt: t.addedAt } : t));
  return [text, ...texts].slice(0, MAX_MY_TEXTS);
}

export function forgetText(texts: readonly MyText[], id: string): MyText[] {
  return texts.filter((text) => text.id !== id);
}
