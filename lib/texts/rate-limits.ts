import type { TextError } from './errors';
import { CREATIONS_PER_MINUTE, EDITS_PER_MINUTE } from './limits';
import type { RateLimit } from './types';

/**
 * Both limits count in the store's one table of timestamped requests per client (recordCreation),
 * which prunes every entry older than the window it is called with: the windows must be equal.
 */
const WINDOW_MS = 60_000;

export const CREATION_LIMIT: RateLimit = { limit: CREATIONS_PER_MINUTE, windowMs: WINDOW_MS };
export const EDIT_LIMIT: RateLimit = { limit: EDITS_PER_MINUTE, windowMs: WINDOW_MS };

/** Edits are counted apart from creations: the same client under another key. */
export function editRateKey(client: string): string {
  return `edit:${client}`;
}

export function editRateLimitedError(retryAfterMs: number): TextError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    status: 429,
    code: 'edit_rate_limited',
    retryAfterSeconds,
    message: `More than ${EDITS_PER_MINUTE} edits a minute from this address. Try again in ${retryAfterSeconds} s.`,
  };
}
