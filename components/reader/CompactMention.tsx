import type { TermSummary } from '@/lib/annotate/types';
import type { NumberedMention } from '@/lib/articles/annotated';
import { RubyHanzi } from './TonedPinyin';

/** Id of a glossary row's description (hanzi, pinyin, kind, meaning), which describes every mention of its term. */
export function glossaryDescriptionId(termId: string) {
  return `glossary-desc-${termId}`;
}

/**
 * A mention in a long document: the word and its ruby only, a few hundred bytes. Its popover is the
 * page's one shared popover (SharedTermPopover), which ReaderInteractions fills from the term's
 * glossary row when it opens; screen readers hear that row's text as the word's description.
 */
export function CompactMention({ mention, term }: { mention: NumberedMention; term: TermSummary }) {
  const isTerm = mention.type === 'term';
  return (
    <span className="term" data-term-id={term.id}>
      <button type="button" id={`mention-${mention.occurrence}`} className={isTerm ? 'term-trigger term-hanzi' : 'term-trigger term-alias'} aria-describedby={glossaryDescriptionId(term.id)}>
        {isTerm ? (
          <span lang={mention.script === 'traditional' ? 'zh-Hant' : 'zh-Hans'}>
            <RubyHanzi syllables={mention.syllables} />
          </span>
        ) : (
          mention.text
        )}
      </button>
    </span>
  );
}
