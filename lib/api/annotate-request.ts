import { z } from 'zod';
import { routing } from '../../i18n/routing';
import { annotate, type Locale } from '../annotate';
import { clientAddress } from '../texts/client-address';
import { MAX_TEXT_CHARS } from '../texts/limits';
import { annotateRateKey } from '../rate-limit/limits';
import { refusedOverLimit } from '../rate-limit/too-many-requests';
import type { RateLimit, RateLimitStore } from '../rate-limit/types';
import { compactAnnotated, type CompactAnnotated } from './compact-annotation';
import { BODY_LIMIT_BYTES } from './body-limit';
import { readJsonBody } from './json-body';
import { errorJson, type ApiError } from './responses';

export { MAX_TEXT_CHARS };

const annotateRequest = z.object({
  text: z.string(),
  locale: z.enum(routing.locales).optional(),
});

function describe(issue: z.core.$ZodIssue): ApiError {
  const field = issue.path.join('.');
  if (field === 'text' && issue.code === 'invalid_type') {
    return { status: 400, code: 'invalid_text', message: 'The field "text" is required and must be a string.' };
  }
  if (field === 'locale')
    return {
      status: 400,
      code: 'invalid_locale',
      message: `The field "locale" must be one of ${routing.locales.join(', ')}.`,
    };
  if (field === '')
    return { status: 400, code: 'invalid_body', message: 'The request body must be a JSON object like {"text": "…"}.' };
  return { status: 400, code: 'invalid_request', message: `Invalid field "${field}": ${issue.message}` };
}

type AnnotateResponse = { status: 200; body: CompactAnnotated & { locale: Locale } } | ReturnType<typeof errorJson>;

interface AnnotateDependencies {
  /** Where requests are counted (shared by all instances). */
  rateLimits: () => RateLimitStore;
  limit: RateLimit | null;
}

const OVER_LIMIT = { code: 'rate_limited', things: 'annotation requests' } as const;

/** POST /api/annotate: `{ text, locale? }` → the annotated segments (compact, lib/api/compact-annotation) and terms. */
export async function handleAnnotateRequest(request: Request, deps: AnnotateDependencies): Promise<AnnotateResponse> {
  const client = annotateRateKey(clientAddress(request.headers));
  const refused = deps.limit && (await refusedOverLimit(deps.rateLimits(), client, Date.now(), deps.limit, OVER_LIMIT));
  if (refused) return errorJson(refused);
  const parsed = await readJsonBody(request, annotateRequest, { maxBytes: BODY_LIMIT_BYTES }, describe);
  if (!parsed.ok) return errorJson(parsed.error);
  const { text, locale = 'de' } = parsed.value;
  if ([...text].length > MAX_TEXT_CHARS) {
    return errorJson({
      status: 413,
      code: 'text_too_long',
      message: `The text has more than ${MAX_TEXT_CHARS.toLocaleString('en')} characters.`,
    });
  }
  return { status: 200, body: { ...compactAnnotated(await annotate(text)), locale } };
}
