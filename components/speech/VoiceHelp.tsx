import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { PLATFORMS } from '@/lib/speech/platform';

/**
 * Why nothing can be spoken, and how to get a Chinese voice, per system, as visible text (a
 * tooltip never shows on a touch screen). Rendered hidden; revealVoiceHelp shows it where a
 * browser has no Chinese voice, with the instructions for the learner's system only when known.
 * No synthesiser is shipped: the voice comes from the system.
 */
export async function VoiceHelp({ locale, id, className = '' }: { locale: AppLocale; id: string; className?: string }) {
  const [t, tReader] = await Promise.all([getTranslations({ locale, namespace: 'Voice' }), getTranslations({ locale, namespace: 'Reader' })]);
  return (
    <span id={id} hidden className={`voice-help block text-[0.875em] ${className}`}>
      <span className="block font-medium">{tReader('playUnavailable')}</span>
      <span className="block">{t('howToIntro')}</span>
      {PLATFORMS.map((platform) => (
        <span key={platform} data-os={platform} className="mt-1 block">
          <span className="font-medium">{t(`name.${platform}`)}:</span> {t(`howTo.${platform}`)}
        </span>
      ))}
    </span>
  );
}
