/**
 * How every JSON API answers: one error type and one error shape,
 * `{ "error": { "code", "message", "field"? } }`, never cached, with Retry-After on 429. Route
 * handlers, the proxy and the server's request gate all build their errors here.
 */

/** The statuses an API answers failures with. */
type ErrorStatus = 400 | 403 | 404 | 405 | 408 | 409 | 410 | 413 | 414 | 415 | 429 | 431 | 500 | 503;

/** An API failure a person can act on: HTTP status, a stable code and a readable message. */
export interface ApiError {
  status: ErrorStatus;
  code: string;
  message: string;
  /** The form field the error belongs to, if any. */
  field?: string;
  retryAfterSeconds?: number;
}

/** What a handler answers before it becomes a Response: status, JSON body (null: none) and extra headers. */
export interface JsonResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

/** The JSON body of an error. */
export function errorBody({ code, message, field }: Pick<ApiError, 'code' | 'message' | 'field'>): ErrorBody {
  return { error: { code, message, ...(field ? { field } : {}) } };
}

/** An error as a handler's answer, with Retry-After when it says when to try again. */
export function errorJson(error: ApiError): JsonResponse & { status: ErrorStatus; body: ErrorBody } {
  const { retryAfterSeconds } = error;
  return {
    status: error.status,
    body: errorBody(error),
    headers: retryAfterSeconds ? { 'Retry-After': String(retryAfterSeconds) } : undefined,
  };
}

/** The web Response of a handler's answer; never cached (API answers that may be cached build their own). */
export function respond({ status, body, headers }: JsonResponse, extraHeaders: Record<string, string> = {}): Response {
  const allHeaders = { 'Cache-Control': 'no-store', ...headers, ...extraHeaders };
  return body === null
    ? new Response(null, { status, headers: allHeaders })
    : Response.json(body, { status, headers: allHeaders });
}

/** An error as a web Response: the shape above, not cached. */
export function errorResponse(error: ApiError, extraHeaders: Record<string, string> = {}): Response {
  return respond(errorJson(error), extraHeaders);
}
