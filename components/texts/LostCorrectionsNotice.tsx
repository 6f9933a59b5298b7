import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { numberedToMarked } from '@/lib/annotate';
import type { Correction } from '@/lib/texts/correction-types';
import type { LostCorrections } from '@/lib/texts/text-versions';

/** How a correction that no longer applies is named in the list: its word and what it did. */
function describeLost(correction: Correction): string {
  if (correction.kind === 'term-meaning') return `${correction.term}: ${correction.text}`;
  if (correction.kind === 'split')
    return `${correction.anchor.text} → ${[...correction.anchor.text].slice(0, correction.parts[0]).join('')} | ${[...correction.anchor.text].slice(correction.parts[0]).join('')}`;
  if (correction.kind === 'merge') return `${correction.anchor.text}`;
  return [
    correction.anchor.text,
    correction.reading ? numberedToMarked(correction.reading) : '',
    correction.meaning?.text ?? '',
  ]
    .filter(Boolean)
    .join(' – ');
}

/** After a change of the text: the corrections it took away, so the owner can redo them (or undo the change). */
export async function LostCorrectionsNotice({ lost, locale }: { lost: LostCorrections; locale: AppLocale }) {
  if (lost.corrections.length + lost.readings.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'Texts.manage' });
  return (
    <section
      aria-labelledby="manage-lost-heading"
      className="mt-4 rounded border border-amber-700 bg-amber-50 p-4 dark:bg-amber-950"
    >
      <h2 id="manage-lost-heading" className="font-semibold">
        {t('lostHeading')}
      </h2>
      <p className="mt-1">{t('lostIntro')}</p>
      <ul className="mt-2 list-disc pl-6">
        {lost.corrections.map((correction, index) => (
          <li key={`c${index}`}>
            <span lang="zh-Hans">{describeLost(correction)}</span> ({t(`lostKind.${correction.kind}`)})
          </li>
        ))}
        {lost.readings.map((hanzi) => (
          <li key={hanzi}>
            <span lang="zh-Hans">{hanzi}</span> ({t('lostKind.reading')})
          </li>
        ))}
      </ul>
    </section>
  );
}
