import type { TermSummary } from '@/lib/annotate/types';
import { mentionTermId, type AnnotatedLine } from '@/lib/articles/annotated';
import type { ReaderLabels } from './labels';
import { TermMention } from './TermMention';

export function AnnotatedText({ line, terms, labels }: { line: AnnotatedLine; terms: ReadonlyMap<string, TermSummary>; labels: ReaderLabels }) {
  return (
    <>
      {line.map((segment, index) => {
        if (segment.type === 'plain') return segment.text;
        const term = terms.get(mentionTermId(segment));
        // A mention always has its summary; should the engine ever disagree, the text still reads.
        if (!term) return segment.text;
        return <TermMention key={index} mention={segment} term={term} labels={labels} />;
      })}
    </>
  );
}
