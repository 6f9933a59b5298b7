import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/components/ClientMessages';
import { NewTextForm } from '@/components/texts/NewTextForm';
import { localizedAlternates } from '@/i18n/metadata';
import { pageLocale } from '@/i18n/page-locale';
import { MAX_TEXT_CHARS } from '@/lib/texts/limits';
import { createTextAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/texts/new'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'Texts.new' });
  return { title: t('metaTitle'), description: t('metaDescription'), alternates: localizedAlternates(l, '/texts/new') };
}

export default async function NewTextPage({ params }: PageProps<'/[locale]/texts/new'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  const t = await getTranslations({ locale: l, namespace: 'Texts.new' });
  const labels = {
    titleLabel: t('titleLabel'),
    textLabel: t('textLabel'),
    textHint: t('textHint', { max: MAX_TEXT_CHARS }),
    sourceUrlLabel: t('sourceUrlLabel'),
    sourceUrlHint: t('sourceUrlHint'),
    submit: t('submit'),
    submitting: t('submitting'),
    errorSummary: t('errorSummary'),
  };
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold tracking-tight">{t('heading')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">{t('privacyNote')}</p>
      {/* Shown when the proxy sent a far too large submission back here (/texts/new#too-large); CSS only, works without JavaScript. */}
      <p
        id="too-large"
        className="mt-6 hidden rounded border border-red-700 bg-red-50 p-4 font-medium text-red-900 target:block dark:bg-red-950 dark:text-red-100"
      >
        {t('tooLarge', { max: MAX_TEXT_CHARS })}
      </p>
      {/* The character count and the length error follow the typing. */}
      <ClientMessages
        locale={l}
        namespaces={['Texts.new.charCount', 'Texts.new.overLimit', 'Texts.errors.text_too_long']}
      >
        <NewTextForm locale={l} labels={labels} action={createTextAction} />
      </ClientMessages>
    </div>
  );
}
