import type { TextError, TextErrorCode } from './errors';
import { CREATIONS_PER_MINUTE, EDITS_PER_MINUTE } from './limits';
import type { RateLimit } from './types';

/**
 * Both limits count in the store's one table of timestamped requests per client (recordCreation),
 * which prunes every entry older than the window it is called with: the windows must be equal.
 */
const WINDOW_MS = 60_000;

/**
 * A per-minute limit set by an environment variable: a whole number; 0 turns the limit off (e.g.
 * for a load test); anything unreadable keeps the default, so a typo never switches it off.
 */
export function perMinuteLimit(name: string, fallback: number, env: Record<string, string | undefined> = process.env): RateLimit | null {
  const raw = env[name]?.trim();
  const configured = raw ? Number(raw) : fallback;
  if (!Number.isFinite(configured) || configured < 0) return { limit: fallback, windowMs: WINDOW_MS };
  if (configured === 0) return null;
  return { limit: Math.floor(configured), windowMs: WINDOW_MS };
}

/** Creations per client and minute: TEXT_CREATIONS_PER_MINUTE (default 30). */
export const CREATION_LIMIT = perMinuteLimit('TEXT_CREATIONS_PER_MINUTE', CREATIONS_PER_MINUTE);
/** Edits per client and minute: TEXT_EDITS_PER_MINUTE (default 20). */
export const EDIT_LIMIT = perMinuteLimit('TEXT_EDITS_PER_MINUTE', EDITS_PER_MINUTE);

/** POST /api/annotate runs the engine on up to 100 000 characters per request: ANNOTATE_REQUESTS_PER_MINUTE (default 120). */
export function annotateLimit(env: Record<string, string | undefined> = process.env): RateLimit | null {
  return perMinuteLimit('ANNOTATE_REQUESTS_PER_MINUTE', 120, env);
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

export function rateLimitedError(retryAfterMs: number, limit: RateLimit): TextError {
  return tooManyRequests('rate_limited', limit.limit, 'texts', retryAfterMs);
}

export function editRateLimitedError(retryAfterMs: number, limit: RateLimit): TextError {
  return tooManyRequests('edit_rate_limited', limit.limit, 'edits', retryAfterMs);
}
