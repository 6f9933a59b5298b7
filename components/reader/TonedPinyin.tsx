import { Fragment } from 'react';
import type { Syllable } from '@/lib/annotate/types';

/** Pinyin with each syllable in its tone's color (when tone colors are on). */
export function TonedPinyin({ syllables }: { syllables: readonly Syllable[] }) {
  return (
    <>
      {syllables.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className={`tone-${s.tone}`}>{s.pinyin}</span>
        </Fragment>
      ))}
    </>
  );
}

/** Hanzi with pinyin above, one ruby pair per character so each syllable sits over its character. */
export function RubyHanzi({ syllables }: { syllables: readonly Syllable[] }) {
  return (
    <ruby>
      {syllables.map((s, i) => (
        // rt must be a direct child of ruby: a fragment, not a wrapper element.
        <Fragment key={i}>
          <span className={`tone-${s.tone}`}>{s.hanzi}</span>
          <rp>(</rp>
          <rt className={`tone-${s.tone}`}>{s.pinyin}</rt>
          <rp>)</rp>
        </Fragment>
      ))}
    </ruby>
  );
}
