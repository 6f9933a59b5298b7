import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { PopoverDictionaryLabels } from './ReaderInteractions';

/** What the popovers' dictionary part prints (ReaderInteractions fills it from /api/dictionary/{word}). */
export async function getPopoverDictionaryLabels(locale: AppLocale): Promise<PopoverDictionaryLabels> {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  return {
    readings: t('dictionaryReadings'),
    characters: t('dictionaryCharacters'),
    loading: t('dictionaryLoading'),
    failed: t('dictionaryFailed'),
    glossaryBase: `/${locale}/glossary/`,
  };
}
