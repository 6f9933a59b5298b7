import type { ReactNode } from 'react';
import type { AppLocale } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import type { AnnotatedLine } from '@/lib/annotated-lines';
import { getDictionary } from '@/lib/dictionary';
import type { Display } from '@/lib/reader/display-options';
import { READER, READER_ID } from '@/lib/reader/dom-contract';
import { linkSettingAttributes, type ReaderSettings } from '@/lib/reader/settings';
import { ClientMessages } from '../ClientMessages';
import { AnnotatedText } from './AnnotatedText';
import { GlossaryPanel } from './GlossaryPanel';
import type { ReaderLabels } from './labels';
import { getPopoverDictionaryLabels } from './popover-dictionary-labels';
import { ReaderInteractions } from './ReaderInteractions';
import { VoiceHelp } from '../speech/VoiceHelp';
import { ReaderShortcutsHelp } from './ReaderShortcutsHelp';
import { SavedWordToggles } from '../saved/SavedWordToggles';
import { ReaderToolbar } from './ReaderToolbar';
import { SharedTermPopover } from './SharedTermPopover';
import { SharePanel } from '../share/SharePanel';
import { VocabularyTable } from '../share/VocabularyTable';

/**
 * A renderer for annotated lines of one document (shares the labels, translated once, and the term
 * index). `popovers: 'shared'` renders compact mentions for a ReaderLayout with the same setting.
 */
export async function createLineRenderer(
  labels: ReaderLabels,
  terms: readonly TermSummary[],
  display: Display,
  popovers: Popovers = 'inline',
) {
  // Mentions link to their word's glossary page where the dictionary has one (./glossary-page).
  await getDictionary();
  const index = new Map(terms.map((term) => [term.id, term]));
  return function AnnotatedLineView(line: AnnotatedLine) {
    return (
      <AnnotatedText line={line} terms={index} labels={labels} display={display} compact={popovers === 'shared'} />
    );
  };
}

/** Glossary and vocabulary rows rendered in one turn of the event loop on a long text's page. */
const ROWS_PER_TURN = 50;

/**
 * `inline`: each mention carries its popover (opens on hover and focus without JavaScript too);
 * for the curated articles. `shared`: one popover per page, filled on demand from the glossary
 * panel; the page's size no longer grows with a popover per mention (pasted texts).
 */
export type Popovers = 'inline' | 'shared';

/**
 * The reader around any annotated document (an article, a pasted text): settings toolbar, the
 * document in `<article>`, what follows it, and the glossary panel beside it (below on narrow screens).
 */
export async function ReaderLayout({
  locale,
  documentLang,
  terms,
  firstMention,
  children,
  after,
  sharePath,
  labels,
  popovers = 'inline',
  before,
  display,
  keep,
  linkSettings = {},
}: {
  locale: AppLocale;
  /** Language of the document text (the UI may be another). */
  documentLang: string;
  terms: readonly TermSummary[];
  firstMention: ReadonlyMap<string, number>;
  children: ReactNode;
  after?: ReactNode;
  /** Locale-free path of the page ("/articles/xiaomi-2018"): shows the share panel and prints a worksheet. */
  sharePath?: string;
  /** The reader's labels in `locale` (the same the caller gave createLineRenderer). */
  labels: ReaderLabels;
  /** As given to createLineRenderer. */
  popovers?: Popovers;
  /** Shown above the document (e.g. the page navigation of a long text). */
  before?: ReactNode;
  /** As given to createLineRenderer. */
  display: Display;
  /** Query parameters the display form keeps (the page of a long text). */
  keep?: Record<string, string>;
  /** The reader settings in the page's link: shown without JavaScript too (with it, <html> has them). */
  linkSettings?: Partial<ReaderSettings>;
}) {
  // A long text's page (shared popovers) renders its long lists in steps (components/reader/InTurns).
  const perTurn = popovers === 'shared' ? ROWS_PER_TURN : undefined;
  return (
    // The glossary's position ("2 of 4") and the shared popover's labels are formatted in the browser.
    <ClientMessages
      locale={locale}
      namespaces={['Reader.dictionaryPageLabel', 'Reader.playLabel', 'Reader.position', 'Saved.saveLabel']}
    >
      <div
        className={`${READER.view} grid gap-10 lg:grid-cols-[minmax(0,1fr)_calc(18rem*var(--reader-scale))]`}
        {...linkSettingAttributes(linkSettings)}
      >
        <div className="min-w-0">
          <div className="no-print mb-6 border-b border-stone-200 pb-3 dark:border-stone-800">
            <ReaderToolbar locale={locale} display={display} keep={keep} />
          </div>
          {sharePath && (
            <SharePanel
              locale={locale}
              sharePath={sharePath}
              terms={terms}
              firstMention={firstMention}
              display={display}
            />
          )}
          {before}
          <article lang={documentLang} className={`${READER.text} mx-auto w-full max-w-[70ch] font-serif`}>
            {children}
          </article>
          <VoiceHelp
            locale={locale}
            id={READER_ID.voiceHelp}
            className="no-print mx-auto mt-6 max-w-[70ch] scroll-mt-24 rounded border border-stone-300 p-4 text-sm dark:border-stone-700"
          />
          <ReaderShortcutsHelp locale={locale} />
          {after}
          {sharePath && <VocabularyTable locale={locale} terms={terms} perTurn={perTurn} display={display} />}
        </div>
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <GlossaryPanel
            terms={terms}
            firstMention={firstMention}
            labels={labels}
            locale={locale}
            perTurn={perTurn}
            display={display}
          />
        </div>
        <ReaderInteractions
          playUnavailable={labels.playUnavailable}
          voiceHowTo={labels.voiceHowTo}
          dictionary={await getPopoverDictionaryLabels(locale)}
        />
        <SavedWordToggles unavailable={labels.saveUnavailable} />
        {popovers === 'shared' && <SharedTermPopover labels={labels} />}
      </div>
    </ClientMessages>
  );
}
