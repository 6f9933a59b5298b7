/**
 * Changes of a text as a whole, from the manage page: a new text (and title) keeping the
 * corrections that still fit, undoing the last change, and what the last change took away.
 * One word's changes are in word-edits.ts.
 */
import type { Correction } from './correction-types';
import { textError, VERSION_CONFLICT, type Result, type TextError } from './errors';
import { validateText, validateTitle } from './input';
import { countEdit, type Requester } from './rate-limits';
import { correctionsLost, reviseText, type TextContent } from './revise';
import { readOwnedText, writeRevision } from './service';
import type { TextRecord, TextStore } from './types';

const NOTHING_TO_UNDO: TextError = {
  status: 400,
  code: 'nothing_to_undo',
  message: 'There is no earlier version to go back to.',
};

export interface BodyEdit {
  version: number;
  /** The new title; the stored one stays if absent. */
  title?: string;
  body: string;
}

/**
 * Replaces title and text: annotated again, and every correction whose word is still there (same
 * characters at the same place of an unchanged sentence) is kept; the others, and readings of
 * terms no longer in the text, are returned as dropped. Only from the version the form showed.
 */
export async function editBody(
  store: TextStore,
  id: string,
  token: string,
  edit: BodyEdit,
  requester: Requester,
): Promise<Result<{ text: TextRecord; dropped: Correction[]; droppedReadings: string[] }>> {
  const now = requester.now ?? Date.now();
  const body = validateText(edit.body);
  if (!body.ok) return body;
  const owned = await readOwnedText(store, id, token);
  if (!owned.ok) return owned;
  const text = owned.value;
  const title = validateTitle(edit.title ?? text.title);
  if (!title.ok) return title;
  if (text.version !== edit.version) return textError(VERSION_CONFLICT);
  if (title.value === text.title && body.value === text.body)
    return { ok: true, value: { text, dropped: [], droppedReadings: [] } };
  const allowed = await countEdit(requester, now);
  if (!allowed.ok) return allowed;
  const content: TextContent = {
    title: title.value,
    body: body.value,
    overrides: text.overrides,
    corrections: text.corrections,
  };
  let revised = await reviseText(content);
  const present = new Set(revised.annotation.terms.map((term) => term.id));
  const droppedReadings = Object.keys(text.overrides).filter((hanzi) => !present.has(hanzi));
  if (droppedReadings.length > 0) {
    content.overrides = Object.fromEntries(Object.entries(text.overrides).filter(([hanzi]) => present.has(hanzi)));
    revised = await reviseText(content);
  }
  const saved = await writeRevision(store, text, content, revised, now);
  if (!saved) return textError(VERSION_CONFLICT);
  return { ok: true, value: { text: saved, dropped: revised.dropped, droppedReadings } };
}

/** Restores the version before the last change (text and corrections), from the version the form showed. */
export async function undoLastChange(
  store: TextStore,
  id: string,
  token: string,
  version: number,
  requester: Requester,
): Promise<Result<TextRecord>> {
  const now = requester.now ?? Date.now();
  const owned = await readOwnedText(store, id, token);
  if (!owned.ok) return owned;
  const text = owned.value;
  if (text.version !== version) return textError(VERSION_CONFLICT);
  const previous = await store.previousVersion(id);
  if (!previous) return textError(NOTHING_TO_UNDO);
  const allowed = await countEdit(requester, now);
  if (!allowed.ok) return allowed;
  const content: TextContent = {
    title: previous.title,
    body: previous.body,
    overrides: previous.overrides,
    corrections: previous.corrections,
  };
  const saved = await writeRevision(store, text, content, await reviseText(content), now, {
    restored: previous.version,
  });
  return saved ? { ok: true, value: saved } : textError(VERSION_CONFLICT);
}

/** What the last change of a text took away: corrections that no longer apply, reading corrections gone. */
export interface LostCorrections {
  corrections: Correction[];
  /** The hanzi whose reading correction is gone. */
  readings: string[];
}

/** What the last change took away: the corrections of the version before that the text no longer has. */
export async function lostInLastChange(store: TextStore, text: TextRecord): Promise<LostCorrections> {
  const previous = await store.previousVersion(text.id);
  if (!previous) return { corrections: [], readings: [] };
  return {
    corrections: correctionsLost(previous.corrections, text.corrections),
    readings: Object.keys(previous.overrides).filter((hanzi) => !(hanzi in text.overrides)),
  };
}
