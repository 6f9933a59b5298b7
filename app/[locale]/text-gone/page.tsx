import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { TextStatusContent } from '@/components/texts/TextStatusContent';
import { pageLocale } from '@/i18n/page-locale';

// The proxy rewrites a deleted text here with status 410. Static, like page-not-found:
// a dynamic render of an error would lose its HTML in Next 16.
export async function generateMetadata({ params }: PageProps<'/[locale]/text-gone'>): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: pageLocale(locale), namespace: 'Texts.gone' });
  return { title: t('title'), robots: { index: false } };
}

export default async function TextGonePage({ params }: PageProps<'/[locale]/text-gone'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  return <TextStatusContent locale={l} status="gone" />;
}
