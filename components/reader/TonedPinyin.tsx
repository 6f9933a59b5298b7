import { Fragment } from 'react';
import type { Syllable, TermSegment, TermSummary } from '@/lib/annotate';
import { displayCharacters, formatSyllable, scriptLang, type Display, type PinyinForm } from '@/lib/reader/display';

/** The reading with each syllable in its tone's color (when tone colors are on), written as the reader chose. */
export function TonedPinyin({ syllables, form = 'marks' }: { syllables: readonly Syllable[]; form?: PinyinForm }) {
  return (
    <>
      {syllables.map((s, i) => (
        <Fragment key={i}>
          {i > 0 && ' '}
          <span className={`tone-${s.tone}`}>{formatSyllable(s, form)}</span>
        </Fragment>
      ))}
    </>
  );
}

/**
 * Hanzi with the reading above, one ruby pair per character so each syllable sits over its
 * character. `chars`: the characters to show (another script), one per syllable.
 */
export function RubyHanzi({
  syllables,
  chars,
  form = 'marks',
}: {
  syllables: readonly Syllable[];
  chars?: readonly string[];
  form?: PinyinForm;
}) {
  return (
    <ruby>
      {syllables.map((s, i) => (
        // rt must be a direct child of ruby: a fragment, not a wrapper element.
        <Fragment key={i}>
          <span className={`tone-${s.tone}`}>{chars?.[i] ?? s.hanzi}</span>
          <rp>(</rp>
          <rt className={`tone-${s.tone}`}>{formatSyllable(s, form)}</rt>
          <rp>)</rp>
        </Fragment>
      ))}
    </ruby>
  );
}

/** A term as written in the text, in the script and reading form the reader chose, with its ruby. */
export function MentionHanzi({
  mention,
  term,
  display,
}: {
  mention: Pick<TermSegment, 'script' | 'syllables'>;
  term: Pick<TermSummary, 'simplified' | 'traditional'>;
  display: Display;
}) {
  const written = mention.syllables.map((s) => s.hanzi);
  return (
    <span lang={scriptLang(display.script, mention.script === 'traditional' ? 'zh-Hant' : 'zh-Hans')}>
      <RubyHanzi
        syllables={mention.syllables}
        chars={displayCharacters(written, term, display.script)}
        form={display.pinyin}
      />
    </span>
  );
}
