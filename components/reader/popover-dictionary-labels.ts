import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import type { PopoverDictionaryLabels } from './ReaderInteractions';

/** What the popovers' dictionary part prints (ReaderInteractions fills it from /api/dictionary/{word}). */
export async function getPopoverDictionaryLabels(locale: AppLocale): Promise<PopoverDictionaryLabels> {
  const [t, tGlossary] = await Promise.all([getTranslations({ locale, namespace: 'Reader' }), getTranslations({ locale, namespace: 'Glossary' })]);
  return {
    readings: t('dictionaryReadings'),
    characters: t('dictionaryCharacters'),
    loading: t('dictionaryLoading'),
    failed: t('dictionaryFailed'),
    english: locale === 'en' ? null : { short: tGlossary('englishShort'), long: t('englishLabel') },
    glossaryBase: `/${locale}/glossary/`,
  };
}
