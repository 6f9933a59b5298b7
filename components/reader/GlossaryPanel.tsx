import { getTranslations } from 'next-intl/server';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import { localizedMeaning } from '@/lib/glossary-index';
import type { Display } from '@/lib/reader/display-options';
import {
  DATA,
  glossaryDescriptionId,
  GLOSSARY,
  GLOSSARY_LAYOUT,
  glossaryRowId,
  mentionId,
  READER_ID,
} from '@/lib/reader/dom-contract';
import { searchKeysFor } from '@/lib/reader/term-filter';
import { GlossaryPanelControls } from './GlossaryPanelControls';
import { ListInTurns } from './InTurns';
import type { ReaderLabels } from './labels';
import { TonedPinyin } from './TonedPinyin';
import { termKindLine } from './TermMention';

/**
 * The article's terms beside it (below it on narrow screens), in order of first appearance. Sized in
 * em of .glossary-panel, which follows the size setting (--reader-scale).
 */
export async function GlossaryPanel({
  terms,
  firstMention,
  labels,
  locale,
  perTurn,
  display,
}: {
  terms: readonly TermSummary[];
  /** Rows rendered per turn of the event loop (components/reader/InTurns); all at once if unset. */
  perTurn?: number;
  /** term id → number of its first mention, so the link works without JavaScript too */
  firstMention: ReadonlyMap<string, number>;
  labels: ReaderLabels;
  locale: AppLocale;
  display: Display;
}) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return (
    <aside
      aria-labelledby={READER_ID.glossaryHeading}
      className={`${GLOSSARY_LAYOUT.panel} rounded-lg border border-stone-200 p-4 dark:border-stone-800`}
    >
      <h2 id={READER_ID.glossaryHeading} className="text-[1.125em] font-semibold">
        {t('glossaryHeading')}
      </h2>
      <p className="mt-1 text-[0.875em] text-stone-600 dark:text-stone-400">{t('glossaryIntro')}</p>
      <GlossaryPanelControls
        labels={{
          filter: t('filterLabel'),
          placeholder: t('filterPlaceholder'),
          hint: t('filterHint'),
          noMatches: t('noMatches'),
        }}
      />
      <ul className="mt-3 divide-y divide-stone-200 dark:divide-stone-800" {...{ [DATA.glossaryList]: true }}>
        <ListInTurns
          items={terms}
          perTurn={perTurn}
          renderItem={(term) => {
            const keys = searchKeysFor(term);
            const meaning = localizedMeaning(term.meanings, locale);
            return (
              <li
                key={term.id}
                id={glossaryRowId(term.id)}
                // Focused when a popover's glossary link leads here, so the reader continues from this row.
                tabIndex={-1}
                className={GLOSSARY.row}
                {...{ [DATA.termId]: term.id, [DATA.hsk]: term.hsk }}
                data-hanzi={keys.hanzi}
                data-marked={keys.marked}
                data-numbered={keys.numbered}
                data-plain={keys.plain}
                data-text={keys.text}
              >
                {/* Describes every mention of the term; fills the shared popover of compact mentions (ReaderInteractions). */}
                <div id={glossaryDescriptionId(term.id)}>
                  <div className={GLOSSARY_LAYOUT.head}>
                    <TermForms term={term} traditionalFirst={display.script === 'traditional'} />
                    <span className={GLOSSARY.kind}>{termKindLine(term, labels)}</span>
                  </div>
                  <div className={GLOSSARY.pinyin}>
                    <TonedPinyin syllables={term.syllables} form={display.pinyin} />
                  </div>
                  {meaning && (
                    <p className={GLOSSARY.meaning} lang={htmlLang[meaning.locale]}>
                      {meaning.text}
                    </p>
                  )}
                </div>
                <div className={GLOSSARY_LAYOUT.actions}>
                  <a
                    href={`#${mentionId(firstMention.get(term.id) ?? 0)}`}
                    className={GLOSSARY_LAYOUT.jump}
                    {...{ [DATA.jump]: 'next' }}
                  >
                    {t('occurrences', { count: term.count })}
                    <span className="sr-only">{t('jumpTo', { term: term.simplified })}</span>
                  </a>
                  <span className={`${GLOSSARY_LAYOUT.steps} js-only`}>
                    <button
                      type="button"
                      className={GLOSSARY_LAYOUT.step}
                      {...{ [DATA.jump]: 'previous' }}
                      aria-label={t('previous', { term: term.simplified })}
                    >
                      ‹
                    </button>
                    <button
                      type="button"
                      className={GLOSSARY_LAYOUT.step}
                      {...{ [DATA.jump]: 'next' }}
                      aria-label={t('next', { term: term.simplified })}
                    >
                      ›
                    </button>
                    <output className={GLOSSARY.position} aria-live="polite" />
                  </span>
                </div>
              </li>
            );
          }}
        />
      </ul>
    </aside>
  );
}

/** The term in both scripts where they differ, the one the reader reads in first. */
function TermForms({ term, traditionalFirst }: { term: TermSummary; traditionalFirst: boolean }) {
  const other = term.traditional && term.traditional !== term.simplified ? term.traditional : undefined;
  const [main, second] = traditionalFirst && other ? [other, term.simplified] : [term.simplified, other];
  const lang = (form: string) => (form === term.simplified ? 'zh-Hans' : 'zh-Hant');
  return (
    <span className="text-[1.25em]" lang={lang(main)}>
      {main}
      {second && (
        <span className={GLOSSARY_LAYOUT.traditional} lang={lang(second)}>
          {second}
        </span>
      )}
    </span>
  );
}
