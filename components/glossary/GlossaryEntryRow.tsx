import { Link } from '@/i18n/navigation';
import { htmlLang } from '@/i18n/routing';
import { localizedMeaning, termPath, type GlossaryEntry } from '@/lib/glossary-index';
import { TonedPinyin } from '../reader/TonedPinyin';
import { SaveWordButton } from '../saved/SaveWordButton';
import { ArticleUses } from './ArticleUses';
import { entryWord } from './entry-word';
import type { GlossaryLabels } from './labels';

/** One term of the glossary page: forms, reading, kind, meaning, the articles it is in; hidden when the search excludes it. */
export function GlossaryEntryRow({
  entry,
  labels,
  hidden,
}: {
  entry: GlossaryEntry;
  labels: GlossaryLabels;
  hidden: boolean;
}) {
  const meaning = localizedMeaning(entry.meanings, labels.locale);
  return (
    <li className="glossary-entry py-4" hidden={hidden} data-term-id={entry.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Link href={termPath(entry.id)} className="text-2xl underline-offset-4 hover:underline" lang="zh-Hans">
          {entry.simplified}
        </Link>
        {entry.traditional && (
          <span className="text-base text-stone-600 dark:text-stone-400">
            {labels.traditional} <span lang="zh-Hant">{entry.traditional}</span>
          </span>
        )}
        <span className="text-lg">
          <TonedPinyin syllables={entry.syllables} />
        </span>
        <span className="text-xs uppercase tracking-wide text-stone-600 dark:text-stone-400">
          {labels.kind[entry.kind]}
        </span>
      </div>
      {meaning && (
        <p className="mt-1 text-stone-800 dark:text-stone-200" lang={htmlLang[meaning.locale]}>
          {meaning.text}
        </p>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        {entry.articles.length > 0 ? (
          <p className="text-stone-700 dark:text-stone-300">
            {labels.appearsIn} <ArticleUses uses={entry.articles} labels={labels} inline />
          </p>
        ) : (
          <p className="text-stone-600 dark:text-stone-400">{labels.notInArticles}</p>
        )}
        <SaveWordButton
          word={entryWord(entry, meaning)}
          label={labels.save}
          savedLabel={labels.savedState}
          ariaLabel={labels.saveLabel(entry.simplified)}
          className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"
        />
      </div>
    </li>
  );
}
