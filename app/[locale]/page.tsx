import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticleList } from '@/components/ArticleList';
import { localizedAlternates } from '@/i18n/metadata';
import { Link } from '@/i18n/navigation';
import { pageLocale } from '@/i18n/page-locale';
import { listArticles } from '@/lib/articles';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  const l = pageLocale(locale);
  const t = await getTranslations({ locale: l, namespace: 'Metadata' });
  return {
    title: { absolute: t('homeTitle') },
    description: t('homeDescription'),
    alternates: localizedAlternates(l, ''),
  };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const { locale } = await params;
  setRequestLocale(pageLocale(locale));
  const [t, tTexts] = await Promise.all([getTranslations('Home'), getTranslations('Texts')]);
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-lg text-stone-700 dark:text-stone-300">{t('intro')}</p>
      <p className="mt-4">
        <Link href="/texts/new" className="font-medium underline">
          {tTexts('homeLink')}
        </Link>
        {/* The separator is part of the message: a dash in de/en, a full-width colon in zh. */}
        <span className="text-stone-600 dark:text-stone-400">{tTexts('homeLinkNote')}</span>
      </p>
      <h2 className="mt-10 text-xl font-semibold">{t('articlesHeading')}</h2>
      <ArticleList articles={listArticles()} />
    </div>
  );
}
