/** At most `limit` requests per client within any `windowMs` (a sliding window). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counts requests per client (text creations, edits, annotation requests; each under its own
 * key, lib/rate-limit/limits.ts) in the database every server instance shares, so a limit holds
 * across all of them. Every resolved count is on disk.
 */
export interface RateLimitStore {
  /**
   * Counts one request of `client` at `now` if it stays within the limit; otherwise counts
   * nothing and says when the oldest request counted leaves the window.
   */
  take(client: string, now: number, limit: RateLimit): Promise<RateDecision>;
  close(): Promise<void>;
}
