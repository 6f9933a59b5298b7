/**
 * The dictionary's JSON endpoints: GET /api/dictionary/{word} (every reading and entry of a word,
 * for the reader's popovers) and GET /api/dictionary/search?q= (the ranked search). Errors in the
 * `{ "error": { "code", "message" } }` shape of every API.
 */
import { SearchRequestSchema, WordSchema, type Dictionary } from '../dictionary';
import { errorResponse } from './responses';

/** Dictionary answers change only with a new build (a new lexicon): cacheable for a day. */
const CACHEABLE = 'public, max-age=86400, stale-while-revalidate=86400';

/** The route parameter as the word: decoded when it arrives percent-encoded. */
function decoded(param: string): string | null {
  try {
    return decodeURIComponent(param);
  } catch {
    return null;
  }
}

export function dictionaryWordResponse(dictionary: Dictionary, param: string): Response {
  const raw = decoded(param);
  const parsed = raw === null ? null : WordSchema.safeParse(raw);
  if (!parsed?.success) {
    return errorResponse({
      status: 400,
      code: 'invalid_word',
      message: parsed?.error.issues[0]?.message ?? 'The word contains malformed percent-encoding.',
    });
  }
  const word = dictionary.lookup(parsed.data);
  if (!word)
    return errorResponse({
      status: 404,
      code: 'not_found',
      message: `The dictionary has no entry for "${parsed.data}".`,
    });
  return Response.json(word, { headers: { 'Cache-Control': CACHEABLE } });
}

export function dictionarySearchResponse(dictionary: Dictionary, params: URLSearchParams): Response {
  const input: Record<string, string[]> = {};
  for (const [key, value] of params) (input[key] ??= []).push(value);
  const parsed = SearchRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return errorResponse({
      status: 400,
      code: 'invalid_query',
      message: `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  const { q, limit, offset } = parsed.data;
  const result = dictionary.search(q, { limit, offset });
  return Response.json({ query: q, offset, limit, ...result }, { headers: { 'Cache-Control': CACHEABLE } });
}
