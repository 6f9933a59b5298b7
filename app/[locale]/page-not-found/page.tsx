import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/NotFoundContent';
import { pageLocale } from '@/i18n/page-locale';

// The proxy rewrites every unknown path here with status 404. A static page, because Next 16
// renders a dynamic notFound() as an empty shell that shows nothing without JavaScript.
export const metadata: Metadata = { robots: { index: false } };

export default async function PageNotFound({ params }: PageProps<'/[locale]/page-not-found'>) {
  const { locale } = await params;
  const l = pageLocale(locale);
  setRequestLocale(l);
  return <NotFoundContent locale={l} />;
}
