import type { z } from 'zod';
import type { ApiError } from './responses';

type ParseResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

interface JsonBodyLimits {
  /** Largest body read, in bytes; more is refused before it is parsed. */
  maxBytes: number;
}

/**
 * Reads a JSON request body within a size limit and validates it. Never throws: every way a
 * request can be wrong becomes an ApiError with the right status.
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limits: JsonBodyLimits,
  describe: (issue: z.core.$ZodIssue) => ApiError,
): Promise<ParseResult<z.infer<S>>> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    return fail(
      415,
      'unsupported_media_type',
      'Send the request as JSON, with the header "Content-Type: application/json".',
    );
  }
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) return tooLarge(limits);
  let text: string | null;
  try {
    text = await readLimited(request, limits.maxBytes);
  } catch {
    // The client went away or sent a broken stream.
    return fail(400, 'unreadable_body', 'The request body could not be read completely. Please send it again.');
  }
  if (text === null) return tooLarge(limits);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describe(parsed.error.issues[0]!) };
  return { ok: true, value: parsed.data };
}

async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}

function tooLarge(limits: JsonBodyLimits): ParseResult<never> {
  return fail(413, 'payload_too_large', `The request body is larger than ${Math.round(limits.maxBytes / 1024)} KB.`);
}

function fail(status: ApiError['status'], code: string, message: string): ParseResult<never> {
  return { ok: false, error: { status, code, message } };
}
