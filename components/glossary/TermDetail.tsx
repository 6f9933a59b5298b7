import { getTranslations } from 'next-intl/server';
import { htmlLang, routing, type AppLocale } from '@/i18n/routing';
import { getDictionary } from '@/lib/dictionary';
import { localizedMeaning, type GlossaryEntry } from '@/lib/glossary-index';
import { SavedWordToggles } from '../saved/SavedWordToggles';
import { ArticleUses } from './ArticleUses';
import { DictionaryEntries } from './DictionaryEntries';
import { entryWord } from './entry-word';
import { ExampleSentences } from './ExampleSentences';
import { getGlossaryLabels } from './labels';
import { StrokeOrderSection } from './StrokeOrderSection';
import { WordPageHeader, wordPageSection } from './WordPageHeader';

/** The full entry of one term: forms, reading, audio, meanings in every language, where it appears, examples, stroke order. */
export async function TermDetail({ entry, locale }: { entry: GlossaryEntry; locale: AppLocale }) {
  const [t, tLocales, labels, dictionary] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'LocaleNames' }),
    getGlossaryLabels(locale),
    getDictionary(),
  ]);
  // What CC-CEDICT has for the term besides our curated meaning: every reading, the characters.
  const word = dictionary.lookup(entry.simplified);
  const meaning = localizedMeaning(entry.meanings, locale);
  const note = entry.notes && localizedMeaning(entry.notes, locale);
  // The UI language first, then the others.
  const meaningLocales = [locale, ...routing.locales.filter((l) => l !== locale)].filter((l) => entry.meanings[l]);

  return (
    <article className="mx-auto max-w-3xl">
      <WordPageHeader
        locale={locale}
        word={entry.simplified}
        lang="zh-Hans"
        syllables={entry.syllables}
        speak={entry.simplified}
        save={entryWord(entry, meaning)}
      >
        <p className="mt-2 text-stone-700 dark:text-stone-300">
          <span className="text-xs uppercase tracking-wide">{labels.kind[entry.kind]}</span>
          {entry.traditional && (
            <span className="ml-3">
              {labels.traditional}{' '}
              <span lang="zh-Hant" className="text-xl">
                {entry.traditional}
              </span>
            </span>
          )}
        </p>
        {meaning && (
          <p className="meaning-text mt-3 text-lg" lang={htmlLang[meaning.locale]}>
            {meaning.text}
          </p>
        )}
      </WordPageHeader>

      <h2 className={wordPageSection}>{t('meaningsHeading')}</h2>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {meaningLocales.map((l) => (
          <div key={l} className="contents">
            <dt className="font-medium">{tLocales(l)}</dt>
            <dd lang={htmlLang[l]}>{entry.meanings[l]}</dd>
          </div>
        ))}
      </dl>
      {note && (
        <>
          <h2 className={wordPageSection}>{t('notesHeading')}</h2>
          <p className="mt-3" lang={htmlLang[note.locale]}>
            {note.text}
          </p>
        </>
      )}
      {word && <DictionaryEntries word={word} locale={locale} />}
      {entry.aliases.length > 0 && (
        <>
          <h2 className={wordPageSection}>{t('aliasesHeading')}</h2>
          <p className="mt-3">{entry.aliases.join(' · ')}</p>
        </>
      )}

      <h2 className={wordPageSection}>{t('articlesHeading')}</h2>
      {entry.articles.length > 0 ? (
        <ArticleUses uses={entry.articles} labels={labels} />
      ) : (
        <p className="mt-3 text-stone-700 dark:text-stone-300">{labels.notInArticles}</p>
      )}

      <h2 className={wordPageSection}>{t('examplesHeading')}</h2>
      {entry.articles.length > 0 ? (
        <ExampleSentences uses={entry.articles} source={(title) => t('exampleSource', { title })} />
      ) : (
        <p className="mt-3 text-stone-700 dark:text-stone-300">{t('examplesNone')}</p>
      )}

      <StrokeOrderSection
        characters={entry.syllables.map((s) => s.hanzi)}
        locale={locale}
        headingClass={wordPageSection}
      />
      <SavedWordToggles unavailable={labels.saveUnavailable} />
    </article>
  );
}
