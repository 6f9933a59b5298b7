import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['de', 'en', 'zh'],
  defaultLocale: 'de',
  localePrefix: 'always',
  // A year, so a reader's choice sticks across visits.
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // Pages carry their alternates in <head> (zh-Hans, x-default to the locale-neutral link); the
  // middleware's Link header would repeat them per request with other tags (hreflang "zh").
  alternateLinks: false,
});

export type AppLocale = (typeof routing.locales)[number];

/** BCP 47 tag for `<html lang>` and hreflang: Chinese UI is Simplified Chinese. */
export const htmlLang: Record<AppLocale, string> = { de: 'de', en: 'en', zh: 'zh-Hans' };
