import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { MyTextsView } from '@/components/texts/MyTextsView';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/texts'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'MyTexts' });
  // A personal list: nothing for search engines.
  return { title: t('metaTitle'), alternates: localizedAlternates(l, '/texts'), robots: { index: false } };
}

/** The manage links this browser keeps (lib/texts/my-texts): static, the list is read in the browser. */
export default async function MyTextsPage({ params }: PageProps<'/[locale]/texts'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const t = await getTranslations({ locale: l, namespace: 'MyTexts' });
  const keys = [
    'storageUnavailable',
    'empty',
    'newText',
    'listHeading',
    'untitled',
    'read',
    'manage',
    'copy',
    'copied',
    'copyFailed',
    'qr',
    'remove',
  ] as const;
  const labels = Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 dark:border-amber-500 dark:bg-amber-950">
        {t('warning')}
      </p>
      {/* Shown until the boot script marks the page as running JavaScript. */}
      <p className="mt-6 [.js_&]:hidden">{t('needsScript')}</p>
      {/* Names each text in the browser (the list is read there). */}
      <ClientMessages
        locale={l}
        namespaces={['MyTexts.removed', 'MyTexts.added', 'MyTexts.qrAlt', 'MyTexts.removeLabel']}
      >
        <MyTextsView locale={l} labels={labels} />
      </ClientMessages>
    </div>
  );
}
