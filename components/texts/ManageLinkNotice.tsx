import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';

/** Shown to the person who just created the text (see manageCookieName): the link to edit or delete it. */
export async function ManageLinkNotice({ locale, manageUrl }: { locale: AppLocale; manageUrl: string }) {
  const t = await getTranslations({ locale, namespace: 'Texts.reader' });
  return (
    <section aria-labelledby="manage-link-heading" className="no-print mb-8 rounded-lg border border-amber-600 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950">
      <h2 id="manage-link-heading" className="font-semibold">
        {t('ownerHeading')}
      </h2>
      <p className="mt-1 text-sm">{t('ownerNote')}</p>
      <p className="mt-2 break-all">
        <a href={manageUrl} className="font-mono text-sm underline">
          <span className="sr-only">{t('ownerLink')}: </span>
          {manageUrl}
        </a>
      </p>
    </section>
  );
}
