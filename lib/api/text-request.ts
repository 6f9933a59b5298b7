import { z } from 'zod';
import { routing } from '../../i18n/routing';
import type { RateLimitStore } from '../rate-limit/types';
import { clientAddress } from '../texts/client-address';
import { MAX_TEXT_CHARS } from '../texts/limits';
import { textPageView } from '../texts/reading-view';
import { deleteText, editText, readOwnedText, readText } from '../texts/service';
import type { TextStore } from '../texts/types';
import { editBody, undoLastChange } from '../texts/text-versions';
import { changeWord, mentionTarget, type WordChange } from '../texts/word-edits';
import { BODY_LIMIT_BYTES } from './body-limit';
import { readJsonBody } from './json-body';
import { errorJson, type ApiError, type JsonResponse } from './responses';
import { bearerToken, textJson } from './texts-response';

/** A word of the text, by its mention number (reading order, title first) and, as a check, its characters. */
const wordFields = { occurrence: z.number().int().min(0).max(10_000_000), text: z.string().min(1).max(200) };

const wordChange = z.discriminatedUnion('action', [
  z.strictObject({
    ...wordFields,
    action: z.literal('correct'),
    /** As typed in the manage page: tone marks, tone numbers, or without tones when the dictionary has one reading so written. */
    reading: z.string().max(200).optional(),
    meaning: z.string().max(2_000).optional(),
    /** The language of `meaning`. */
    locale: z.enum(routing.locales).optional(),
    scope: z.enum(['one', 'all']).optional(),
  }),
  z.strictObject({ ...wordFields, action: z.literal('split'), at: z.number().int().min(0).max(1_000) }),
  z.strictObject({ ...wordFields, action: z.literal('merge') }),
]);

const patchRequest = z
  .strictObject({
    title: z.string().max(10_000).optional(),
    /** hanzi → numbered pinyin ("hua2 wei2") to correct a reading, or null to remove a correction. */
    overrides: z.record(z.string().max(64), z.string().max(200).nullable()).optional(),
    /** The version the change was made on (GET's `version`); required by word, text and undo. */
    version: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    word: wordChange.optional(),
    /** The new text (checked against MAX_TEXT_CHARS by validateText: 413 past it). */
    text: z
      .string()
      .max(4 * MAX_TEXT_CHARS)
      .optional(),
    undo: z.literal(true).optional(),
  })
  .superRefine((body, context) => {
    const kinds = [
      body.word && 'word',
      body.text !== undefined && 'text',
      body.undo && 'undo',
      (body.overrides !== undefined || (body.title !== undefined && body.text === undefined)) && 'title/overrides',
    ].filter(Boolean);
    const message =
      kinds.length === 0 ||
      (kinds[0] === 'title/overrides' && body.title === undefined && Object.keys(body.overrides ?? {}).length === 0)
        ? 'Nothing to change.'
        : kinds.length > 1
          ? `Send one change at a time: ${kinds.join(', ')} were sent together ("title" may come with "text").`
          : kinds[0] !== 'title/overrides' && body.version === undefined
            ? `A change of the ${kinds[0]} needs "version": the version it was made on, as GET /api/texts/{id} answers it.`
            : body.word?.action === 'correct' && body.word.meaning?.trim() && !body.word.locale
              ? 'A meaning needs "locale": the language it is written in ("de", "en" or "zh").'
              : null;
    if (message) context.addIssue({ code: 'custom', message, path: [] });
  });

const HINT =
  'e.g. {"overrides": {"华为": "hua2 wei2"}}, {"version": 3, "word": {"occurrence": 5, "text": "还", "action": "correct", "reading": "hai2"}}, {"version": 3, "text": "…"} or {"version": 3, "undo": true}';

function describe(issue: z.core.$ZodIssue): ApiError {
  const field = String(issue.path[0] ?? '');
  if (field === 'title') return { status: 400, code: 'invalid_title', message: 'The field "title" must be a string.' };
  if (field === 'overrides') {
    return {
      status: 400,
      code: 'invalid_reading',
      message: 'The field "overrides" must be an object like {"华为": "hua2 wei2"} (null removes a correction).',
    };
  }
  if (field === 'version')
    return {
      status: 400,
      code: 'invalid_version',
      message: 'The field "version" must be the text\'s version number, as GET /api/texts/{id} answers it.',
    };
  if (field === 'word') {
    return {
      status: 400,
      code: 'invalid_word',
      message: `The field "word" must be {"occurrence": <mention number>, "text": <its characters>, "action": "correct" | "split" | "merge"} with, for "correct", "reading"?, "meaning"?, "locale"? ("de", "en", "zh"), "scope"? ("one", "all"), for "split", "at" (characters before the cut); "${issue.path.slice(1).join('.') || 'action'}" is not right.`,
    };
  }
  if (field === 'text')
    return { status: 400, code: 'invalid_text', message: 'The field "text" must be a string: the whole new text.' };
  if (field === 'undo') return { status: 400, code: 'invalid_undo', message: 'The field "undo" must be true.' };
  if (issue.code === 'custom') return { status: 400, code: 'invalid_body', message: issue.message };
  return {
    status: 400,
    code: 'invalid_body',
    message: `The request body must be a JSON object with one change, ${HINT}.`,
  };
}

/** A word change as the manage page's editor makes it. */
function wordChangeOf(word: z.infer<typeof wordChange>): WordChange {
  if (word.action === 'split') return { kind: 'split', at: word.at };
  if (word.action === 'merge') return { kind: 'merge' };
  return {
    kind: 'correct',
    reading: word.reading ?? '',
    choice: '',
    meaning: word.meaning ?? '',
    scope: word.scope ?? 'one',
    locale: word.locale ?? 'en',
  };
}

/**
 * GET /api/texts/{id}?page=N: the stored text with page N (default 1) of its stored annotation
 * (one lookup, no annotating, only that page decoded). 400 for a page that is not a number, 404
 * past the last page.
 */
export async function handleGetText(
  id: string,
  { store }: { store: TextStore },
  page: string | null = null,
): Promise<JsonResponse> {
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page)) {
    return errorJson({
      status: 400,
      code: 'invalid_page',
      message: 'The query parameter "page" must be a page number (1, 2, …).',
    });
  }
  const found = await readText(store, id);
  if (!found.ok) return errorJson(found.error);
  const view = textPageView(found.value, page ?? undefined);
  if (page !== null && view.page !== Number(page)) {
    return errorJson({
      status: 404,
      code: 'page_not_found',
      message: `This text has ${view.pageCount} page${view.pageCount === 1 ? '' : 's'}.`,
    });
  }
  return { status: 200, body: textJson(found.value, view) };
}

/**
 * PATCH /api/texts/{id} with `Authorization: Bearer <token>`, one change at a time: `{ title?,
 * overrides? }`, or, with the `version` it was made on, a word's correction, split or join
 * (`word`), the whole text (`text`, with `title`?) or `undo`, as the manage page's forms make
 * them, with the same checks (lib/texts/word-edits). All changes or none: the text is
 * re-annotated and stored once; answers with the updated text (page 1 of its annotation, as GET).
 * A `version` that is no longer the text's → 409 version_conflict, nothing written.
 * Edits count against the client's edit limit (429 with Retry-After past it).
 */
export async function handlePatchText(
  request: Request,
  id: string,
  { store, rateLimits }: { store: TextStore; rateLimits: RateLimitStore },
): Promise<JsonResponse> {
  // 404/410 for the id, then 403 for the token, before the body: nothing is revealed to a stranger.
  const token = bearerToken(request);
  const owner = await readOwnedText(store, id, token);
  if (!owner.ok) return errorJson(owner.error);
  const parsed = await readJsonBody(request, patchRequest, { maxBytes: BODY_LIMIT_BYTES }, describe);
  if (!parsed.ok) return errorJson(parsed.error);
  const { title, overrides = {}, version, word, text, undo } = parsed.value;
  const options = { client: clientAddress(request.headers), rateLimits };
  const tokenValue = token ?? '';
  if (version !== undefined && word) {
    const target = mentionTarget(owner.value, version, word.occurrence, word.text);
    if (!target.ok) return errorJson(target.error);
    const changed = await changeWord(store, id, tokenValue, target.value, wordChangeOf(word), options);
    return changed.ok ? { status: 200, body: textJson(changed.value) } : errorJson(changed.error);
  }
  if (version !== undefined && text !== undefined) {
    const edited = await editBody(
      store,
      id,
      tokenValue,
      { version, body: text, ...(title !== undefined ? { title } : {}) },
      options,
    );
    if (!edited.ok) return errorJson(edited.error);
    const { text: saved, dropped, droppedReadings } = edited.value;
    return { status: 200, body: { ...textJson(saved), dropped: { corrections: dropped, readings: droppedReadings } } };
  }
  if (version !== undefined && undo) {
    const undone = await undoLastChange(store, id, tokenValue, version, options);
    return undone.ok ? { status: 200, body: textJson(undone.value) } : errorJson(undone.error);
  }
  const changed = await editText(
    store,
    id,
    token,
    { title, readings: overrides, ...(version !== undefined ? { version } : {}) },
    options,
  );
  return changed.ok ? { status: 200, body: textJson(changed.value) } : errorJson(changed.error);
}

/** DELETE /api/texts/{id} with `Authorization: Bearer <token>`: 204; the id answers 410 from then on. */
export async function handleDeleteText(
  request: Request,
  id: string,
  { store }: { store: TextStore },
): Promise<JsonResponse> {
  const deleted = await deleteText(store, id, bearerToken(request));
  return deleted.ok ? { status: 204, body: null } : errorJson(deleted.error);
}
