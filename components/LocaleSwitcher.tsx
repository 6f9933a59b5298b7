import { getLocale, getTranslations } from 'next-intl/server';
import { routing, htmlLang } from '@/i18n/routing';
import { LocaleSwitcherLinks } from './LocaleSwitcherLinks';

/** Server part: translated labels; the client part only keeps query and hash on the links. */
export async function LocaleSwitcher() {
  const [t, tNames, current] = await Promise.all([
    getTranslations('Header'),
    getTranslations('LocaleNames'),
    getLocale(),
  ]);
  const options = routing.locales.map((locale) => ({ locale, label: tNames(locale), lang: htmlLang[locale] }));
  return <LocaleSwitcherLinks label={t('languageSwitcher')} current={current} options={options} />;
}
