import { annotateText } from './annotation';
import { CONFLICT, FORBIDDEN, GONE, NOT_FOUND, textError, type Result, type TextError } from './errors';
import { rateLimitedError, validateTextInput, validateTitle, type RawTextInput } from './input';
import { CREATIONS_PER_MINUTE } from './limits';
import { correctedTermId, MAX_OVERRIDES, parseReadingInput, readingNotApplied, tooManyOverrides, type ReadingInput } from './readings';
import { isTextId } from './paths';
import { hashToken, newManageToken, newTextId, tokenMatches } from './secrets';
import type { TextRecord, TextStore } from './types';

export const CREATION_LIMIT = { limit: CREATIONS_PER_MINUTE, windowMs: 60_000 };

export type CreateResult = { ok: true; value: { id: string; token: string } } | { ok: false; errors: TextError[] };

/**
 * Validates, counts the creation against the client's rate limit, annotates once and stores.
 * The manage token is returned here only; the store keeps its hash.
 */
export async function createText(store: TextStore, raw: RawTextInput, { client, now = Date.now() }: { client: string; now?: number }): Promise<CreateResult> {
  const input = validateTextInput(raw);
  if (!input.ok) return input;
  const decision = await store.recordCreation(client, now, CREATION_LIMIT);
  if (!decision.allowed) return { ok: false, errors: [rateLimitedError(decision.retryAfterMs)] };
  const { title, text, sourceUrl } = input.value;
  const annotation = await annotateText(title, text, {});
  const id = newTextId();
  const token = newManageToken();
  await store.create({ id, title, body: text, sourceUrl, tokenHash: hashToken(token), overrides: {}, annotation, createdAt: now });
  return { ok: true, value: { id, token } };
}

export async function readText(store: TextStore, id: string): Promise<Result<TextRecord>> {
  if (!isTextId(id)) return textError(NOT_FOUND);
  const found = await store.get(id);
  if (found.state === 'missing') return textError(NOT_FOUND);
  if (found.state === 'deleted') return textError(GONE);
  return { ok: true, value: found.text };
}

/** The text if the token is its manage token: 404 and 410 come before 403. */
export async function readOwnedText(store: TextStore, id: string, token: string | null | undefined): Promise<Result<TextRecord>> {
  const found = await readText(store, id);
  if (found.ok && !tokenMatches(token, found.value.tokenHash)) return textError(FORBIDDEN);
  return found;
}

const ATTEMPTS = 3;

/** Read, change, write only if nobody wrote in between (version check); retried if somebody did. */
async function editOwned(
  store: TextStore,
  id: string,
  token: string | null | undefined,
  change: (text: TextRecord) => Promise<Result<boolean>>,
): Promise<Result<void>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const owned = await readOwnedText(store, id, token);
    if (!owned.ok) return owned;
    const written = await change(owned.value);
    if (!written.ok) return written;
    if (written.value) return { ok: true, value: undefined };
  }
  return textError(CONFLICT);
}

export interface TextChanges {
  /** The new title ('' removes it). */
  title?: string;
  /** hanzi → numbered pinyin ("hua2 wei2") corrects the reading everywhere in the text; null removes the correction. */
  readings?: Record<string, string | null>;
}

/**
 * Applies the owner's changes all or nothing: re-annotates once and writes once. A correction
 * that would not take effect (the term is not in the text, the syllables are not pinyin) fails.
 */
export function editText(store: TextStore, id: string, token: string | null | undefined, changes: TextChanges, now = Date.now()): Promise<Result<void>> {
  return editOwned(store, id, token, async (text) => {
    let title = text.title;
    if (changes.title !== undefined) {
      const validated = validateTitle(changes.title);
      if (!validated.ok) return validated;
      title = validated.value;
    }
    const overrides = new Map(Object.entries(text.overrides));
    const corrections: ReadingInput[] = [];
    for (const [hanzi, pinyin] of Object.entries(changes.readings ?? {})) {
      if (pinyin === null) {
        overrides.delete(hanzi);
        continue;
      }
      const reading = parseReadingInput(hanzi, pinyin);
      if (!reading.ok) return reading;
      overrides.set(reading.value.hanzi, reading.value.pinyin);
      corrections.push(reading.value);
    }
    if (overrides.size > MAX_OVERRIDES) return textError(tooManyOverrides);
    const annotation = await annotateText(title, text.body, Object.fromEntries(overrides));
    for (const correction of corrections) {
      const termId = correctedTermId(annotation, correction);
      if (!termId) return textError(readingNotApplied(correction.hanzi));
      // Keyed by the term's id (its simplified form), the name the reader and the manage page show.
      overrides.delete(correction.hanzi);
      overrides.set(termId, correction.pinyin);
    }
    const written = await store.update(id, { title, overrides: Object.fromEntries(overrides), annotation, expectedVersion: text.version, now });
    return { ok: true, value: written };
  });
}

export async function deleteText(store: TextStore, id: string, token: string | null | undefined, now = Date.now()): Promise<Result<void>> {
  const owned = await readOwnedText(store, id, token);
  if (!owned.ok) return owned;
  // Another request may have deleted it since it was read.
  return (await store.delete(id, now)) ? { ok: true, value: undefined } : textError(GONE);
}
