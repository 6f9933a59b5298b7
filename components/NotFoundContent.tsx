import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

export async function NotFoundContent({ locale }: { locale?: AppLocale }) {
  const t = await getTranslations({ locale: locale ?? (await getLocale()), namespace: 'NotFound' });
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg">{t('description')}</p>
      <p className="mt-6">
        <Link href="/" locale={locale} className="underline">
          {t('backHome')}
        </Link>
      </p>
    </div>
  );
}
