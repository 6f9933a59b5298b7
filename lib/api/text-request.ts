import { z } from 'zod';
import { clientAddress } from '../texts/client-address';
import { textPageView } from '../texts/reading-view';
import { deleteText, editText, readOwnedText, readText } from '../texts/service';
import type { TextStore } from '../texts/types';
import { readJsonBody } from './json-body';
import { errorJson, type ApiError, type JsonResponse } from './responses';
import { bearerToken, textJson } from './texts-response';

const patchRequest = z
  .object({
    title: z.string().max(10_000).optional(),
    /** hanzi → numbered pinyin ("hua2 wei2") to correct a reading, or null to remove a correction. */
    overrides: z.record(z.string().max(64), z.string().max(200).nullable()).optional(),
  })
  .refine((body) => body.title !== undefined || (body.overrides !== undefined && Object.keys(body.overrides).length > 0), {
    message: 'Nothing to change.',
  });

function describe(issue: z.core.$ZodIssue): ApiError {
  const field = String(issue.path[0] ?? '');
  if (field === 'title') return { status: 400, code: 'invalid_title', message: 'The field "title" must be a string.' };
  if (field === 'overrides') {
    return { status: 400, code: 'invalid_reading', message: 'The field "overrides" must be an object like {"华为": "hua2 wei2"} (null removes a correction).' };
  }
  return { status: 400, code: 'invalid_body', message: 'The request body must be a JSON object with "title" and/or "overrides", e.g. {"overrides": {"华为": "hua2 wei2"}}.' };
}

/**
 * GET /api/texts/{id}?page=N: the stored text with page N (default 1) of its stored annotation
 * (one lookup, no annotating, only that page decoded). 400 for a page that is not a number, 404
 * past the last page.
 */
export async function handleGetText(id: string, { store }: { store: TextStore }, page: string | null = null): Promise<JsonResponse> {
  if (page !== null && !/^[1-9]\d{0,5}$/.test(page)) {
    return errorJson({ status: 400, code: 'invalid_page', message: 'The query parameter "page" must be a page number (1, 2, …).' });
  }
  const found = await readText(store, id);
  if (!found.ok) return errorJson(found.error);
  const view = textPageView(found.value, page ?? undefined);
  if (page !== null && view.page !== Number(page)) {
    return errorJson({ status: 404, code: 'page_not_found', message: `This text has ${view.pageCount} page${view.pageCount === 1 ? '' : 's'}.` });
  }
  return { status: 200, body: textJson(found.value, view) };
}

/**
 * PATCH /api/texts/{id} with `Authorization: Bearer <token>`: `{ title?, overrides? }`.
 * All changes or none: the text is re-annotated and stored once; answers with the updated text
 * (page 1 of its annotation, as GET).
 * Edits count against the client's edit limit (429 with Retry-After past it).
 */
export async function handlePatchText(request: Request, id: string, { store }: { store: TextStore }): Promise<JsonResponse> {
  // 404/410 for the id, then 403 for the token, before the body: nothing is revealed to a stranger.
  const token = bearerToken(request);
  const owner = await readOwnedText(store, id, token);
  if (!owner.ok) return errorJson(owner.error);
  const parsed = await readJsonBody(request, patchRequest, { maxBytes: 64 * 1024 }, describe);
  if (!parsed.ok) return errorJson(parsed.error);
  const { title, overrides = {} } = parsed.value;
  const changed = await editText(store, id, token, { title, readings: overrides }, { client: clientAddress(request.headers) });
  return changed.ok ? { status: 200, body: textJson(changed.value) } : errorJson(changed.error);
}

/** DELETE /api/texts/{id} with `Authorization: Bearer <token>`: 204; the id answers 410 from then on. */
export async function handleDeleteText(request: Request, id: string, { store }: { store: TextStore }): Promise<JsonResponse> {
  const deleted = await deleteText(store, id, bearerToken(request));
  return deleted.ok ? { status: 204, body: null } : errorJson(deleted.error);
}
