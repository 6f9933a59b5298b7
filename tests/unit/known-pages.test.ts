import { describe, expect, it } from 'vitest';
import { isKnownPage } from '@/lib/routing/known-pages';

const content = { articleSlugs: new Set(['xiaomi-2018']) };

describe('isKnownPage', () => {
  it.each([[[]], [['articles', 'xiaomi-2018']]])('knows %j', (segments) => {
    expect(isKnownPage(segments, content)).toBe(true);
  });
  it.each([[['articles']], [['articles', 'nope']], [['articles', 'xiaomi-2018', 'x']], [['fr', 'x']], [['page-not-found', 'x']]])(
    'rejects %j',
    (segments) => {
      expect(isKnownPage(segments, content)).toBe(false);
    },
  );
});
