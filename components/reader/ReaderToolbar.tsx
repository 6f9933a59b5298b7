import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/i18n/routing';
import { SETTING_NAMES, SETTING_OPTIONS } from '@/lib/reader/settings';
import { ReaderToolbarControls } from './ReaderToolbarControls';

/** Server part: translated labels for every setting and option. */
export async function ReaderToolbar({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const settings = SETTING_NAMES.map((name) => ({
    name,
    label: t(name),
    options: SETTING_OPTIONS[name].map((value) => ({ value, label: t(`${name}Options.${value}` as `rubyOptions.always`) })),
  }));
  return <ReaderToolbarControls label={t('settingsLabel')} settings={settings} />;
}
