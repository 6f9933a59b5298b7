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
