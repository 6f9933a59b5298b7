import { expect, it } from 'vitest';
import { describeEachBackend } from '../support/text-store-backends';

describeEachBackend('%s rate-limit store', (db) => {
  it('allows 30 requests per client in any 60 s and says when the next one is allowed', async () => {
    const limit = { limit: 30, windowMs: 60_000 };
    const t0 = 1_000_000;
    for (let i = 0; i < 30; i++)
      expect(await db.rateLimits.take('203.0.113.7', t0 + i * 1000, limit)).toEqual({ allowed: true });
    expect(await db.rateLimits.take('203.0.113.7', t0 + 30_000, limit)).toEqual({
      allowed: false,
      retryAfterMs: 30_000,
    });
    // Other clients have their own count.
    expect(await db.rateLimits.take('198.51.100.1', t0 + 30_000, limit)).toEqual({ allowed: true });
    // Once the first request is a minute old, one more is allowed, and then the limit holds again.
    expect(await db.rateLimits.take('203.0.113.7', t0 + 60_000, limit)).toEqual({ allowed: true });
    expect(await db.rateLimits.take('203.0.113.7', t0 + 60_500, limit)).toEqual({
      allowed: false,
      retryAfterMs: 500,
    });
  });

  it('shares counts between instances', async () => {
    const other = db.scratch.openRateLimits();
    const limit = { limit: 2, windowMs: 60_000 };
    expect(await db.rateLimits.take('c', 1000, limit)).toEqual({ allowed: true });
    expect(await other.take('c', 1001, limit)).toEqual({ allowed: true });
    expect(await db.rateLimits.take('c', 1002, limit)).toEqual({ allowed: false, retryAfterMs: 59_998 });
  });

  it('never lets concurrent requests on two instances exceed the limit', async () => {
    const other = db.scratch.openRateLimits();
    const limit = { limit: 10, windowMs: 60_000 };
    const now = 5_000_000;
    const attempts = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? db.rateLimits : other).take('198.51.100.9', now + (i % 4), limit),
    );
    const decisions = await Promise.all(attempts);
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
    expect(
      await db.scratch.query('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM text_creations WHERE client = ?', [
        '198.51.100.9',
      ]),
    ).toEqual([{ n: 10 }]);
  });

  it('counts clients longer than the column apart, each under its own key', async () => {
    const limit = { limit: 1, windowMs: 60_000 };
    const long = `edit:${'2001:db8:'.repeat(30)}`;
    expect(await db.rateLimits.take(long, 1000, limit)).toEqual({ allowed: true });
    expect(await db.rateLimits.take(`${long}x`, 1000, limit)).toEqual({ allowed: true });
    expect(await db.rateLimits.take(long, 1001, limit)).toEqual({ allowed: false, retryAfterMs: 59_999 });
  });

  it('prunes requests that left the window, of every client', async () => {
    const limit = { limit: 5, windowMs: 1000 };
    for (const client of ['a', 'b', 'c']) await db.rateLimits.take(client, 100, limit);
    await db.rateLimits.take('d', 5000, limit);
    expect(await db.scratch.query('SELECT client FROM text_creations')).toEqual([{ client: 'd' }]);
  });
});
