import type { IncomingHttpHeaders } from 'node:http';
import { errorBody } from '../api/responses';
import { isOversizedTextForm } from '../texts/page-access';
import { DATA_CSP, SECURITY_HEADERS } from './security-headers';

/** What the server decides about a request from its head alone, before any of its body is read. */
type GateDecision =
  /** Hand it to Next; a body (if any) may be at most `maxBodyBytes` and must arrive in time. */
  { action: 'pass'; expectsBody: boolean; multipartBoundary: string | null } | { action: 'answer'; answer: GateAnswer };

export interface GateAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface RequestHead {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

const NOT_SERVED = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/** An answer of the server itself: JSON error for the API, plain text elsewhere; never cached; the connection closes after it if the body was not read. */
function gateAnswer(
  status: number,
  code: string,
  message: string,
  path: string,
  extra: Record<string, string> = {},
): GateAnswer {
  const api = path.startsWith('/api/');
  return {
    status,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Security-Policy': DATA_CSP,
      'Cache-Control': 'no-store',
      'Content-Type': api ? 'application/json' : 'text/plain; charset=utf-8',
      ...extra,
    },
    body: api ? JSON.stringify(errorBody({ code, message })) : `${message}\n`,
  };
}

function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end < 0 ? url : url.slice(0, end);
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Decides on a request from its head: refuses what Next would answer with a 500 or read in full
 * first (TRACE, `OPTIONS *`, a declared body over the limit, a multipart body without boundary,
 * a server action from another origin); everything else passes.
 */
export function gateRequest(head: RequestHead, maxBodyBytes: number): GateDecision {
  const method = (head.method ?? 'GET').toUpperCase();
  const url = head.url ?? '/';
  if (!url.startsWith('/')) {
    return {
      action: 'answer',
      answer: gateAnswer(400, 'bad_request_target', 'Only paths are served (no "*", no absolute URLs).', '/', {
        Allow: ALLOW,
      }),
    };
  }
  const path = pathOf(url);
  if (NOT_SERVED.has(method)) {
    return {
      action: 'answer',
      answer: gateAnswer(405, 'method_not_allowed', `${method} is not supported.`, path, { Allow: ALLOW }),
    };
  }
  const declared = head.headers['content-length'];
  const chunked = head.headers['transfer-encoding'] !== undefined;
  if (declared !== undefined && !/^\d+$/.test(declared)) {
    return {
      action: 'answer',
      answer: gateAnswer(400, 'bad_content_length', 'The Content-Length header is not a number.', path, {
        Connection: 'close',
      }),
    };
  }
  const length = declared === undefined ? 0 : Number(declared);
  if (length > maxBodyBytes) {
    // The paste form sent without JavaScript: back to the form, which explains the limit.
    const segments = path.split('/').filter(Boolean).slice(1);
    if (isOversizedTextForm(segments, method, declared ?? null)) {
      return {
        action: 'answer',
        answer: {
          status: 303,
          headers: {
            ...SECURITY_HEADERS,
            'Cache-Control': 'no-store',
            Location: `${path}#too-large`,
            Connection: 'close',
          },
          body: '',
        },
      };
    }
    return { action: 'answer', answer: tooLarge(path, maxBodyBytes) };
  }
  const type = head.headers['content-type'] ?? '';
  if (/^multipart\//i.test(type) && !/;\s*boundary=/i.test(type)) {
    return {
      action: 'answer',
      answer: gateAnswer(400, 'bad_multipart', 'A multipart body needs a boundary in its Content-Type.', path, {
        Connection: 'close',
      }),
    };
  }
  if (method === 'POST' && head.headers['next-action'] !== undefined) {
    const origin = head.headers.origin;
    const forwardedHost = head.headers['x-forwarded-host'];
    const hosts = [head.headers.host, ...(Array.isArray(forwardedHost) ? forwardedHost : [forwardedHost])].flatMap(
      (host) => (host ? host.split(',').map((h) => h.trim()) : []),
    );
    if (origin !== undefined && (origin === 'null' || !hosts.includes(hostOf(origin) ?? ''))) {
      return {
        action: 'answer',
        answer: gateAnswer(403, 'foreign_origin', 'Forms are accepted from this site only.', path, {
          Connection: 'close',
        }),
      };
    }
  }
  const boundary = /^multipart\//i.test(type)
    ? (/;\s*boundary=(?:"([^"]+)"|([^\s;]+))/i.exec(type)?.slice(1).find(Boolean) ?? null)
    : null;
  return { action: 'pass', expectsBody: chunked || length > 0, multipartBoundary: boundary };
}

/**
 * Whether a multipart body can be one: it starts with its boundary (after an optional line break).
 * `null`: too few bytes yet to tell. Garbage would otherwise reach Next's form parser, which answers 500.
 */
export function startsLikeMultipart(start: Buffer, boundary: string): boolean | null {
  const expected = Buffer.from(`--${boundary}`);
  const body = start.subarray(0, 2).equals(Buffer.from('\r\n')) ? start.subarray(2) : start;
  if (body.length < expected.length) return expected.subarray(0, body.length).equals(body) ? null : false;
  return body.subarray(0, expected.length).equals(expected);
}

export function badMultipart(path: string): GateAnswer {
  return gateAnswer(400, 'bad_multipart', 'The multipart body does not start with its boundary.', path, {
    Connection: 'close',
  });
}

export function tooLarge(path: string, maxBodyBytes: number): GateAnswer {
  return gateAnswer(
    413,
    'payload_too_large',
    `The request body is larger than ${Math.round(maxBodyBytes / 1024)} KB.`,
    path,
    { Connection: 'close' },
  );
}

export function timedOut(path: string, seconds: number): GateAnswer {
  return gateAnswer(408, 'request_timeout', `The request body did not arrive within ${seconds} s.`, path, {
    Connection: 'close',
  });
}

export { pathOf };
