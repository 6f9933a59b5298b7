import { config } from '../config';
import type { TextError, TextErrorCode } from './errors';
import type { RateLimit } from './types';

// Set by environment variables (lib/config): 0 turns a limit off (e.g. for a load test), anything
// unreadable stops the start, so a typo never switches one off.
/** Creations per client and minute: TEXT_CREATIONS_PER_MINUTE (default 30). */
export const CREATION_LIMIT = config().rateLimits.creations;
/** Edits per client and minute: TEXT_EDITS_PER_MINUTE (default 20). */
export const EDIT_LIMIT = config().rateLimits.edits;
/** POST /api/annotate runs the engine on up to 100 000 characters per request: ANNOTATE_REQUESTS_PER_MINUTE (default 120). */
export const ANNOTATE_LIMIT = config().rateLimits.annotate;

export function annotateRateKey(client: string): string {
  return `annotate:${client}`;
}

/** Edits are counted apart from creations: the same client under another key. */
export function editRateKey(client: string): string {
  return `edit:${client}`;
}

/** The 429 answer of every rate limit: how many `things` a minute are allowed, and when to retry. */
export function tooManyRequests(
  code: TextErrorCode,
  perMinute: number,
  things: string,
  retryAfterMs: number,
): TextError & { retryAfterSeconds: number } {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    status: 429,
    code,
    retryAfterSeconds,
    message: `More than ${perMinute} ${things} a minute from this address. Try again in ${retryAfterSeconds} s.`,
  };
}

export function rateLimitedError(retryAfterMs: number, limit: RateLimit): TextError {
  return tooManyRequests('rate_limited', limit.limit, 'texts', retryAfterMs);
}

export function editRateLimitedError(retryAfterMs: number, limit: RateLimit): TextError {
  return tooManyRequests('edit_rate_limited', limit.limit, 'edits', retryAfterMs);
}
