import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { SavedWordsView } from '@/components/saved/SavedWordsView';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { glossaryTermIds } from '@/lib/glossary-index';

export async function generateMetadata({ params }: PageProps<'/[locale]/saved'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'Saved' });
  // A personal list: nothing for search engines.
  return { title: t('metaTitle'), alternates: localizedAlternates(l, '/saved'), robots: { index: false } };
}

export default async function SavedPage({ params }: PageProps<'/[locale]/saved'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const t = await getTranslations({ locale: l, namespace: 'Saved' });
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      {/* Shown until the boot script marks the page as running JavaScript. */}
      <p className="mt-6 [.js_&]:hidden">{t('needsScript')}</p>
      {/* Names the removed word in the browser. */}
      <ClientMessages locale={l} namespaces={['Saved.removeLabel', 'Saved.removed']}>
        <SavedWordsView
          locale={l}
          termIds={[...glossaryTermIds()]}
          labels={{
            columns: {
              hanzi: t('hanzi'),
              pinyin: t('pinyin'),
              meaning: t('meaning'),
              sentence: t('sentence'),
              savedAt: t('savedAt'),
            },
            empty: t('empty'),
            toGlossary: t('toGlossary'),
            listHeading: t('listHeading'),
            remove: t('remove'),
            clear: t('clear'),
            clearConfirm: t('clearConfirm'),
            cleared: t('cleared'),
            exportHeading: t('exportHeading'),
            exportCsv: t('exportCsv'),
            exportAnki: t('exportAnki'),
            exportHint: t('exportHint'),
            storageUnavailable: t('storageUnavailable'),
          }}
        />
      </ClientMessages>
    </div>
  );
}
