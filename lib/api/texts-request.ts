import { z } from 'zod';
import { routing } from '../../i18n/routing';
import type { RateLimitStore } from '../rate-limit/types';
import { clientAddress } from '../texts/client-address';
import { MAX_SOURCE_URL_CHARS, MAX_TITLE_CHARS } from '../texts/limits';
import { managePath, textPath } from '../texts/paths';
import { publicUrl } from '../texts/public-url';
import { createText } from '../texts/service';
import type { TextStore } from '../texts/types';
import { BODY_LIMIT_BYTES } from './body-limit';
import { readJsonBody } from './json-body';
import { errorJson, type ApiError, type JsonResponse } from './responses';

const createRequest = z.object({
  title: z.string().nullish(),
  text: z.string(),
  sourceUrl: z.string().nullish(),
  locale: z.enum(routing.locales).optional(),
});

function describe(issue: z.core.$ZodIssue): ApiError {
  const field = issue.path.join('.');
  switch (field) {
    case '':
      return {
        status: 400,
        code: 'invalid_body',
        message: 'The request body must be a JSON object like {"text": "…", "title": "…", "sourceUrl": "https://…"}.',
      };
    case 'text':
      return { status: 400, code: 'invalid_text', message: 'The field "text" is required and must be a string.' };
    case 'title':
      return {
        status: 400,
        code: 'invalid_title',
        message: `The field "title" must be a string of at most ${MAX_TITLE_CHARS} characters.`,
      };
    case 'sourceUrl':
      return {
        status: 400,
        code: 'invalid_source_url',
        message: `The field "sourceUrl" must be an http(s) URL of at most ${MAX_SOURCE_URL_CHARS} characters.`,
      };
    case 'locale':
      return {
        status: 400,
        code: 'invalid_locale',
        message: `The field "locale" must be one of ${routing.locales.join(', ')}.`,
      };
    default:
      return { status: 400, code: 'invalid_request', message: `Invalid field "${field}": ${issue.message}` };
  }
}

/**
 * POST /api/texts: `{ text, title?, sourceUrl?, locale? }` → 201 `{ id, url, manageUrl }`.
 * The manage URL (with its token) is in this response only. `origin`: lib/texts/public-url publicOrigin.
 */
export async function handleCreateText(
  request: Request,
  { store, rateLimits, origin }: { store: TextStore; rateLimits: RateLimitStore; origin: string },
): Promise<JsonResponse> {
  const parsed = await readJsonBody(request, createRequest, { maxBytes: BODY_LIMIT_BYTES }, describe);
  if (!parsed.ok) return errorJson(parsed.error);
  const { locale = 'de', ...input } = parsed.value;
  const created = await createText(store, input, { client: clientAddress(request.headers), rateLimits });
  if (!created.ok) return errorJson(created.errors[0]!);
  const { id, token } = created.value;
  const url = publicUrl(origin, `/${locale}${textPath(id)}`);
  return {
    status: 201,
    body: { id, url, manageUrl: publicUrl(origin, `/${locale}${managePath(id, token)}`) },
    headers: { Location: url },
  };
}
