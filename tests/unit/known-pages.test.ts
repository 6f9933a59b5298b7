import { describe, expect, it } from 'vitest';
import { isKnownPage } from '@/lib/routing/known-pages';

const content = { articleSlugs: new Set(['xiaomi-2018']), termIds: new Set(['雷军']) };

describe('isKnownPage', () => {
  it.each([[[]], [['articles', 'xiaomi-2018']], [['glossary']], [['glossary', '雷军']], [['saved']]])('knows %j', (segments) => {
    expect(isKnownPage(segments, content)).toBe(true);
  });
  it.each([[['articles']], [['articles', 'nope']], [['articles', 'xiaomi-2018', 'x']], [['fr', 'x']], [['page-not-found', 'x']], [['glossary', '雷']], [['glossary', '雷军', 'x']], [['saved', 'x']]])(
    'rejects %j',
    (segments) => {
      expect(isKnownPage(segments, content)).toBe(false);
    },
  );
});
