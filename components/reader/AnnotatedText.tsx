import { Fragment } from 'react';
import type { TermSummary } from '@/lib/annotate';
import type { Display } from '@/lib/reader/display-options';
import { mentionTermId, type AnnotatedLine } from '@/lib/annotated-lines';
import { gluePunctuationToMentions } from '@/lib/reader/line-breaks';
import type { ReaderLabels } from './labels';
import { CompactMention } from './CompactMention';
import { TermMention } from './TermMention';

/** `compact`: mentions without a popover copy of their own (the page has one shared popover). */
export function AnnotatedText({
  line,
  terms,
  labels,
  display,
  compact = false,
}: {
  line: AnnotatedLine;
  terms: ReadonlyMap<string, TermSummary>;
  labels: ReaderLabels;
  display: Display;
  compact?: boolean;
}) {
  return (
    <>
      {gluePunctuationToMentions(line).map((piece, index) => {
        if (piece.type === 'text') return piece.text;
        const { before, mention, after } = piece;
        const term = terms.get(mentionTermId(mention));
        // A mention always has its summary; should the engine ever disagree, the text still reads.
        const shown = !term ? (
          mention.text
        ) : compact ? (
          <CompactMention mention={mention} term={term} labels={labels} display={display} />
        ) : (
          <TermMention mention={mention} term={term} labels={labels} display={display} />
        );
        if (!before && !after) return <Fragment key={index}>{shown}</Fragment>;
        // Punctuation that must not be separated from the mention by a line break.
        return (
          <span key={index} className="whitespace-nowrap">
            {before}
            {shown}
            {after}
          </span>
        );
      })}
    </>
  );
}
