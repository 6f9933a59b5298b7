import { describe, expect, it } from 'vitest';
import { splitHanRuns } from '@/lib/articles/han-runs';

describe('splitHanRuns', () => {
  it('marks Han runs, Extension B included, and keeps the text whole', () => {
    expect(splitHanRuns('Xiaomi (小米) und 𠀀𠀁!')).toEqual([
      { text: 'Xiaomi (', han: false },
      { text: '小米', han: true },
      { text: ') und ', han: false },
      { text: '𠀀𠀁', han: true },
      { text: '!', han: false },
    ]);
    expect(splitHanRuns('')).toEqual([]);
    expect(splitHanRuns('小米，雷军').map((r) => r.text)).toEqual(['小米', '，', '雷军']);
  });
});
