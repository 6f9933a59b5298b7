import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { DISPLAY_NAMES, DISPLAY_OPTIONS, type Display } from '@/lib/reader/display-options';
import { READER } from '@/lib/reader/dom-contract';
import { SETTING_NAMES, SETTING_OPTIONS } from '@/lib/reader/settings';
import { DisplayControls } from './DisplayControls';
import { ReaderToolbarControls } from './ReaderToolbarControls';

/**
 * Server part: translated labels for every setting and option. `keep`: query parameters the
 * display form sends along without JavaScript (e.g. the page of a long text).
 */
export async function ReaderToolbar({
  locale,
  display,
  keep = {},
}: {
  locale: AppLocale;
  display: Display;
  keep?: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const settings = SETTING_NAMES.map((name) => ({
    name,
    label: t(name),
    options: SETTING_OPTIONS[name].map((value) => ({
      value,
      label: t(`${name}Options.${value}` as `rubyOptions.always`),
    })),
  }));
  const controls = DISPLAY_NAMES.map((name) => ({
    name,
    label: t(name),
    value: display[name],
    options: DISPLAY_OPTIONS[name].map((value) => ({
      value,
      label: t(`${name}Options.${value}` as `pinyinOptions.marks`),
    })),
  }));
  // On a phone the settings fold into one line so the headline is on the first screen; from the
  // `sm` width on they are always shown and the line is hidden (app/globals.css, .reader-settings).
  return (
    <details className={READER.settings}>
      <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold">{t('settingsLabel')}</summary>
      <ReaderToolbarControls label={t('settingsLabel')} settings={settings} />
      <DisplayControls label={t('display')} apply={t('displayApply')} controls={controls} keep={keep} />
    </details>
  );
}
