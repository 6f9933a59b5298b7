import { annotateForStoreOffThread } from './annotation-worker';
import { CONFLICT, FORBIDDEN, GONE, NOT_FOUND, textError, type Result, type TextError } from './errors';
import { appliedOverrides, planEdit, type TextChanges } from './edit-plan';
import { validateTextInput, type RawTextInput } from './input';
import { isTextId } from './paths';
import { countCreation, countEdit, type Requester } from './rate-limits';
import { reviseText, type RevisedText, type TextContent } from './revise';
import { hashToken, newManageToken, newTextId, tokenMatches } from './secrets';
import type { TextRecord, TextStore, TextUpdate } from './types';

export type { TextChanges } from './edit-plan';

export type CreateResult = { ok: true; value: { id: string; token: string } } | { ok: false; errors: TextError[] };

/**
 * Validates, counts the creation against the client's rate limit, annotates once (off the event
 * loop in production, lib/texts/annotation-worker) and stores.
 * The manage token is returned here only; the store keeps its hash.
 */
export async function createText(store: TextStore, raw: RawTextInput, requester: Requester): Promise<CreateResult> {
  const now = requester.now ?? Date.now();
  const input = validateTextInput(raw);
  if (!input.ok) return input;
  const allowed = await countCreation(requester, now);
  if (!allowed.ok) return { ok: false, errors: [allowed.error] };
  const { title, text, sourceUrl } = input.value;
  const encoded = await annotateForStoreOffThread({ title, body: text, overrides: {} });
  const id = newTextId();
  const token = newManageToken();
  await store.create({
    id,
    title,
    body: text,
    sourceUrl,
    tokenHash: hashToken(token),
    overrides: {},
    annotation: { encoded },
    createdAt: now,
  });
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
export async function readOwnedText(
  store: TextStore,
  id: string,
  token: string | null | undefined,
): Promise<Result<TextRecord>> {
  const found = await readText(store, id);
  if (found.ok && !tokenMatches(token, found.value.tokenHash)) return textError(FORBIDDEN);
  return found;
}

const ATTEMPTS = 3;

/**
 * An owner's change of a text, safe against changes at the same time (a version check, no lock):
 * reads the text (owner checked) and lets `change` plan and write it; when somebody wrote in
 * between (`change` returns null), reads it again, and answers 409 after three tries. `count()`
 * counts the edit against the client's edit limit, once however many tries; a change that writes
 * nothing should not call it.
 */
export async function changeOwnedText(
  store: TextStore,
  id: string,
  token: string | null | undefined,
  requester: Requester,
  change: (text: TextRecord, count: () => Promise<Result<unknown>>, now: number) => Promise<Result<TextRecord> | null>,
): Promise<Result<TextRecord>> {
  const now = requester.now ?? Date.now();
  let counted: Result<unknown> | null = null;
  const count = async () => (counted?.ok ? counted : (counted = await countEdit(requester, now)));
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const owned = await readOwnedText(store, id, token);
    if (!owned.ok) return owned;
    const outcome = await change(owned.value, count, now);
    if (outcome) return outcome;
  }
  return textError(CONFLICT);
}

/**
 * Writes a revised version of `text` if it is still the stored version; returns what the store
 * now holds (the version raised by one, updatedAt set), or null if somebody wrote in between.
 */
export async function writeRevision(
  store: TextStore,
  text: TextRecord,
  content: TextContent,
  revised: RevisedText,
  now: number,
  history?: TextUpdate['history'],
): Promise<TextRecord | null> {
  const update: TextUpdate = {
    ...content,
    corrections: revised.corrections,
    annotation: revised.annotation,
    expectedVersion: text.version,
    now,
    ...(history ? { history } : {}),
  };
  if (!(await store.update(text.id, update))) return null;
  return {
    ...text,
    ...content,
    corrections: revised.corrections,
    annotation: revised.annotation,
    version: text.version + 1,
    updatedAt: now,
  };
}

/**
 * Applies the owner's changes all or nothing and returns the text as stored: re-annotates once and
 * writes once, only if nobody wrote in between (version check; retried if somebody did, 409 after
 * three tries). A change that changes nothing writes nothing and is not counted; any other counts
 * against the client's edit limit. A correction that would not take effect fails.
 */
export async function editText(
  store: TextStore,
  id: string,
  token: string | null | undefined,
  changes: TextChanges,
  requester: Requester,
): Promise<Result<TextRecord>> {
  return changeOwnedText(store, id, token, requester, async (text, count, now) => {
    const plan = await planEdit(text, changes);
    if (!plan.ok) return plan;
    if (!plan.value.changed) return { ok: true, value: text };
    const allowed = await count();
    if (!allowed.ok) return allowed;
    const content: TextContent = {
      title: plan.value.title,
      body: text.body,
      overrides: plan.value.overrides,
      corrections: text.corrections,
    };
    const revised = await reviseText(content);
    const overrides = appliedOverrides(plan.value, revised.annotation);
    if (!overrides.ok) return overrides;
    const saved = await writeRevision(store, text, { ...content, overrides: overrides.value }, revised, now);
    return saved && { ok: true, value: saved };
  });
}

export async function deleteText(
  store: TextStore,
  id: string,
  token: string | null | undefined,
  now = Date.now(),
): Promise<Result<void>> {
  const owned = await readOwnedText(store, id, token);
  if (!owned.ok) return owned;
  // Another request may have deleted it since it was read.
  return (await store.delete(id, now)) ? { ok: true, value: undefined } : textError(GONE);
}
