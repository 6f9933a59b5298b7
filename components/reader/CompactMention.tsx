import { htmlLang } from '@/i18n/routing';
import { localizedMeaning } from '@/lib/glossary-index/meaning';
import {
  DATA,
  glossaryDescriptionId,
  GLOSSARY,
  mentionDescriptionId,
  mentionId,
  TERM,
} from '@/lib/reader/dom-contract';
import { termKindLine, type MentionProps } from './TermMention';
import { MentionHanzi, TonedPinyin } from './TonedPinyin';

/**
 * A mention in a long document: the word and its ruby only, a few hundred bytes. Its popover is the
 * page's one shared popover (SharedTermPopover), which ReaderInteractions fills from the word's
 * description when it opens; screen readers hear that description too. The description is the
 * term's glossary row, unless this occurrence reads otherwise (its reading or meaning corrected
 * for it alone, lib/texts/apply-corrections): then it has its own, hidden, in the glossary row's shape.
 */
export function CompactMention({ mention, term, labels, display }: MentionProps) {
  const isTerm = mention.type === 'term';
  const meaning = isTerm ? localizedMeaning(mention.meanings, labels.locale) : undefined;
  const termMeaning = localizedMeaning(term.meanings, labels.locale);
  const own = isTerm && (mention.pinyin !== term.pinyin || meaning?.text !== termMeaning?.text);
  const describedBy = own ? mentionDescriptionId(mention.occurrence) : glossaryDescriptionId(term.id);
  return (
    <span className={TERM.root} {...{ [DATA.termId]: term.id, [DATA.hsk]: term.hsk }}>
      <button
        type="button"
        id={mentionId(mention.occurrence)}
        className={`${TERM.trigger} ${isTerm ? TERM.hanzi : TERM.alias}`}
        aria-describedby={describedBy}
      >
        {isTerm ? <MentionHanzi mention={mention} term={term} display={display} /> : mention.text}
      </button>
      {own && (
        <span id={describedBy} hidden>
          <span className={GLOSSARY.kind}>{termKindLine(term, labels)}</span>{' '}
          <span className={GLOSSARY.pinyin}>
            <TonedPinyin syllables={mention.syllables} form={display.pinyin} />
          </span>{' '}
          {meaning && (
            <span className={GLOSSARY.meaning} lang={htmlLang[meaning.locale]}>
              {meaning.text}
            </span>
          )}
        </span>
      )}
    </span>
  );
}
