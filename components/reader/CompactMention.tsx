import { htmlLang } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import type { NumberedMention } from '@/lib/annotated-lines';
import { localizedMeaning } from '@/lib/glossary-index/meaning';
import type { Display } from '@/lib/reader/display-options';
import type { ReaderLabels } from './labels';
import { termKindLine } from './TermMention';
import { MentionHanzi, TonedPinyin } from './TonedPinyin';

/** Id of a glossary row's description (hanzi, pinyin, kind, meaning), which describes every mention of its term. */
export function glossaryDescriptionId(termId: string) {
  return `glossary-desc-${termId}`;
}

/** Id of the description of a mention that reads otherwise than its term (a corrected occurrence). */
export function mentionDescriptionId(occurrence: number) {
  return `mention-desc-${occurrence}`;
}

/**
 * A mention in a long document: the word and its ruby only, a few hundred bytes. Its popover is the
 * page's one shared popover (SharedTermPopover), which ReaderInteractions fills from the word's
 * description when it opens; screen readers hear that description too. The description is the
 * term's glossary row, unless this occurrence reads otherwise (its reading or meaning corrected
 * for it alone, lib/texts/apply-corrections): then it has its own, hidden, in the glossary row's shape.
 */
export function CompactMention({
  mention,
  term,
  labels,
  display,
}: {
  mention: NumberedMention;
  term: TermSummary;
  labels: ReaderLabels;
  display: Display;
}) {
  const isTerm = mention.type === 'term';
  const meaning = isTerm ? localizedMeaning(mention.meanings, labels.locale) : undefined;
  const termMeaning = localizedMeaning(term.meanings, labels.locale);
  const own = isTerm && (mention.pinyin !== term.pinyin || meaning?.text !== termMeaning?.text);
  const describedBy = own ? mentionDescriptionId(mention.occurrence) : glossaryDescriptionId(term.id);
  return (
    <span className="term" data-term-id={term.id} data-hsk={term.hsk}>
      <button
        type="button"
        id={`mention-${mention.occurrence}`}
        className={isTerm ? 'term-trigger term-hanzi' : 'term-trigger term-alias'}
        aria-describedby={describedBy}
      >
        {isTerm ? <MentionHanzi mention={mention} term={term} display={display} /> : mention.text}
      </button>
      {own && (
        <span id={describedBy} hidden>
          <span className="glossary-kind">{termKindLine(term, labels)}</span>{' '}
          <span className="glossary-pinyin">
            <TonedPinyin syllables={mention.syllables} form={display.pinyin} />
          </span>{' '}
          {meaning && (
            <span className="glossary-meaning" lang={htmlLang[meaning.locale]}>
              {meaning.text}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
