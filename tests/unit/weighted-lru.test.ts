import { describe, expect, it } from 'vitest';
import { cached, WeightedLru } from '@/lib/cache/weighted-lru';

describe('WeightedLru', () => {
  it('drops the least recently used entries beyond its count or weight', () => {
    const cache = new WeightedLru<string>({ maxEntries: 2, maxWeight: 10 });
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C', 4); // weight 12 > 10: b goes
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
    expect(cache.totalWeight).toBe(8);
    cache.set('d', 'D', 1); // three entries > 2: a goes (c was read after a)
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(2);
  });

  it('does not keep an entry heavier than the whole budget', () => {
    const cache = new WeightedLru<string>({ maxEntries: 5, maxWeight: 10 });
    cache.set('small', 's', 1);
    cache.set('huge', 'h', 11);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBe('s');
  });

  it('cached() computes once per key while cached', () => {
    const cache = new WeightedLru<number>({ maxEntries: 5, maxWeight: 100 });
    let calls = 0;
    const make = () => ++calls;
    expect(cached(cache, 'k', 1, make)).toBe(1);
    expect(cached(cache, 'k', 1, make)).toBe(1);
    expect(cached(cache, 'other', 1, make)).toBe(2);
  });
});
