import { getTranslations } from 'next-intl/server';
import { htmlLang, type AppLocale } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import { localizedMeaning } from '@/lib/glossary-index';
import { displayCharacters, scriptLang, type Display } from '@/lib/reader/display';
import { ListInTurns } from '../reader/InTurns';
import { TonedPinyin } from '../reader/TonedPinyin';

/** The worksheet's vocabulary after the text: hanzi, pinyin and meaning in the reader's language. Printed only. */
export async function VocabularyTable({
  locale,
  terms,
  perTurn,
  display,
}: {
  locale: AppLocale;
  terms: readonly TermSummary[];
  /** Rows rendered per turn of the event loop (components/reader/InTurns); all at once if unset. */
  perTurn?: number;
  display: Display;
}) {
  if (terms.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Share' });
  return (
    <section
      aria-labelledby="worksheet-vocabulary"
      className="worksheet-only worksheet-vocabulary mx-auto mt-10 w-full max-w-[70ch]"
    >
      <h2 id="worksheet-vocabulary" className="mb-3 text-xl font-semibold">
        {t('vocabularyHeading')}
      </h2>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr>
            <th scope="col">{t('columnHanzi')}</th>
            <th scope="col">{t('columnPinyin')}</th>
            <th scope="col">{t('columnMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          <ListInTurns
            items={terms}
            perTurn={perTurn}
            renderItem={(term) => {
              // The fallback meaning may be in another language than the page.
              const meaning = localizedMeaning(term.meanings, locale);
              return (
                <tr key={term.id} data-hsk={term.hsk}>
                  <td lang={scriptLang(display.script, 'zh-Hans')}>
                    {displayCharacters(Array.from(term.simplified), term, display.script).join('')}
                  </td>
                  <td className="whitespace-nowrap">
                    <TonedPinyin syllables={term.syllables} form={display.pinyin} />
                  </td>
                  <td>
                    <div className="vocabulary-meaning" lang={meaning && htmlLang[meaning.locale]}>
                      {meaning?.text ?? ''}
                    </div>
                  </td>
                </tr>
              );
            }}
          />
        </tbody>
      </table>
    </section>
  );
}
