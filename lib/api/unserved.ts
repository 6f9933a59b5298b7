/**
 * Answers for requests that no route handler serves. Next's own answers are bare: a 405 without
 * body or Allow header, and an HTML page for an unknown API path. API clients get JSON instead,
 * in the same `{ "error": { "code", "message" } }` shape as every other API error (./responses).
 */
import { errorResponse } from './responses';

type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Route handlers for a route that serves `allowed`: `notAllowed` for every other method (405
 * naming the ones it serves), and `options`, which says the same. Next's own OPTIONS answer would
 * list every method the route file exports, these handlers included.
 */
export function unservedMethods(...allowed: HttpMethod[]): { notAllowed: () => Response; options: () => Response } {
  // Next answers HEAD for every route that has GET.
  const methods = allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed;
  const list = [...methods, 'OPTIONS'].join(', ');
  return {
    notAllowed: () =>
      errorResponse(
        { status: 405, code: 'method_not_allowed', message: `This endpoint accepts ${list} only.` },
        { Allow: list },
      ),
    options: () => new Response(null, { status: 204, headers: { Allow: list } }),
  };
}

/** A route handler for paths under /api/ that no endpoint has. */
export function unknownEndpoint(): Response {
  return errorResponse({ status: 404, code: 'not_found', message: 'There is no API endpoint at this path.' });
}
