import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { TERM_KINDS, type TermKind } from '@/lib/annotate';

/** What the glossary's entries print, translated once per page. */
export async function getGlossaryLabels(locale: AppLocale) {
  const [t, tReader, tSaved] = await Promise.all([
    getTranslations({ locale, namespace: 'Glossary' }),
    getTranslations({ locale, namespace: 'Reader' }),
    getTranslations({ locale, namespace: 'Saved' }),
  ]);
  return {
    locale,
    kind: Object.fromEntries(TERM_KINDS.map((k) => [k, tReader(`kind.${k}`)])) as Record<TermKind, string>,
    traditional: t('traditional'),
    appearsIn: t('appearsIn'),
    notInArticles: t('notInArticles'),
    occurrences: (count: number) => t('occurrences', { count }),
    firstOccurrence: t('firstOccurrence'),
    save: tSaved('save'),
    savedState: tSaved('savedState'),
    saveLabel: (term: string) => tSaved('saveLabel', { term }),
    saveUnavailable: tSaved('storageUnavailable'),
  };
}

export type GlossaryLabels = Awaited<ReturnType<typeof getGlossaryLabels>>;
