import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { TERM_KINDS, type TermKind } from '@/lib/annotate';

/** Everything the reader prints, translated once per page instead of once per annotation. */
export async function getReaderLabels(locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const tSaved = await getTranslations({ locale, namespace: 'Saved' });
  const tVoice = await getTranslations({ locale, namespace: 'Voice' });
  return {
    locale,
    kind: Object.fromEntries(TERM_KINDS.map((k) => [k, t(`kind.${k}`)])) as Record<TermKind, string>,
    standsFor: t('standsFor'),
    hsk: (level: number, estimated: boolean) => (estimated ? t('hskEstimated', { level }) : t('hskLevel', { level })),
    play: t('play'),
    playLabel: (term: string) => t('playLabel', { term }),
    playUnavailable: t('playUnavailable'),
    voiceHowTo: tVoice('howToLink'),
    showInGlossary: t('showInGlossary'),
    dictionaryPage: t('dictionaryPage'),
    dictionaryPageLabel: (term: string) => t('dictionaryPageLabel', { term }),
    save: tSaved('save'),
    savedState: tSaved('savedState'),
    saveLabel: (term: string) => tSaved('saveLabel', { term }),
    saveUnavailable: tSaved('storageUnavailable'),
  };
}

export type ReaderLabels = Awaited<ReturnType<typeof getReaderLabels>>;
