import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundContent } from '@/components/NotFoundContent';
import { isAppLocale, routing } from '@/i18n/routing';

// The proxy rewrites every unknown path here with status 404. A static page, because Next 16
// renders a dynamic notFound() as an empty shell that shows nothing without JavaScript.
export const metadata: Metadata = { robots: { index: false } };

export default async function PageNotFound({ params }: PageProps<'/[locale]/page-not-found'>) {
  const { locale } = await params;
  const l = isAppLocale(locale) ? locale : routing.defaultLocale;
  setRequestLocale(l);
  return <NotFoundContent locale={l} />;
}
