import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { AppLocale } from '@/i18n/routing';
import { CopyLink } from './CopyLink';
import { RememberText } from './RememberText';

/**
 * Shown to the person who just created the text (see MANAGE_COOKIE): the link to edit or delete it.
 * `path`: locale-free, linked relatively, so it works on whatever host the page was reached at;
 * `displayUrl`: the same page as an absolute URL, to copy and keep.
 */
export async function ManageLinkNotice({
  locale,
  path,
  displayUrl,
  id,
  title,
}: {
  locale: AppLocale;
  path: string;
  displayUrl: string;
  id: string;
  title: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Texts.reader' });
  return (
    <section
      aria-labelledby="manage-link-heading"
      className="no-print mb-8 rounded-lg border border-amber-600 bg-amber-50 p-4 dark:border-amber-500 dark:bg-amber-950"
    >
      <h2 id="manage-link-heading" className="font-semibold">
        {t('ownerHeading')}
      </h2>
      <p className="mt-1 text-sm">{t('ownerNote')}</p>
      <p className="mt-2 break-all">
        {/* Not prefetched: the manage page is per request and needs nothing ahead of a click. */}
        <Link href={path} locale={locale} prefetch={false} className="font-mono text-sm underline">
          <span className="sr-only">{t('ownerLink')}: </span>
          {displayUrl}
        </Link>
      </p>
      <CopyLink
        href={displayUrl}
        labels={{
          field: t('ownerLink'),
          copy: t('copyManageLink'),
          copied: t('manageLinkCopied'),
          copyFailed: t('manageLinkCopyFailed'),
        }}
      />
      <p className="js-only mt-2 text-sm">
        <Link href="/texts" locale={locale} className="underline">
          {t('rememberedHere')}
        </Link>
      </p>
      <RememberText id={id} title={title} managePath={path} />
    </section>
  );
}
