import { htmlLang } from '@/i18n/routing';
import type { ReaderLabels } from './labels';
import { SaveWordButton } from '../saved/SaveWordButton';

/**
 * The one popover of a page whose mentions are compact (CompactMention): empty until a word is
 * opened, then filled by ReaderInteractions from that term's glossary row and moved next to the
 * word, so it looks and behaves like a word's own popover.
 */
export function SharedTermPopover({ labels }: { labels: ReaderLabels }) {
  return (
    <span id="term-pop" className="term-pop" lang={htmlLang[labels.locale]} data-stands-for={labels.standsFor}>
      <span className="term-pop-text">
        <span className="term-pop-alias" />
        <span className="term-pop-hanzi" /> <span className="term-pop-pinyin" /> <span className="term-pop-kind" />
        <span className="term-pop-meaning" />
      </span>
      <span className="term-pop-actions">
        <button type="button" className="term-play js-only" data-speak="" title={labels.play}>
          <span aria-hidden="true">▶</span> {labels.play}
        </button>
        <SaveWordButton
          word={{ hanzi: '', pinyin: '', meaning: '' }}
          label={labels.save}
          savedLabel={labels.savedState}
          ariaLabel={labels.save}
        />
        <a href="#glossary-heading" className="term-glossary-link">
          {labels.showInGlossary}
        </a>
        {/* Set, named and shown by ReaderInteractions when the dictionary has the word. */}
        <a href={`/${labels.locale}/glossary`} className="term-dict-link" data-per-word="" hidden>
          {labels.dictionaryPage}
        </a>
      </span>
    </span>
  );
}
