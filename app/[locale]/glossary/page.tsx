import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { DictionaryResults } from '@/components/glossary/DictionaryResults';
import { GlossaryList } from '@/components/glossary/GlossaryList';
import { GlossarySearch } from '@/components/glossary/GlossarySearch';
import { getGlossaryLabels } from '@/components/glossary/labels';
import { SavedWordToggles } from '@/components/saved/SavedWordToggles';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { getDictionary, MAX_SEARCH_LIMIT } from '@/lib/dictionary';
import { groupEntries, loadGlossaryEntries, parseGlossaryQuery, searchEntries } from '@/lib/glossary-index';
import { searchKeysFor } from '@/lib/reader/term-filter';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'Glossary' });
  return { title: t('metaTitle'), description: t('metaDescription'), alternates: localizedAlternates(l, '/glossary') };
}

/** Rendered per request: `?q=` filters on the server, so search works without JavaScript. */
export default async function GlossaryPage({ params, searchParams }: PageProps<'/[locale]/glossary'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const { q, sort, offset } = parseGlossaryQuery(await searchParams);
  const [t, labels] = await Promise.all([getTranslations({ locale: l, namespace: 'Glossary' }), getGlossaryLabels(l)]);
  // The whole dictionary is searched on the server only (its data never goes to the browser).
  const dictionary = q ? (await getDictionary()).search(q, { limit: MAX_SEARCH_LIMIT, offset }) : null;
  const entries = loadGlossaryEntries();
  const shown = new Set(searchEntries(entries, q).map((entry) => entry.id));
  return (
    // The result counts follow the search box in the browser.
    <ClientMessages locale={l} namespaces={['Glossary.resultCount', 'Glossary.dictionaryResultCount']}>
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro', { count: entries.length })}</p>
        <GlossarySearch
          query={q}
          sort={sort}
          terms={entries.map((entry) => ({ id: entry.id, keys: searchKeysFor(entry) }))}
          labels={{
            search: t('searchLabel'),
            placeholder: t('searchPlaceholder'),
            sort: t('sortLabel'),
            sortPinyin: t('sortPinyin'),
            sortKind: t('sortKind'),
            submit: t('submit'),
            noResults: t('noResults'),
          }}
        />
        <h2 className="sr-only">{t('resultsHeading')}</h2>
        <GlossaryList groups={groupEntries(entries, sort)} sort={sort} shown={shown} labels={labels} />
        <DictionaryResults
          key={`${q}\u0000${offset}`}
          query={q}
          offset={offset}
          pageSize={MAX_SEARCH_LIMIT}
          initial={dictionary}
          labels={{
            heading: t('dictionaryResultsHeading'),
            hint: t('dictionarySearchHint'),
            noResults: t('dictionaryNoResults'),
            next: t('dictionaryMoreResults'),
            previous: t('dictionaryPreviousResults'),
          }}
        />
        <SavedWordToggles unavailable={labels.saveUnavailable} />
      </div>
    </ClientMessages>
  );
}
