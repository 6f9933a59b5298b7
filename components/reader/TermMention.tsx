import { htmlLang } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import type { NumberedMention } from '@/lib/annotated-lines';
import { localizedMeaning } from '@/lib/glossary-index';
import { glossaryPageOf } from './glossary-page';
import type { ReaderLabels } from './labels';
import type { Display } from '@/lib/reader/display-options';
import { displayCharacters, scriptLang } from '@/lib/reader/display';
import {
  DATA,
  glossaryRowId,
  mentionId,
  mentionPopoverId,
  mentionTextId,
  POPOVER,
  TERM,
} from '@/lib/reader/dom-contract';
import { MentionHanzi, TonedPinyin } from './TonedPinyin';
import { SaveWordButton } from '../saved/SaveWordButton';

/** What a mention in the text is drawn from: TermMention's and CompactMention's props. */
export interface MentionProps {
  mention: NumberedMention;
  /** The term the mention is of (its glossary row). */
  term: TermSummary;
  labels: ReaderLabels;
  display: Display;
}

/**
 * One annotated mention. Without JavaScript the popover opens on hover and keyboard focus through
 * CSS; with it, ReaderInteractions opens it on hover, focus and tap, one at a time, and Escape
 * closes it. The trigger is described by the popover's text (aria-describedby), so screen readers
 * hear hanzi, pinyin, kind and meaning; Tab continues into the popover's buttons.
 */
export function TermMention({ mention, term, labels, display }: MentionProps) {
  const isTerm = mention.type === 'term';
  const hanziLang = scriptLang(display.script, isTerm && mention.script === 'traditional' ? 'zh-Hant' : 'zh-Hans');
  const syllables = isTerm ? mention.syllables : term.syllables;
  const hanzi = displayCharacters(
    syllables.map((s) => s.hanzi),
    term,
    display.script,
  ).join('');
  const meaning = localizedMeaning(term.meanings, labels.locale);
  const page = glossaryPageOf(term.id);

  return (
    <span className={TERM.root} {...{ [DATA.termId]: term.id, [DATA.hsk]: term.hsk }}>
      <button
        type="button"
        id={mentionId(mention.occurrence)}
        className={`${TERM.trigger} ${isTerm ? TERM.hanzi : TERM.alias}`}
        aria-describedby={mentionTextId(mention.occurrence)}
        aria-expanded="false"
        aria-controls={mentionPopoverId(mention.occurrence)}
      >
        {isTerm ? <MentionHanzi mention={mention} term={term} display={display} /> : mention.text}
      </button>
      <span id={mentionPopoverId(mention.occurrence)} className={POPOVER.root} lang={htmlLang[labels.locale]}>
        <span id={mentionTextId(mention.occurrence)} className={POPOVER.text}>
          {!isTerm && <span className={POPOVER.alias}>{`${mention.text} ${labels.standsFor} `}</span>}
          <span className={POPOVER.hanzi} lang={hanziLang}>
            {hanzi}
          </span>{' '}
          <span className={POPOVER.pinyin}>
            <TonedPinyin syllables={syllables} form={display.pinyin} />
          </span>{' '}
          <span className={POPOVER.kind}>{termKindLine(term, labels)}</span>
          {meaning && (
            // A fallback meaning (English, German) is marked as such for screen readers and hyphenation.
            <span className={POPOVER.meaning} lang={htmlLang[meaning.locale]}>
              {meaning.text}
            </span>
          )}
        </span>
        <span className={POPOVER.actions}>
          <button
            type="button"
            className={`${POPOVER.play} js-only`}
            {...{ [DATA.speak]: term.simplified }}
            aria-label={labels.playLabel(term.simplified)}
            title={labels.play}
          >
            <span aria-hidden="true">▶</span> {labels.play}
          </button>
          <SaveWordButton
            word={{
              hanzi: term.simplified,
              pinyin: term.pinyin,
              meaning: meaning?.text ?? '',
              meaningLang: meaning && htmlLang[meaning.locale],
            }}
            label={labels.save}
            savedLabel={labels.savedState}
            ariaLabel={labels.saveLabel(term.simplified)}
          />
          <a href={`#${glossaryRowId(term.id)}`} className={POPOVER.glossaryLink}>
            {labels.showInGlossary}
          </a>
          {page && (
            // Every reading and meaning: on the word's glossary page (with JavaScript also in this popover).
            <a
              href={`/${labels.locale}${page}`}
              className={POPOVER.dictionaryLink}
              aria-label={labels.dictionaryPageLabel(term.simplified)}
            >
              {labels.dictionaryPage}
            </a>
          )}
        </span>
      </span>
    </span>
  );
}

/** "Wort · HSK 3": the kind, and the HSK level where the word has one ("≈ HSK 3" when estimated from its characters). */
export function termKindLine(
  term: Pick<TermSummary, 'kind' | 'hsk' | 'hskEstimated'>,
  labels: Pick<ReaderLabels, 'kind' | 'hsk'>,
): string {
  return term.hsk
    ? `${labels.kind[term.kind]} · ${labels.hsk(term.hsk, term.hskEstimated === true)}`
    : labels.kind[term.kind];
}
