import type { TextError, TextErrorCode } from './errors';
import { CREATIONS_PER_MINUTE, EDITS_PER_MINUTE } from './limits';
import type { RateLimit } from './types';

/**
 * Both limits count in the store's one table of timestamped requests per client (recordCreation),
 * which prunes every entry older than the window it is called with: the windows must be equal.
 */
const WINDOW_MS = 60_000;

export const CREATION_LIMIT: RateLimit = { limit: CREATIONS_PER_MINUTE, windowMs: WINDOW_MS };
export const EDIT_LIMIT: RateLimit = { limit: EDITS_PER_MINUTE, windowMs: WINDOW_MS };

/**
 * POST /api/annotate runs the engine on up to 100 000 characters per request. Operators set
 * ANNOTATE_REQUESTS_PER_MINUTE (default 120; 0 turns the limit off, e.g. for a load test;
 * anything unreadable keeps the default).
 */
export function annotateLimit(env: Record<string, string | undefined> = process.env): RateLimit | null {
  const configured = Number(env.ANNOTATE_REQUESTS_PER_MINUTE ?? 120);
  // A typo must not switch the protection off: anything unreadable means the default.
  if (!Number.isFinite(configured)) return { limit: 120, windowMs: WINDOW_MS };
  if (configured <= 0) return null;
  return { limit: Math.floor(configured), windowMs: WINDOW_MS };
}

export function annotateRateKey(client: string): string {
  return `annotate:${client}`;
}

/** Edits are counted apart from creations: the same client under another key. */
export function editRateKey(client: string): string {
  return `edit:${client}`;
}

/** The 429 answer of every rate limit: how many `things` a minute are allowed, and when to retry. */
export function tooManyRequests(code: TextErrorCode, perMinute: number, things: string, retryAfterMs: number): TextError & { retryAfterSeconds: number } {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    status: 429,
    code,
    retryAfterSeconds,
    message: `More than ${perMinute} ${things} a minute from this address. Try again in ${retryAfterSeconds} s.`,
  };
}

export function rateLimitedError(retryAfterMs: number): TextError {
  return tooManyRequests('rate_limited', CREATIONS_PER_MINUTE, 'texts', retryAfterMs);
}

export function editRateLimitedError(retryAfterMs: number): TextError {
  return tooManyRequests('edit_rate_limited', EDITS_PER_MINUTE, 'edits', retryAfterMs);
}
