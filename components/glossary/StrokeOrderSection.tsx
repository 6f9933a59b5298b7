import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { StrokeOrder } from './StrokeOrder';

/** The stroke-order section of a glossary page (curated term or dictionary word): a heading, a no-JS note, the animations. */
export async function StrokeOrderSection({
  characters,
  locale,
  headingClass,
}: {
  characters: readonly string[];
  locale: AppLocale;
  headingClass: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return (
    <>
      <h2 className={headingClass}>{t('strokeOrderHeading')}</h2>
      <p className="mt-3 [.js_&]:hidden">{t('strokeOrderNeedsScript')}</p>
      <StrokeOrder
        characters={characters.map((character) => ({
          character,
          label: t('strokeOrderOf', { character }),
          animateLabel: t('animateLabel', { character }),
        }))}
        labels={{
          animateText: t('animate'),
          loading: t('strokeOrderLoading'),
          unavailable: t('strokeOrderUnavailable'),
        }}
      />
    </>
  );
}
