import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { DictionaryWord } from '@/lib/dictionary';
import { termPath } from '@/lib/glossary-index';
import { SavedWordToggles } from '../saved/SavedWordToggles';
import { DictionaryEntries } from './DictionaryEntries';
import { getGlossaryLabels } from './labels';
import { StrokeOrderSection } from './StrokeOrderSection';
import { WordPageHeader, wordPageSection } from './WordPageHeader';

/**
 * The page of a dictionary word that is no curated or article term (those have TermDetail):
 * forms, every reading and entry, its characters, where it appears (nowhere yet: every word of
 * an article is a term of its own), stroke order.
 */
export async function DictionaryWordDetail({ word, locale }: { word: DictionaryWord; locale: AppLocale }) {
  const [t, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getGlossaryLabels(locale),
  ]);
  const first = word.readings[0];
  const firstSense = first?.entries.find((e) => !e.proper)?.senses[0] ?? first?.entries[0]?.senses[0] ?? '';
  const isTraditional = word.word !== word.simplified;
  const chars = Array.from(word.word);

  return (
    <article className="mx-auto max-w-3xl">
      <WordPageHeader
        locale={locale}
        word={word.word}
        lang={isTraditional ? 'zh-Hant' : 'zh-Hans'}
        syllables={first?.syllables}
        speak={word.simplified}
        save={{ hanzi: word.simplified, pinyin: first?.pinyin ?? '', meaning: firstSense, meaningLang: 'en' }}
      >
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          {isTraditional ? (
            <span>
              {t('simplifiedForm')}{' '}
              <Link href={termPath(word.simplified)} lang="zh-Hans" className="text-xl underline underline-offset-4">
                {word.simplified}
              </Link>
            </span>
          ) : (
            word.traditional.length > 0 && (
              <span>
                {labels.traditional}{' '}
                <span lang="zh-Hant" className="text-xl">
                  {word.traditional.join(' ')}
                </span>
              </span>
            )
          )}
        </p>
      </WordPageHeader>

      <DictionaryEntries word={word} locale={locale} />

      <h2 className={wordPageSection}>{t('articlesHeading')}</h2>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{labels.notInArticles}</p>

      <StrokeOrderSection characters={chars} locale={locale} headingClass={wordPageSection} />
      <SavedWordToggles unavailable={labels.saveUnavailable} />
    </article>
  );
}
