import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { DictionaryWord } from '@/lib/dictionary';
import { termPath } from '@/lib/glossary-index';
import { TonedPinyin } from '../reader/TonedPinyin';
import { SaveWordButton } from '../saved/SaveWordButton';
import { SavedWordToggles } from '../saved/SavedWordToggles';
import { DictionaryEntries } from './DictionaryEntries';
import { getGlossaryLabels } from './labels';
import { SpeakButton } from './SpeakButton';
import { StrokeOrderSection } from './StrokeOrderSection';
import { outlineButton } from '../button-styles';

const sectionHeading = 'mt-10 text-xl font-semibold';

/**
 * The page of a dictionary word that is no curated or article term (those have TermDetail):
 * forms, every reading and entry, its characters, where it appears (nowhere yet: every word of
 * an article is a term of its own), stroke order.
 */
export async function DictionaryWordDetail({ word, locale }: { word: DictionaryWord; locale: AppLocale }) {
  const [t, tReader, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'Reader' }),
    getGlossaryLabels(locale),
  ]);
  const first = word.readings[0];
  const firstSense = first?.entries.find((e) => !e.proper)?.senses[0] ?? first?.entries[0]?.senses[0] ?? '';
  const isTraditional = word.word !== word.simplified;
  const chars = Array.from(word.word);

  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm">
        <Link href="/glossary" className="underline underline-offset-2">
          {t('backToGlossary')}
        </Link>
      </p>
      <header className="mt-4">
        <h1 className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span className="text-5xl font-bold" lang={isTraditional ? 'zh-Hant' : 'zh-Hans'}>
            {word.word}
          </span>
          {first && (
            <span className="text-2xl font-normal">
              <TonedPinyin syllables={first.syllables} />
            </span>
          )}
        </h1>
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
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <SpeakButton
            text={word.simplified}
            label={tReader('play')}
            ariaLabel={tReader('playLabel', { term: word.word })}
            unavailable={tReader('playUnavailable')}
          />
          <SaveWordButton
            word={{ hanzi: word.simplified, pinyin: first?.pinyin ?? '', meaning: firstSense, meaningLang: 'en' }}
            label={labels.save}
            savedLabel={labels.savedState}
            ariaLabel={labels.saveLabel(word.word)}
            className={outlineButton}
          />
        </div>
      </header>

      <DictionaryEntries word={word} locale={locale} />

      <h2 className={sectionHeading}>{t('articlesHeading')}</h2>
      <p className="mt-3 text-stone-700 dark:text-stone-300">{labels.notInArticles}</p>

      <StrokeOrderSection characters={chars} locale={locale} headingClass={sectionHeading} />
      <SavedWordToggles unavailable={labels.saveUnavailable} />
    </article>
  );
}
