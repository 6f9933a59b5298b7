import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';

/** Body of the static pages the proxy answers with 410 (deleted text) and 403 (wrong manage link). */
export async function TextStatusContent({ locale, status }: { locale: AppLocale; status: 'gone' | 'forbidden' }) {
  const t = await getTranslations({ locale, namespace: 'Texts' });
  return (
    <div className="mx-auto max-w-[70ch]">
      <h1 className="text-3xl font-bold">{t(`${status}.title`)}</h1>
      <p className="mt-3 text-lg">{t(`${status}.description`)}</p>
      <ul className="mt-6 grid gap-2">
        <li>
          <Link href="/texts/new" locale={locale} className="underline">
            {t('homeLink')}
          </Link>
        </li>
        <li>
          <Link href="/" locale={locale} className="underline">
            {t('backHome')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
