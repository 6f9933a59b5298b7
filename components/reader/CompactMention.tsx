import type { TermSummary } from '@/lib/annotate';
import type { NumberedMention } from '@/lib/annotated-lines';
import type { Display } from '@/lib/reader/display-options';
import { MentionHanzi } from './TonedPinyin';

/** Id of a glossary row's description (hanzi, pinyin, kind, meaning), which describes every mention of its term. */
export function glossaryDescriptionId(termId: string) {
  return `glossary-desc-${termId}`;
}

/**
 * A mention in a long document: the word and its ruby only, a few hundred bytes. Its popover is the
 * page's one shared popover (SharedTermPopover), which ReaderInteractions fills from the term's
 * glossary row when it opens; screen readers hear that row's text as the word's description.
 */
export function CompactMention({ mention, term, display }: { mention: NumberedMention; term: TermSummary; display: Display }) {
  const isTerm = mention.type === 'term';
  return (
    <span className="term" data-term-id={term.id} data-hsk={term.hsk}>
      <button type="button" id={`mention-${mention.occurrence}`} className={isTerm ? 'term-trigger term-hanzi' : 'term-trigger term-alias'} aria-describedby={glossaryDescriptionId(term.id)}>
        {isTerm ? (
          <MentionHanzi mention={mention} term={term} display={display} />
        ) : (
          mention.text
        )}
      </button>
    </span>
  );
}
