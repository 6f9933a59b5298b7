import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { ToneDrill } from '@/components/review/ToneDrill';
import { localizedAlternates } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/review/tones'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'ToneDrill' });
  return { title: t('metaTitle'), alternates: localizedAlternates(l, '/review/tones'), robots: { index: false } };
}

/** The tone drill on the saved words (lib/review/tone-drill): static; the words live in the browser. */
export default async function ToneDrillPage({ params }: PageProps<'/[locale]/review/tones'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const [t, tReview] = await Promise.all([
    getTranslations({ locale: l, namespace: 'ToneDrill' }),
    getTranslations({ locale: l, namespace: 'Review' }),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href="/review" className="underline underline-offset-2">
          {t('backToReview')}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-6 [.js_&]:hidden">{tReview('needsScript')}</p>
      <ClientMessages locale={l} namespaces={['ToneDrill']}>
        <ToneDrill />
      </ClientMessages>
    </div>
  );
}
