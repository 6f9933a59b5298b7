import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { DictionaryWord } from '@/lib/dictionary';
import { termPath } from '@/lib/glossary-index';
import { TonedPinyin } from '../reader/TonedPinyin';
import { EnglishText } from './EnglishText';

const sectionHeading = 'mt-10 text-xl font-semibold';

/**
 * A word as CC-CEDICT has it: every reading with its entries (English, labelled as such), and the
 * characters it is made of, each linking to its own page.
 */
export async function DictionaryEntries({ word, locale }: { word: DictionaryWord; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return (
    <>
      <h2 className={sectionHeading} id="dictionary">
        {t('dictionaryHeading')}
      </h2>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        {t('dictionaryIntro')} {t('readingCount', { count: word.readings.length })}
      </p>
      <p className="mt-2" data-hsk-level>
        {word.hsk ? t(word.hsk.estimated ? 'hskEstimated' : 'hskLevel', { level: word.hsk.level }) : t('hskNone')}
      </p>
      <ol className="mt-3 space-y-4" data-dictionary-readings>
        {word.readings.map((reading) => (
          <li key={reading.pinyin} data-reading={reading.pinyin}>
            <p className="text-xl">
              <span lang="zh-Latn-pinyin">
                <TonedPinyin syllables={reading.syllables} />
              </span>
            </p>
            {reading.entries.length > 0 ? (
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {reading.entries.map((entry, i) => (
                  <li key={i}>
                    {entry.proper && (
                      <span className="mr-2 text-xs uppercase tracking-wide text-stone-700 dark:text-stone-300">
                        {t('properNoun')}
                      </span>
                    )}
                    <EnglishText text={entry.senses.join('; ')} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-stone-700 dark:text-stone-300">{t('noEntryForReading')}</p>
            )}
          </li>
        ))}
      </ol>
      {word.characters.length > 0 && (
        <>
          <h2 className={sectionHeading}>{t('charactersHeading')}</h2>
          <ul className="mt-3 space-y-2" data-dictionary-characters>
            {word.characters.map((c, i) => (
              <li key={i} className="flex flex-wrap items-baseline gap-x-3">
                {c.hasPage ? (
                  <Link href={termPath(c.hanzi)} className="text-2xl underline underline-offset-4" lang="zh-Hans">
                    {c.hanzi}
                  </Link>
                ) : (
                  <span className="text-2xl" lang="zh-Hans">
                    {c.hanzi}
                  </span>
                )}
                <span className={`tone-${c.tone}`}>{c.pinyin}</span>
                {c.gloss && <EnglishText text={c.gloss} />}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
