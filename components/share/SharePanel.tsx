import { getTranslations } from 'next-intl/server';
import { siteUrl } from '@/i18n/metadata';
import type { AppLocale } from '@/i18n/routing';
import type { TermSummary } from '@/lib/annotate';
import type { Display } from '@/lib/reader/display-options';
import { FocusTerm } from './FocusTerm';
import { PrintBar } from './PrintBar';
import { SharePanelControls, type SharePanelLabels } from './SharePanelControls';
import { WorksheetHeader } from './WorksheetHeader';
import './share.css';

/**
 * The teacher's panel above a document: a link to exactly this view (settings, optional focused
 * term, optionally locale-neutral), its QR code and the worksheet. Also opens a shared link's
 * focused term and switches to the worksheet view for `?print=1`.
 */
export async function SharePanel({
  locale,
  sharePath,
  terms,
  firstMention,
  display,
}: {
  locale: AppLocale;
  sharePath: string;
  terms: readonly TermSummary[];
  firstMention: ReadonlyMap<string, number>;
  display: Display;
}) {
  const t = await getTranslations({ locale, namespace: 'Share' });
  const labels: SharePanelLabels = {
    linkLabel: t('linkLabel'),
    copy: t('copy'),
    copied: t('copied'),
    copyFailed: t('copyFailed'),
    share: t('share'),
    neutralLocale: t('neutralLocale'),
    neutralLocaleHint: t('neutralLocaleHint'),
    focusTerm: t('focusTerm'),
    noTerm: t('noTerm'),
    focusTermHint: t('focusTermHint'),
    qrAlt: t('qrAlt'),
    qrOpen: t('qrOpen'),
    printWorksheet: t('printWorksheet'),
    worksheetView: t('worksheetView'),
  };
  return (
    <>
      <PrintBar print={t('print')} backToReader={t('backToReader')} />
      <WorksheetHeader
        path={sharePath}
        locale={locale}
        siteOrigin={siteUrl.origin}
        display={display}
        labels={{ name: t('worksheetName'), date: t('worksheetDate'), online: t('worksheetOnline'), qrAlt: t('qrAlt') }}
      />
      <details className="share-panel no-print mb-6 rounded-lg border border-stone-200 p-3 text-sm dark:border-stone-800">
        <summary className="cursor-pointer font-semibold">{t('heading')}</summary>
        <p className="mt-2 text-stone-600 dark:text-stone-400">{t('intro')}</p>
        <SharePanelControls
          path={sharePath}
          locale={locale}
          siteOrigin={siteUrl.origin}
          terms={terms.map((term) => ({
            id: term.id,
            label: `${term.simplified} ${term.pinyin}`,
            mention: firstMention.get(term.id),
          }))}
          labels={labels}
          display={display}
        />
      </details>
      <FocusTerm />
    </>
  );
}
