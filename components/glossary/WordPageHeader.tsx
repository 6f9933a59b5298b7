import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import type { Syllable } from '@/lib/annotate';
import { outlineButton } from '../button-styles';
import { TonedPinyin } from '../reader/TonedPinyin';
import { SaveWordButton, type SaveWordData } from '../saved/SaveWordButton';
import { getGlossaryLabels } from './labels';
import { SpeakButton } from './SpeakButton';

/** The headings of a word page's sections. */
export const wordPageSection = 'mt-10 text-xl font-semibold';

/**
 * The top of a word's page, a glossary term's or any dictionary word's: the way back to the
 * glossary, the word large with its pinyin, what `children` add (forms, kind, meaning), then
 * listening and saving.
 */
export async function WordPageHeader({
  locale,
  word,
  lang,
  syllables,
  speak,
  save,
  children,
}: {
  locale: AppLocale;
  /** The word as the page shows it. */
  word: string;
  lang: 'zh-Hans' | 'zh-Hant';
  syllables: readonly Syllable[] | undefined;
  /** What the play button says: the simplified form. */
  speak: string;
  save: SaveWordData;
  children: ReactNode;
}) {
  const [t, tReader, labels] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'Reader' }),
    getGlossaryLabels(locale),
  ]);
  return (
    <>
      <p className="text-sm">
        <Link href="/glossary" className="underline underline-offset-2">
          {t('backToGlossary')}
        </Link>
      </p>
      <header className="mt-4">
        <h1 className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
          <span className="text-5xl font-bold" lang={lang}>
            {word}
          </span>
          {syllables && (
            <span className="text-2xl font-normal">
              <TonedPinyin syllables={syllables} />
            </span>
          )}
        </h1>
        {children}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <SpeakButton
            text={speak}
            label={tReader('play')}
            ariaLabel={tReader('playLabel', { term: word })}
            unavailable={tReader('playUnavailable')}
          />
          <SaveWordButton
            word={save}
            label={labels.save}
            savedLabel={labels.savedState}
            ariaLabel={labels.saveLabel(word)}
            className={outlineButton}
          />
        </div>
      </header>
    </>
  );
}
