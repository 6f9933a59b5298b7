import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { PLATFORMS } from '@/lib/speech/platform';

/**
 * Why nothing can be spoken, and how to get a Chinese voice, per system, as visible text (a
 * tooltip never shows on a touch screen). Rendered hidden; revealVoiceHelp shows it where a
 * browser has no Chinese voice, with the instructions for the learner's system only when known.
 * No synthesiser is shipped: the voice comes from the system. Focusable, as the target of links.
 */
export async function VoiceHelp({ locale, id, className = '' }: { locale: AppLocale; id: string; className?: string }) {
  const [t, tReader] = await Promise.all([
    getTranslations({ locale, namespace: 'Voice' }),
    getTranslations({ locale, namespace: 'Reader' }),
  ]);
  return (
    <div id={id} hidden tabIndex={-1} className={`voice-help ${className}`}>
      <p className="font-medium">{tReader('playUnavailable')}</p>
      <p>{t('howToIntro')}</p>
      {PLATFORMS.map((platform) => (
        <p key={platform} data-os={platform} className="mt-1">
          <span className="font-medium">{t(`name.${platform}`)}:</span> {t(`howTo.${platform}`)}
        </p>
      ))}
    </div>
  );
}
