import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { ReviewSession } from '@/components/review/ReviewSession';
import { VoiceHelp } from '@/components/speech/VoiceHelp';
import { localizedAlternates } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';

export async function generateMetadata({ params }: PageProps<'/[locale]/review'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'Review' });
  // Personal progress: nothing for search engines.
  return { title: t('metaTitle'), alternates: localizedAlternates(l, '/review'), robots: { index: false } };
}

/** Spaced review of the saved words (lib/review): static; the cards live in the browser. */
export default async function ReviewPage({ params }: PageProps<'/[locale]/review'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const [t, tDrill] = await Promise.all([
    getTranslations({ locale: l, namespace: 'Review' }),
    getTranslations({ locale: l, namespace: 'ToneDrill' }),
  ]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-3">
        <Link href="/review/tones" className="font-medium underline underline-offset-2">
          {tDrill('link')}
        </Link>{' '}
        <span className="text-stone-700 dark:text-stone-300">– {tDrill('linkHint')}</span>
      </p>
      {/* Shown until the boot script marks the page as running JavaScript. */}
      <p className="mt-6 [.js_&]:hidden">{t('needsScript')}</p>
      {/* Only this page's messages go to the browser. */}
      <ClientMessages locale={l} namespaces={['Review']}>
        <ReviewSession voiceHelp={<VoiceHelp locale={l} id="review-voice-help" className="mt-2" />} />
      </ClientMessages>
    </div>
  );
}
