import type { RateLimit, RateLimitStore } from './types';

/** The 429 answer of every rate limit: how many `things` a minute are allowed, and when to retry. */
export function tooManyRequests<Code extends string>(
  code: Code,
  perMinute: number,
  things: string,
  retryAfterMs: number,
): { status: 429; code: Code; message: string; retryAfterSeconds: number } {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return {
    status: 429,
    code,
    retryAfterSeconds,
    message: `More than ${perMinute} ${things} a minute from this address. Try again in ${retryAfterSeconds} s.`,
  };
}

/**
 * Counts one request of `key` against `limit` (no limit: not counted) and returns the 429 answer
 * when it is over the limit, else null. Every rate-limited request goes through here.
 */
export async function refusedOverLimit<Code extends string>(
  store: RateLimitStore,
  key: string,
  now: number,
  limit: RateLimit | null,
  refusal: { code: Code; things: string },
): Promise<ReturnType<typeof tooManyRequests<Code>> | null> {
  if (!limit) return null;
  const decision = await store.take(key, now, limit);
  return decision.allowed ? null : tooManyRequests(refusal.code, limit.limit, refusal.things, decision.retryAfterMs);
}
