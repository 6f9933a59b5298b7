import { htmlLang } from '@/i18n/routing';
import type { ReaderLabels } from './labels';
import { DATA, POPOVER, READER_ID, SHARED_POPOVER_DATA as SHARED } from '@/lib/reader/dom-contract';
import { SaveWordButton } from '../saved/SaveWordButton';

/**
 * The one popover of a page whose mentions are compact (CompactMention): empty until a word is
 * opened, then filled by components/reader/shared-popover.ts from that term's glossary row and moved next to the
 * word, so it looks and behaves like a word's own popover.
 */
export function SharedTermPopover({ labels }: { labels: ReaderLabels }) {
  return (
    <span
      id={READER_ID.sharedPopover}
      className={POPOVER.root}
      lang={htmlLang[labels.locale]}
      {...{ [SHARED.standsFor]: labels.standsFor }}
    >
      <span className={POPOVER.text}>
        <span className={POPOVER.alias} />
        <span className={POPOVER.hanzi} /> <span className={POPOVER.pinyin} /> <span className={POPOVER.kind} />
        <span className={POPOVER.meaning} />
      </span>
      <span className={POPOVER.actions}>
        <button type="button" className={`${POPOVER.play} js-only`} {...{ [DATA.speak]: '' }} title={labels.play}>
          <span aria-hidden="true">▶</span> {labels.play}
        </button>
        <SaveWordButton
          word={{ hanzi: '', pinyin: '', meaning: '' }}
          label={labels.save}
          savedLabel={labels.savedState}
          ariaLabel={labels.save}
        />
        <a href={`#${READER_ID.glossaryHeading}`} className={POPOVER.glossaryLink}>
          {labels.showInGlossary}
        </a>
        {/* Set, named and shown by popover-dictionary.ts when the dictionary has the word. */}
        <a href={`/${labels.locale}/glossary`} className={POPOVER.dictionaryLink} {...{ [SHARED.perWord]: '' }} hidden>
          {labels.dictionaryPage}
        </a>
      </span>
    </span>
  );
}
